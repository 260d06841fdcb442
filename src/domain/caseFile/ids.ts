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

/** A fresh id: the prefix and the next free number within that prefix (the third seller offer is o3 even after two demands). */
export function nextId(prefix: string, taken: readonly { id: string }[]): string {
  const used = new Set(taken.map((item) => item.id))
  let n = taken.filter((item) => item.id.startsWith(prefix)).length + 1
  while (used.has(`${prefix}${n}`)) n++
  return `${prefix}${n}`
}
