import type { CaseFileIssue } from '@/domain'

/** Spreads the engine's problems over a form's fields: `losses[2].amount` → `amount` when editing losses[2]. */
export function problemsByField(
  issues: readonly CaseFileIssue[] | null,
  prefix: string,
  describe: (issue: CaseFileIssue) => string | null = (issue) => issue.message,
): Record<string, string> {
  const byField: Record<string, string> = {}
  for (const issue of issues ?? []) {
    const rest = issue.path.startsWith(prefix) ? issue.path.slice(prefix.length) : null
    // The rest of the path names the field: `amount`, or `components[0].partyId` inside an offer.
    const key = rest?.startsWith('.') ? rest.slice(1) : ''
    const text = describe(issue) ?? issue.message
    const message = key === '' && issue.path && rest === null ? `${issue.path}: ${text}` : text
    byField[key] = byField[key] ? `${byField[key]} ${message}` : message
  }
  return byField
}
