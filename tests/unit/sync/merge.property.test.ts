// The merge's promises for any pair of devices' edits (fast-check): one side unchanged gives the
// other; the two sides swapped give the same records and mirrored conflicts; nothing is dropped.
import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { recordDocKey, type SplitCase } from '@/sync/documents'
import { sameValue } from '@/sync/equal'
import { mergeCase, type Conflict, type MergeResult } from '@/sync/merge'
import { addRecord, applyEdits, editHead, editRecord, harborSplit, isValidSplit, moveRecord, recordMap, removeRecord, type Edit } from '../../support/splitCases'

const BASE = applyEdits(
  harborSplit(),
  addRecord('parties', { id: 'p-extra', name: 'Wang Fang', role: 'associate' }),
  addRecord('fx', { currency: 'EUR', perBase: '0.92' }),
)

const LOSSES = ['deposit', 'balance', 'wire-fees', 'inspection']
const COSTS = ['k1', 'k2']
const PAYMENTS = ['r1', 'r2']
const PARTIES = ['zhang-wei', 'huaxin', 'zhang-jun', 'li-na', 'p-extra']
const OFFERS = ['o1', 'd1', 'o2', 'd2', 'o3']
/** A few values each, so both devices often make the very same change. */
const word = fc.constantFrom('alpha', 'beta', 'gamma')
const amount = fc.constantFrom('100', '250.5', '9000')

/** One device's edit, as data (so a failing case prints readably). */
type EditSpec =
  | ['loss', string, 'description' | 'amount', string]
  | ['cost', string, string]
  | ['party', string, string]
  | ['offerNote', string, string]
  | ['paymentNote', string, string]
  | ['remove', 'losses' | 'costs' | 'payments' | 'parties' | 'fx', string]
  | ['addPayment', string, string]
  | ['addCost', string, string]
  | ['move', string, string]
  | ['title', string]
  | ['quickSale', string]
  | ['rebase']

const editSpec: fc.Arbitrary<EditSpec> = fc.oneof(
  fc.tuple(fc.constant('loss' as const), fc.constantFrom(...LOSSES), fc.constantFrom('description' as const, 'amount' as const), word),
  fc.tuple(fc.constant('cost' as const), fc.constantFrom(...COSTS), amount),
  fc.tuple(fc.constant('party' as const), fc.constantFrom(...PARTIES), word),
  fc.tuple(fc.constant('offerNote' as const), fc.constantFrom(...OFFERS), word),
  fc.tuple(fc.constant('paymentNote' as const), fc.constantFrom(...PAYMENTS), word),
  fc.tuple(fc.constant('remove' as const), fc.constantFrom('losses' as const), fc.constantFrom(...LOSSES)),
  fc.tuple(fc.constant('remove' as const), fc.constantFrom('costs' as const), fc.constantFrom(...COSTS)),
  fc.tuple(fc.constant('remove' as const), fc.constantFrom('payments' as const), fc.constantFrom(...PAYMENTS)),
  fc.tuple(fc.constant('remove' as const), fc.constantFrom('parties' as const), fc.constant('p-extra')),
  fc.tuple(fc.constant('remove' as const), fc.constantFrom('fx' as const), fc.constant('EUR')),
  fc.tuple(fc.constant('addPayment' as const), fc.constantFrom('r7', 'r8'), fc.constantFrom('p-extra', 'li-na')),
  fc.tuple(fc.constant('addCost' as const), fc.constantFrom('k7', 'k8'), fc.constantFrom('USD', 'EUR')),
  fc.tuple(fc.constant('move' as const), fc.constantFrom(...COSTS), fc.constantFrom('Zz', 'a0V', 'b00')),
  fc.tuple(fc.constant('title' as const), word),
  fc.tuple(fc.constant('quickSale' as const), fc.constantFrom('0.7', '0.9')),
  fc.tuple(fc.constant('rebase' as const)),
)

function editsOf(spec: EditSpec): Edit[] {
  switch (spec[0]) {
    case 'loss':
      return [editRecord('losses', spec[1], { [spec[2]]: spec[2] === 'amount' ? '1200' : spec[3] })]
    case 'cost':
      return [editRecord('costs', spec[1], { amount: spec[2] })]
    case 'party':
      return [editRecord('parties', spec[1], { name: spec[2] })]
    case 'offerNote':
      return [editRecord('offers', spec[1], { note: spec[2] })]
    case 'paymentNote':
      return [editRecord('payments', spec[1], { note: spec[2] })]
    case 'remove':
      return [removeRecord(spec[1], spec[2])]
    case 'addPayment':
      return [addRecord('payments', { id: spec[1], date: '2024-07-01', amount: '1000', currency: 'USD', partyId: spec[2] })]
    case 'addCost':
      return [addRecord('costs', { id: spec[1], date: '2024-07-02', description: 'Travel', amount: '900', currency: spec[2] })]
    case 'move':
      return [moveRecord('costs', spec[1], spec[2])]
    case 'title':
      return [editHead({ title: spec[1] })]
    case 'quickSale':
      return [(split) => editHead({ settings: { ...split.head.settings, quickSaleFactor: spec[1] } })(split)]
    case 'rebase':
      return [editHead({ baseCurrency: 'CNY' }), removeRecord('fx', 'CNY'), addRecord('fx', { currency: 'USD', perBase: '0.13888889' })]
  }
}

/** A device's version: the base with each edit that applies and leaves a valid case (a device never saves an invalid one). */
function deviceVersion(specs: EditSpec[]): SplitCase {
  let current = BASE
  for (const spec of specs) {
    let next: SplitCase
    try {
      next = applyEdits(current, ...editsOf(spec))
    } catch {
      continue // the record is gone, or already there
    }
    if (isValidSplit(next)) current = next
  }
  return current
}

const version = fc.array(editSpec, { maxLength: 7 }).map(deviceVersion)
const RUNS = { numRuns: 120 }

const isRecordConflict = (conflict: Conflict) => conflict.kind === 'edit-edit' || conflict.kind === 'delete-edit'
const isValidityConflict = (conflict: Conflict) => conflict.kind === 'reference' && conflict.recordId === undefined

function expectSame(result: MergeResult, side: SplitCase): void {
  expect(result.conflicts).toEqual([])
  expect(result.merged.head).toEqual(side.head)
  expect(recordMap(result.merged)).toEqual(recordMap(side))
}

/** The conflicts as comparable texts, with local and remote swapped when `mirror`. */
function conflictTexts(conflicts: Conflict[], mirror: boolean): string[] {
  return conflicts
    .filter((conflict) => !isValidityConflict(conflict))
    .map((conflict) => {
      const { local, remote, referencedBy, ...rest } = conflict
      return JSON.stringify({ ...rest, local: mirror ? remote : local, remote: mirror ? local : remote, referencedBy: referencedBy ? [...referencedBy].sort() : undefined })
    })
    .sort()
}

describe('mergeCase, for any edits on two devices', () => {
  it('gives the local version when the remote one is the base', () => {
    fc.assert(fc.property(version, (x) => expectSame(mergeCase(BASE, x, BASE), x)), RUNS)
  })

  it('gives the remote version when the local one is the base', () => {
    fc.assert(fc.property(version, (y) => expectSame(mergeCase(BASE, BASE, y), y)), RUNS)
  })

  it('gives the version itself when both sides are the same', () => {
    fc.assert(fc.property(version, (x) => expectSame(mergeCase(BASE, x, x), x)), { numRuns: 60 })
  })

  it('keeps the same records with the sides swapped, and mirrors the conflicts', () => {
    fc.assert(
      fc.property(version, version, (x, y) => {
        const one = mergeCase(BASE, x, y)
        const other = mergeCase(BASE, y, x)
        const a = recordMap(one.merged)
        const b = recordMap(other.merged)
        expect(Object.keys(a).sort()).toEqual(Object.keys(b).sort())
        expect(conflictTexts(one.conflicts, false)).toEqual(conflictTexts(other.conflicts, true))
        expect(one.conflicts.some(isValidityConflict)).toBe(other.conflicts.some(isValidityConflict))
        // Where nothing conflicts, the merged records and head fields are the very same.
        const inConflict = new Set(one.conflicts.filter(isRecordConflict).map((conflict) => `${conflict.list}/${conflict.recordId}`))
        for (const key of Object.keys(a)) if (!inConflict.has(key)) expect([key, sameValue(a[key], b[key])]).toEqual([key, true])
        const headConflicts = new Set(one.conflicts.filter((conflict) => conflict.kind === 'head-field').map((conflict) => conflict.field))
        if (!headConflicts.has('title')) expect(one.merged.head.title).toBe(other.merged.head.title)
        if (!headConflicts.has('baseCurrency')) expect(one.merged.head.baseCurrency).toBe(other.merged.head.baseCurrency)
        if (!headConflicts.has('settings.quickSaleFactor')) expect(one.merged.head.settings).toEqual(other.merged.head.settings)
      }),
      RUNS,
    )
  })

  it('drops nothing: every record of either side is kept unless deleted on one side and untouched on the other', () => {
    fc.assert(
      fc.property(version, version, (x, y) => {
        const { merged, conflicts } = mergeCase(BASE, x, y)
        const [b, l, r, m] = [recordMap(BASE), recordMap(x), recordMap(y), recordMap(merged)]
        for (const key of new Set([...Object.keys(l), ...Object.keys(r)])) {
          const deletedOnOneSideOnly = (!l[key] && sameValue(r[key]?.record, b[key]?.record)) || (!r[key] && sameValue(l[key]?.record, b[key]?.record))
          if (!deletedOnOneSideOnly) expect([key, key in m]).toEqual([key, true])
        }
        // Every record conflict's record is kept until answered.
        for (const conflict of conflicts.filter(isRecordConflict)) expect(`${conflict.list}/${conflict.recordId}` in m).toBe(true)
        // And nothing turns up that neither side had.
        for (const key of Object.keys(m)) expect(key in l || key in r).toBe(true)
      }),
      RUNS,
    )
  })

  it('gives a valid case unless a conflict says why not', () => {
    fc.assert(
      fc.property(version, version, (x, y) => {
        const { merged, conflicts } = mergeCase(BASE, x, y)
        expect(isValidSplit(merged)).toBe(!conflicts.some(isValidityConflict))
        for (const doc of merged.records) expect(doc.caseId).toBe(BASE.head.id)
        expect(new Set(merged.records.map(recordDocKey)).size).toBe(merged.records.length)
      }),
      RUNS,
    )
  })
})
