// Ids for new records: a prefix per list and the next free number.

/** The prefix of each list's new ids: o1, d1 for seller offers and buyer demands. */
export const ID_PREFIXES = {
  parties: 'p',
  losses: 'l',
  properties: 'h',
  sellerOffers: 'o',
  buyerDemands: 'd',
  payments: 'r',
  costs: 'k',
} as const

let deviceMark = ''

/**
 * Team sync: new ids made on this device end with a mark of the device (`l3-9f2c`), so records
 * added on two devices while they could not see each other never share an id (docs/sync.md §4).
 * '' (the default, and without sync): the plain next number.
 */
export function markNewIds(mark: string): void {
  deviceMark = mark ? `-${mark}` : ''
}

/** A fresh id: the prefix and the next free number within that prefix (the third seller offer is o3 even after two demands), with this device's mark under team sync. */
export function nextId(prefix: string, taken: readonly { id: string }[]): string {
  const used = new Set(taken.map((item) => item.id))
  let n = taken.filter((item) => item.id.startsWith(prefix)).length + 1
  while (used.has(`${prefix}${n}${deviceMark}`)) n++
  return `${prefix}${n}${deviceMark}`
}
