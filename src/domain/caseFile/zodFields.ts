// The zod building blocks of the case-file schemas: each value type with our own
// problem (values.ts) carried in its issue, so every message is ours and translatable.
import * as z from 'zod'
import { problemText, type Problem } from './problemCodes'
import { amountProblem, currencyProblem, dateProblem, idProblem, textProblem } from './values'

// Zod compiles fast object parsers with `new Function` unless told not to, and probes for it
// on the first parse: under the app's Content Security Policy (no 'unsafe-eval') that probe is
// a violation on every page load. Jitless parsing needs no eval and checks exactly the same.
z.config({ jitless: true })

/** Zod carries our problem in a custom issue's params; parse.ts reads it back. */
export function checkedString(check: (value: string) => Problem | null) {
  return z.string().check(
    z.superRefine((value, ctx) => {
      const found = check(value)
      if (found) ctx.addIssue({ code: 'custom', message: problemText(found), input: value, params: { problem: found } })
    }),
  )
}

export const amount = checkedString((v) => amountProblem(v, false))
export const positiveAmount = checkedString((v) => amountProblem(v, true))
export const date = checkedString(dateProblem)
export const id = checkedString(idProblem)
export const currency = checkedString(currencyProblem)

export function text(maxLength: number, options: { notBlank?: boolean } = {}) {
  return checkedString((value) => textProblem(value, maxLength, options.notBlank ?? false))
}

export function oneOf<const T extends readonly [string, ...string[]]>(values: T) {
  return z.enum(values)
}

export const extra = z
  .custom<Record<string, unknown>>((value) => typeof value === 'object' && value !== null && !Array.isArray(value), {
    params: { extra: true },
  })
  .optional()

export function list<T extends z.ZodType>(item: T) {
  return z.array(item).default(() => [])
}

