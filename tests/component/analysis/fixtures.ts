// The worked examples and a translator, for the analysis tests.
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { parseCaseFileText, summarizeCase, type CaseFile, type CaseSummary } from '@/domain'
import { createAppI18n, type Locale } from '@/i18n'
import type { Translate } from '@/components/analysis/chartData'

const EXAMPLES = resolve(import.meta.dirname, '../../fixtures/examples')

export function example(name: string): { file: CaseFile; summary: CaseSummary } {
  const file = parseCaseFileText(readFileSync(resolve(EXAMPLES, `${name}.case.json`), 'utf8'))
  return { file, summary: summarizeCase(file) }
}

export function translator(locale: Locale = 'en'): Translate {
  return createAppI18n(locale).global.t as unknown as Translate
}

export const day = (iso: string) => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 86_400_000
