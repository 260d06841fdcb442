// Rules across records for the app's own blocks (references from them to parties,
// properties, offers and payments), read defensively like crossChecks.ts.
import type { CaseFileIssue } from '../issues'

export function trackerCrossCheck(_root: Record<string, unknown>): CaseFileIssue[] {
  return []
}
