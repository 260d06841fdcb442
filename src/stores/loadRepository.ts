// The one repository the stores use, loaded (with Dexie and the engine's checks)
// the first time something is written or a case is opened: the case list reads
// its rows without it (persistence/caseListReader.ts). Tests swap in a repository
// over a fresh database.
import type { CaseRepository } from '@/persistence/repository'

let repository: CaseRepository | null = null
let loading: Promise<CaseRepository> | null = null

/** The repository, once it is loaded (loadRepository). */
export function loadedRepository(): CaseRepository | null {
  return repository
}

export function loadRepository(): Promise<CaseRepository> {
  if (repository) return Promise.resolve(repository)
  loading ??= Promise.all([import('@/persistence/repository'), import('@/persistence/db')]).then(
    ([{ CaseRepository }, { openCaseDatabase }]) => (repository ??= new CaseRepository(openCaseDatabase())),
    (error: unknown) => {
      // Its code did not download: the next attempt tries again.
      loading = null
      throw error
    },
  )
  return loading
}

export function setRepository(next: CaseRepository | null): void {
  repository = next
  loading = null
}
