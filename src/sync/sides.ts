// Which version of a rate's conflict goes with the chosen version of the case's own details (two
// base currencies, docs/sync.md §4): the one the same device wrote.
import type { ConflictVersion, SyncConflict } from './bridgeTypes'

/**
 * The version of a rate's conflict written by the device that wrote the chosen version of the case;
 * null when no single version is (the rate then stays a question of its own): never a guess by
 * person, who may have written both sides on two devices.
 */
export function sameSide(follower: SyncConflict, chosen: ConflictVersion): ConflictVersion | null {
  const candidates = chosen.device ? follower.versions.filter((version) => version.device === chosen.device) : follower.versions.filter((version) => version.here && chosen.here)
  return candidates.length === 1 ? candidates[0]! : null
}
