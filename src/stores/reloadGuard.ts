// Whether the page may reload now (to take a new version of the app) without losing anything:
// each screen that holds work not yet stored adds a guard while it is shown. The shell asks
// before it reloads (src/views/shell/AppUpdate.vue); it has no store of its own to import, so the
// home page does not load the workspace to ask.

/** Why the page should not reload yet: a form is open, or an edit could not be stored. */
export type ReloadHold = 'openForm' | 'unsaved'

/** Stores what it can, then says what still holds the page (null: nothing, it may reload). */
export type ReloadGuard = () => Promise<ReloadHold | null>

const guards = new Set<ReloadGuard>()

/** Adds a guard; the function returned takes it away. */
export function guardReload(guard: ReloadGuard): () => void {
  guards.add(guard)
  return () => guards.delete(guard)
}

/** Asks every guard (each stores its pending edits first); the first hold found, or null. A guard that fails holds. */
export async function reloadHold(): Promise<ReloadHold | null> {
  const holds = await Promise.all([...guards].map((guard) => guard().catch((): ReloadHold => 'unsaved')))
  return holds.find((hold) => hold !== null) ?? null
}
