// Every figure of a summary as plain values, lazy ones included, so two summaries (one worked out
// in full, one step by step) compare with toEqual; an offer record is named by its id.
import type { CaseSummary, Offer } from '@/domain'

export function summaryFigures(summary: CaseSummary): unknown {
  return JSON.parse(
    JSON.stringify(summary, (key, value: unknown) => {
      if (key === 'offer') return (value as Offer).id
      if (value && typeof value === 'object' && 'assessment' in value) {
        const assessment = (value as { assessment?: { level: string; signals: { code: string; message: string }[] } }).assessment
        return { ...value, assessment: assessment && { level: assessment.level, signals: assessment.signals.map((s) => [s.code, s.message]) } }
      }
      return value
    }),
  )
}
