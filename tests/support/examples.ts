// The one loader of the worked examples, for every kind of test: the project's
// copy in tests/fixtures/examples, plus any in ../shared/examples (the
// contract's own folder) when it stands beside us.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { Dec, buildCaseView, parseCaseFileText, summarizeCase, type CaseFile, type CaseSummary, type CaseView } from '@/domain'

const tests = resolve(import.meta.dirname, '..')
export const FIXTURES = join(tests, 'fixtures/examples')
const SHARED = resolve(tests, '../../shared/examples')
/** The example folders: ours, the contract's, and the contract's dated additions (`added-YYYY-MM-DD/`). */
export const EXAMPLE_DIRS = [FIXTURES, SHARED, ...(existsSync(SHARED) ? readdirSync(SHARED).filter((name) => name.startsWith('added-')).map((name) => join(SHARED, name)) : [])].filter((dir) => existsSync(dir))

export interface ValidExample {
  name: string
  caseText: string
  expected: ExpectedSummary
}

type Figure = string | null
interface ExpectedOffer {
  id: string
  from: 'seller' | 'buyer'
  status: string
  total: string
  bySeller: string
  byFamily: string
  byAssociates: string
  byKind: Record<string, string>
  ratio: Figure
  concession: Figure
  assessment?: { level: string; signals: string[] }
}
export interface ExpectedSummary {
  [figure: string]: unknown
  assessment: { level: string; signals: string[] } | null
  offers: ExpectedOffer[]
  properties: { id: string; netEquity: string; pledgedInLatest: string; overPledged: boolean }[]
}

export function validExamples(): ValidExample[] {
  const byName = new Map<string, ValidExample>()
  for (const dir of EXAMPLE_DIRS)
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.case.json'))) {
      const name = file.replace(/\.case\.json$/, '')
      byName.set(name, {
        name,
        caseText: readFileSync(join(dir, file), 'utf8'),
        expected: JSON.parse(readFileSync(join(dir, `${name}.expected.json`), 'utf8')) as ExpectedSummary,
      })
    }
  return [...byName.values()]
}

export function invalidExamples(): { name: string; text: string; paths: string[] }[] {
  const byName = new Map<string, { name: string; text: string; paths: string[] }>()
  for (const dir of EXAMPLE_DIRS) {
    const expectedFile = join(dir, 'invalid/expected-errors.json')
    if (!existsSync(expectedFile)) continue
    const expected = JSON.parse(readFileSync(expectedFile, 'utf8')) as Record<string, string[]>
    for (const [name, paths] of Object.entries(expected))
      byName.set(name, { name, text: readFileSync(join(dir, 'invalid', name), 'utf8'), paths })
  }
  return [...byName.values()]
}

/** A reported path matches a listed one when equal, or when it continues it with `.` or `[`. */
export function pathMatches(reported: string, listed: string): boolean {
  return reported === listed || reported.startsWith(`${listed}.`) || reported.startsWith(`${listed}[`)
}

/** The text of a worked example's case file (the project's copy). */
export function exampleText(name: string): string {
  return readFileSync(join(FIXTURES, `${name}.case.json`), 'utf8')
}

/** A worked example read, summarized and viewed as the app does. */
export function example(name: string): { file: CaseFile; summary: CaseSummary; view: CaseView } {
  const file = parseCaseFileText(exampleText(name))
  const summary = summarizeCase(file)
  return { file, summary, view: buildCaseView(file, summary) }
}

/** A worked example's expected figures (the project's copy). */
export function expectedFigures(name: string): ExpectedSummary {
  return JSON.parse(readFileSync(join(FIXTURES, `${name}.expected.json`), 'utf8')) as ExpectedSummary
}

/** An exact figure to 8 places, as the expected files write them; null for none. */
export function fixed(value: Dec | null | undefined): string | null {
  return value ? value.toDecimalPlaces(8, Dec.ROUND_HALF_UP).toFixed(8) : null
}

/** The worked example of the criminal case around the money (issue 11): harbor-tools with its tracker block. */
export const CRIMINAL_FIXTURES = join(tests, 'fixtures/criminal')

export function criminalExampleText(name = 'harbor-tools-criminal'): string {
  return readFileSync(join(CRIMINAL_FIXTURES, `${name}.case.json`), 'utf8')
}

export function criminalExample(name = 'harbor-tools-criminal'): { file: CaseFile; summary: CaseSummary; view: CaseView } {
  const file = parseCaseFileText(criminalExampleText(name))
  const summary = summarizeCase(file)
  return { file, summary, view: buildCaseView(file, summary) }
}
