// How each kind of field is typed and checked in forms: the same rules as the
// case-file format (the engine's own checks), applied as the user types.
import { amountProblem, currencyProblem, dateProblem, problem, textProblem, type Problem } from '@/domain'

export type FieldType = 'text' | 'longtext' | 'amount' | 'positiveAmount' | 'ratio' | 'date' | 'currency' | 'select' | 'checkbox'

export interface SelectOption {
  value: string
  label: string
}

export interface FieldSpec {
  key: string
  /** Catalogue key of the label. */
  label: string
  type: FieldType
  required?: boolean
  maxLength?: number
  options?: () => SelectOption[]
  /** Shown only when this returns true for the record being edited. */
  when?: (record: Record<string, unknown>) => boolean
  /** Catalogue key of a hint under the field. */
  hint?: string
  width?: 'narrow' | 'wide'
}

/** The problem with a typed value, or null when it can be kept. Empty optional fields are fine. */
export function fieldProblem(spec: FieldSpec, raw: string | boolean): Problem | null {
  if (spec.type === 'checkbox') return null
  const value = String(raw)
  if (value.trim() === '') return spec.required ? problem('value.required') : null
  switch (spec.type) {
    case 'amount':
      return amountProblem(value, false)
    case 'positiveAmount':
      return amountProblem(value, true)
    case 'ratio':
      return amountProblem(value, false)
    case 'date':
      return dateProblem(value)
    case 'currency':
      return currencyProblem(value)
    case 'select':
      if (!spec.options) return null
      return spec.options().some((option) => option.value === value)
        ? null
        : problem('value.choice', { values: spec.options().map((option) => option.label).join(', ') })
    default:
      return textProblem(value, spec.maxLength ?? 2000, false)
  }
}

/** The record with a field set from what was typed: an empty optional field is left out. */
export function withField<T extends object>(record: T, spec: FieldSpec, raw: string | boolean): T {
  const next = { ...record } as Record<string, unknown>
  if (spec.type === 'checkbox') {
    if (raw === true) next[spec.key] = true
    else delete next[spec.key]
  } else if (String(raw).trim() === '' && !spec.required) delete next[spec.key]
  else next[spec.key] = spec.type === 'text' || spec.type === 'longtext' ? String(raw) : String(raw).trim()
  return next as T
}
