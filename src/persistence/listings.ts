// A stored case's row in the case list (records.ts, CaseListing), from its record.
import type { ListingFigures } from '@/domain/figures/listing'
import type { CaseListing, CaseRecord } from './records'

export function listingOf(record: CaseRecord, figures: ListingFigures | null): CaseListing {
  return {
    id: record.id,
    title: record.file.title,
    baseCurrency: record.file.baseCurrency,
    partyNames: record.file.parties.map((party) => party.name),
    createdAt: record.createdAt,
    updatedAt: record.updatedAt,
    revision: record.revision,
    dataVersion: record.dataVersion,
    figures,
  }
}

/** Most recently changed first, as the list shows them. */
export function newestFirst<T extends { updatedAt: string }>(rows: T[]): T[] {
  return rows.sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0))
}
