// The one repository the stores use; tests swap in one over a fresh database.
import { CaseRepository, openCaseDatabase } from '@/persistence'

let repository: CaseRepository | null = null

export function useRepository(): CaseRepository {
  repository ??= new CaseRepository(openCaseDatabase())
  return repository
}

export function setRepository(next: CaseRepository | null): void {
  repository = next
}
