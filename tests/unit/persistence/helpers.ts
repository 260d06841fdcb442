// Shared by the persistence tests: a fresh database per test and a clock that moves.
import { parseCaseFileText, type CaseFile } from '@/domain'
import { openCaseDatabase, CaseRepository, type CaseRepositoryOptions } from '@/persistence'
import { validExamples } from '../../support/examples'

let counter = 0

/** A database name no other test uses, so tests never see each other's cases. */
export function freshName(): string {
  counter += 1
  return `test-${counter}-${Math.random().toString(36).slice(2)}`
}

/** Each call is one second after the previous, so updatedAt orders saves. */
export function steppingClock(start = Date.UTC(2024, 4, 3, 9, 0, 0)): () => Date {
  let tick = 0
  return () => new Date(start + 1000 * tick++)
}

export async function freshRepository(options: CaseRepositoryOptions = {}, name = freshName()) {
  const db = await openCaseDatabase(name)
  return { name, db, repository: new CaseRepository(db, { now: steppingClock(), ...options }) }
}

export function exampleCases(): { name: string; text: string; file: CaseFile }[] {
  return validExamples().map(({ name, caseText }) => ({ name, text: caseText, file: parseCaseFileText(caseText) }))
}

export function exampleCase(name: string): CaseFile {
  const found = exampleCases().find((example) => example.name === name)
  if (!found) throw new Error(`No worked example named ${name}`)
  return found.file
}
