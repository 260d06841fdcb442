// Fuzzing the importer and the restorer (issue 13): every input is either a valid case or a
// CaseFileError / BackupFileError listing its problems; nothing else is thrown, nothing the
// contract refuses is accepted, no prototype is touched, and nothing is stored on a failure.
// FUZZ_REPORT=file appends the counts to that file.
import 'fake-indexeddb/auto'
import { appendFileSync } from 'node:fs'
import fc from 'fast-check'
import { afterAll, describe, expect, it } from 'vitest'
import { CaseFileError, PROBLEM_TEXTS, parseCaseFile, parseCaseFileText, type CaseFileIssue } from '@/domain'
import { BackupFileError, ImportConflictError, parseBackupText, serializeCase } from '@/persistence'
import { anyInput, deepNesting, mutations, prototypeKeys, truncations, type FuzzInput } from '../../support/fuzz'
import { freshRepository } from '../persistence/helpers'

interface Tally {
  tried: number
  accepted: number
  rejected: number
  wronglyAccepted: number
  wronglyRejected: number
  otherExceptions: number
}
const tallies: Record<string, Tally> = {}
const tally = (name: string): Tally => (tallies[name] ??= { tried: 0, accepted: 0, rejected: 0, wronglyAccepted: 0, wronglyRejected: 0, otherExceptions: 0 })

afterAll(() => {
  const report = process.env.FUZZ_REPORT
  if (report) appendFileSync(report, `${JSON.stringify(tallies)}\n`)
})

function wellFormed(issues: readonly CaseFileIssue[]): boolean {
  return (
    issues.length > 0 &&
    issues.every((issue) => typeof issue.path === 'string' && typeof issue.message === 'string' && issue.message.length > 0 && (issue.code === undefined || issue.code in PROBLEM_TEXTS))
  )
}

/** Reads one input, counts what happened, and says what was wrong with the outcome (null: nothing). */
function judge(name: string, input: FuzzInput, read: (text: string) => unknown, refusal: (error: unknown) => readonly CaseFileIssue[] | null): string | null {
  const counts = tally(name)
  counts.tried += 1
  let outcome: unknown
  try {
    outcome = read(input.text)
  } catch (error) {
    const issues = refusal(error)
    if (!issues) {
      counts.otherExceptions += 1
      return `threw ${String(error)} for ${input.how}`
    }
    counts.rejected += 1
    if (!wellFormed(issues)) return `badly formed issues for ${input.how}: ${JSON.stringify(issues)}`
    if (input.mustRefuse === false) {
      counts.wronglyRejected += 1
      return `refused ${input.how}: ${JSON.stringify(issues)}`
    }
    return null
  }
  counts.accepted += 1
  if (input.mustRefuse === true) {
    counts.wronglyAccepted += 1
    return `accepted ${input.how}`
  }
  return outcome === undefined ? `nothing returned for ${input.how}` : null
}

const caseRefusal = (error: unknown) => (error instanceof CaseFileError ? error.issues : null)
const backupRefusal = (error: unknown) => (error instanceof BackupFileError ? error.issues : null)

/** An accepted case reads back as itself: export, import, export gives the same text. */
function readCase(text: string): unknown {
  const file = parseCaseFileText(text)
  const again = parseCaseFileText(serializeCase(file))
  if (serializeCase(again) !== serializeCase(file)) throw new Error('an accepted case does not read back as itself')
  return file
}

/** The input as the only case of a backup (an unreadable text stands as a string there). */
function asBackup(input: FuzzInput): FuzzInput {
  let item: unknown
  try {
    item = JSON.parse(input.text)
  } catch {
    item = input.text
  }
  const text = JSON.stringify({ format: 'restitution-backup', version: 1, exportedAt: '2024-06-01T00:00:00.000Z', cases: [item] })
  // In a backup an unreadable text is a string where a case belongs: refused all the same.
  return { ...input, text, mustRefuse: typeof item === 'string' ? true : input.mustRefuse }
}

function check(name: string, arbitrary: fc.Arbitrary<FuzzInput>, numRuns: number, read: (text: string) => unknown, refusal: (error: unknown) => readonly CaseFileIssue[] | null) {
  fc.assert(
    fc.property(arbitrary, (input) => {
      const wrong = judge(name, input, read, refusal)
      if (wrong) throw new Error(wrong)
    }),
    { numRuns },
  )
}

describe('fuzzing the importer', () => {
  it.each([
    ['mutations', mutations, 1500],
    ['truncations', truncations, 400],
    ['deep nesting', deepNesting, 200],
    ['prototype keys', prototypeKeys, 400],
  ] as const)('%s are each a valid case or a listed problem, as the contract says', (name, arbitrary, runs) => {
    check(`import: ${name}`, arbitrary, runs, readCase, caseRefusal)
    expect(tally(`import: ${name}`).tried).toBe(runs)
  })

  it('never touches a prototype', () => {
    check('import: prototype keys (again)', prototypeKeys, 200, readCase, caseRefusal)
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined()
    expect(Object.keys(Object.prototype)).toEqual([])
  })
})

describe('fuzzing the restorer', () => {
  it('reads each mutated case inside a backup as a valid backup or a listed problem', () => {
    check('restore', anyInput.map(asBackup), 800, (text) => parseBackupText(text), backupRefusal)
  })

  it('mutates the backup itself: its keys, its list and its text', () => {
    const backups = fc
      .record({ cases: fc.array(anyInput, { maxLength: 3 }), extraKey: fc.option(fc.string({ minLength: 1, maxLength: 8 })), cut: fc.option(fc.nat()) })
      .map(({ cases, extraKey, cut }): FuzzInput => {
        const items = cases.map((input) => asBackup(input))
        const inner = items.map((item) => (JSON.parse(item.text) as { cases: unknown[] }).cases[0])
        const root: Record<string, unknown> = { format: 'restitution-backup', version: 1, cases: inner }
        if (extraKey !== null) root[extraKey] = true
        const full = JSON.stringify(root)
        const text = cut === null ? full : full.slice(0, cut % full.length)
        const mustRefuse = (cut !== null && text !== full) || (extraKey !== null && !['format', 'version', 'cases', 'exportedAt'].includes(extraKey)) || items.some((item) => item.mustRefuse === true) ? true : null
        return { how: `a backup of ${items.map((item) => item.how).join('; ') || 'no cases'}${extraKey ? ` with key ${extraKey}` : ''}${cut !== null ? ` cut at ${text.length}` : ''}`, text, mustRefuse }
      })
    check('restore: whole backups', backups, 400, (text) => parseBackupText(text), backupRefusal)
  })
})

describe('nothing stored on a failure', () => {
  it('imports and restores through the repository: a refusal leaves the stored cases exactly as they were', async () => {
    const { repository } = await freshRepository()
    await repository.importText(JSON.stringify({ format: 'restitution-case', version: 1, id: 'kept', title: 'Kept', baseCurrency: 'USD' }))
    const snapshot = async () => JSON.stringify((await repository.list()).map((item) => [item.id, item.revision, item.file]))
    const samples = fc.sample(anyInput, 150)
    for (const input of samples) {
      const before = await snapshot()
      const counts = tally('repository')
      counts.tried += 2
      for (const attempt of [() => repository.importText(input.text), async () => repository.applyRestore(await repository.planRestore(asBackup(input).text))]) {
        try {
          await attempt()
          counts.accepted += 1
          if (input.mustRefuse === true) counts.wronglyAccepted += 1
        } catch (error) {
          // A valid case under the id of a different stored one is not written over: the app asks first.
          if (error instanceof CaseFileError || error instanceof BackupFileError || error instanceof ImportConflictError) counts.rejected += 1
          else {
            counts.otherExceptions += 1
            throw new Error(`${input.how}: ${String(error)}`)
          }
          expect(await snapshot(), input.how).toBe(before)
        }
      }
      // Whatever was accepted is stored valid.
      for (const item of await repository.list()) expect(() => parseCaseFile(item.file)).not.toThrow()
    }
    expect(tally('repository').otherExceptions).toBe(0)
    expect(tally('repository').wronglyAccepted).toBe(0)
  }, 120_000)
})
