// Shared by the store tests: a fresh database and repository per test, and the worked examples.
import { setActivePinia, createPinia } from 'pinia'
import { CaseRepository, openCaseDatabase, type CaseDatabase, type CaseRepositoryOptions } from '@/persistence'
import { setRepository } from '@/stores/loadRepository'

export { FIXTURES as EXAMPLES, exampleText } from '../../support/examples'

export function freshDatabaseName(): string {
  return `test-${Math.random().toString(36).slice(2)}-${Date.now()}`
}

/** A clock that moves one second per call, from a random start, so updatedAt orders the saves. */
export function steppingClock(): () => Date {
  let tick = 0
  const start = Date.UTC(2024, 4, 3) + Math.floor(Math.random() * 1e9) * 1000
  return () => new Date(start + 1000 * tick++)
}

/** A fresh Pinia and a repository over a new database, installed as the stores' repository. */
export function freshStores(options: CaseRepositoryOptions = {}): { repository: CaseRepository; db: Promise<CaseDatabase> } {
  setActivePinia(createPinia())
  const db = openCaseDatabase(freshDatabaseName())
  const repository = new CaseRepository(db, { now: steppingClock(), ...options })
  setRepository(repository)
  return { repository, db }
}

/** Every object below `value`, the value included. */
export function objectsIn(value: unknown, found: object[] = []): object[] {
  if (typeof value === 'object' && value !== null) {
    found.push(value)
    for (const child of Object.values(value)) objectsIn(child, found)
  }
  return found
}
