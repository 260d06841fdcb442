// Problems from the engine, in the interface language.
import { useI18n } from 'vue-i18n'
import type { CaseFileIssue, Problem } from '@/domain'

export function useProblemText() {
  const { t, te } = useI18n()
  return (found: Problem | CaseFileIssue | null | undefined): string | null => {
    if (!found) return null
    const code = found.code
    if (code && te(`problem.${code}`)) {
      const params: Record<string, unknown> = { ...(found.params ?? {}) }
      // Words inside a problem (which list, which kind, which role) are translated too.
      for (const [param, prefix] of [['what', 'problemWhat'], ['kind', 'kind'], ['role', 'role']] as const) {
        const value = params[param]
        if (typeof value === 'string' && te(`${prefix}.${value}`)) params[param] = t(`${prefix}.${value}`)
      }
      return t(`problem.${code}`, params)
    }
    return 'message' in found ? found.message : code ?? null
  }
}
