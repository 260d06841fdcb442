// The three-way merge of a case edited on two devices (docs/sync.md §4), over split cases
// (documents.ts): record by record against the last version both had, the head field by field.
//
//   - a record changed on one side only: that side's version (an edit, an addition or a deletion);
//   - changed on both sides the same way: merged without asking;
//   - changed on both sides differently: an 'edit-edit' conflict; `merged` keeps the local version;
//   - deleted on one side and changed on the other: a 'delete-edit' conflict; the record stays
//     (the changed version) until the user chooses;
//   - the head (title, base currency, settings one by one, the top-level extra key by key) field by
//     field the same way, a field changed differently being a 'head-field' conflict (local kept);
//   - a base currency changed on one side only, with any change of amounts on the other: a
//     'base-currency' conflict; `merged` keeps the changed currency (the side that changed it
//     re-expressed its rates in it, so the merged case stays a valid case) until the user chooses;
//   - a record deleted on one side but still named by a record of the merge (a party named by a
//     payment added on the other device, a rate by an amount in its currency; for a record in an
//     'edit-edit' conflict, by either version): a 'reference' conflict naming the record, which
//     `merged` keeps;
//   - anything else that makes the merged case fail parseCaseFile: a 'reference' conflict without
//     a record, carrying the parser's issues.
//
// Nothing is dropped silently: every record of either side is in `merged` unless it was deleted
// on one side and left as it was on the other (or deleted on both).
import { CaseFileError, parseCaseFile, type CaseFileIssue, type ListName } from '@/domain'
import { joinCase, recordDocKey, type CaseHead, type RecordDoc, type SplitCase } from './documents'
import { sameValue } from './equal'
import { moneyOf, referencesOf } from './references'

export type ConflictKind = 'edit-edit' | 'delete-edit' | 'head-field' | 'base-currency' | 'reference'

/**
 * One question for the user. For a record ('edit-edit', 'delete-edit', 'reference' with a record)
 * `base`, `local` and `remote` are that record's documents (RecordDoc) or null where it is absent;
 * for a head field ('head-field', 'base-currency') the field's values, or null where absent.
 */
export interface Conflict {
  kind: ConflictKind
  list?: ListName | undefined
  recordId?: string | undefined
  /** A head field ('title', 'settings.quickSaleFactor', 'extra.tracker'), or for a reference the first field that names the record, in code-unit order ('payments/r1.partyId'). */
  field?: string
  base: unknown
  local: unknown
  remote: unknown
  /** For a 'reference' conflict with a record: every field of the merge that names it. */
  referencedBy?: string[]
  /** For a 'reference' conflict without a record: what the case parser found. */
  issues?: CaseFileIssue[]
}

export interface MergeResult {
  merged: SplitCase
  conflicts: Conflict[]
}

/** What a user chose for a conflict: one side's value, or a value of their own (a record, or null to delete it; a field's value). */
export type Choice = 'local' | 'remote' | { edited: unknown }

/** Merges `local` and `remote` against `base`, the last version both had (null: nothing in common, as if empty). */
export function mergeCase(base: SplitCase | null, local: SplitCase, remote: SplitCase): MergeResult {
  if (local.head.id !== remote.head.id || (base && base.head.id !== local.head.id)) throw new Error('Only versions of one case merge.')
  const conflicts: Conflict[] = []
  const baseRecords = byKey(base?.records ?? [])
  const localRecords = byKey(local.records)
  const remoteRecords = byKey(remote.records)
  const merged = new Map<string, RecordDoc>()
  const keys = [...new Set([...baseRecords.keys(), ...localRecords.keys(), ...remoteRecords.keys()])].sort()
  for (const key of keys) {
    const [b, l, r] = [baseRecords.get(key), localRecords.get(key), remoteRecords.get(key)]
    const outcome = mergeRecord(b, l, r)
    if (outcome.doc) merged.set(key, outcome.doc)
    if (outcome.conflict) conflicts.push({ kind: outcome.conflict, list: outcome.doc?.list, recordId: outcome.doc?.recordId, base: b ?? null, local: l ?? null, remote: r ?? null })
  }
  const head = mergeHead(base?.head ?? null, local.head, remote.head, conflicts)
  const baseCurrency = baseCurrencyConflict(base, local, remote)
  if (baseCurrency) conflicts.push(baseCurrency)
  restoreReferenced(head, merged, { base: baseRecords, local: localRecords, remote: remoteRecords }, conflicts)
  const result = { merged: { head, records: [...merged.values()] }, conflicts }
  return withValidity(result)
}

/**
 * The merge with `conflict` answered by `choice`: the chosen value put in `merged` and the conflict
 * gone. A choice that leaves the case invalid (deleting a record something still names) comes
 * back as a 'reference' conflict carrying the parser's issues. Throws when `conflict` is not one
 * of `result`'s, or an edited record is not a record of that list with that id.
 */
export function resolveConflict(result: MergeResult, conflict: Conflict, choice: Choice): MergeResult {
  const at = result.conflicts.findIndex((found) => found === conflict || sameConflict(found, conflict))
  if (at === -1) throw new Error('This conflict is not one of this merge.')
  const chosen = choice === 'local' ? conflict.local : choice === 'remote' ? conflict.remote : choice.edited
  let { head, records } = result.merged
  if (conflict.list !== undefined && conflict.recordId !== undefined) records = withRecord(result.merged, conflict, chosen)
  else if (conflict.kind === 'head-field' || conflict.kind === 'base-currency') head = withHeadField(head, conflict.field ?? 'baseCurrency', chosen)
  const conflicts = result.conflicts.filter((_, i) => i !== at)
  return withValidity({ merged: { head, records }, conflicts })
}

/** Three-way merge of one value: the outcome, or a conflict when both sides changed it differently. */
function mergeValue<T>(b: T | undefined, l: T | undefined, r: T | undefined): { value: T | undefined; conflict: boolean } {
  if (sameValue(l, r)) return { value: l, conflict: false }
  if (sameValue(l, b)) return { value: r, conflict: false }
  if (sameValue(r, b)) return { value: l, conflict: false }
  return { value: l, conflict: true }
}

/**
 * One record: its content three-way, its place three-way apart (a record moved on one side and
 * edited on the other keeps both; moved differently on both, the smaller key, the same on every
 * device, and no question: a place is not data). A deletion against a move alone is a deletion.
 */
function mergeRecord(b: RecordDoc | undefined, l: RecordDoc | undefined, r: RecordDoc | undefined): { doc?: RecordDoc; conflict?: 'edit-edit' | 'delete-edit' } {
  if (!l || !r) {
    const kept = l ?? r
    if (!kept) return {}
    if (!b) return { doc: kept }
    return sameValue(kept.record, b.record) ? {} : { doc: kept, conflict: 'delete-edit' }
  }
  const record = mergeValue(b?.record, l.record, r.record)
  const order = mergeValue(b?.order, l.order, r.order)
  const place = order.conflict ? [l.order, r.order].sort()[0] : order.value
  if (record.conflict) return { doc: { ...l, order: place ?? l.order }, conflict: 'edit-edit' }
  const doc = record.value === r.record && place === r.order ? r : { ...l, record: record.value ?? l.record, order: place ?? l.order }
  return { doc: doc as RecordDoc }
}

function byKey(records: readonly RecordDoc[]): Map<string, RecordDoc> {
  return new Map(records.map((doc) => [recordDocKey(doc), doc]))
}

/** The head's fields as paths: top-level keys, and one level into `settings` and `extra` (with the object's own presence). */
function headFields(head: CaseHead | null): Map<string, unknown> {
  const fields = new Map<string, unknown>()
  if (!head) return fields
  for (const [key, value] of Object.entries(head)) {
    if ((key === 'settings' || key === 'extra') && typeof value === 'object' && value !== null) {
      fields.set(key, {})
      for (const [inner, item] of Object.entries(value)) fields.set(`${key}.${inner}`, item)
    } else fields.set(key, value)
  }
  return fields
}

function headOf(fields: Map<string, unknown>): CaseHead {
  const head: Record<string, unknown> = {}
  for (const [path, value] of fields) {
    if (value === undefined) continue
    const dot = path.indexOf('.')
    if (dot === -1) {
      if (!(path in head)) head[path] = value
      continue
    }
    const [outer, inner] = [path.slice(0, dot), path.slice(dot + 1)]
    const holder = (head[outer] ??= {}) as Record<string, unknown>
    holder[inner] = value
  }
  return head as CaseHead
}

function mergeHead(base: CaseHead | null, local: CaseHead, remote: CaseHead, conflicts: Conflict[]): CaseHead {
  const [b, l, r] = [headFields(base), headFields(local), headFields(remote)]
  const merged = new Map<string, unknown>()
  for (const path of new Set([...l.keys(), ...r.keys(), ...b.keys()])) {
    const outcome = mergeValue(b.get(path), l.get(path), r.get(path))
    merged.set(path, outcome.value)
    if (outcome.conflict) conflicts.push({ kind: 'head-field', field: path, base: b.get(path) ?? null, local: l.get(path) ?? null, remote: r.get(path) ?? null })
  }
  return headOf(merged)
}

function withHeadField(head: CaseHead, path: string, value: unknown): CaseHead {
  const fields = headFields(head)
  fields.set(path, value === null ? undefined : value)
  return headOf(fields)
}

/** A base currency changed on one side only while the other side changed any amount, currency or rate. */
function baseCurrencyConflict(base: SplitCase | null, local: SplitCase, remote: SplitCase): Conflict | null {
  const was = base?.head.baseCurrency
  const localChanged = local.head.baseCurrency !== was
  const remoteChanged = remote.head.baseCurrency !== was
  if (localChanged === remoteChanged) return null // neither, or both (the same way, or a head-field conflict)
  if (!moneyChanged(base, localChanged ? remote : local)) return null
  return { kind: 'base-currency', field: 'baseCurrency', base: was ?? null, local: local.head.baseCurrency, remote: remote.head.baseCurrency }
}

function moneyChanged(base: SplitCase | null, side: SplitCase): boolean {
  const before = byKey(base?.records ?? [])
  const after = byKey(side.records)
  for (const key of new Set([...before.keys(), ...after.keys()])) if (moneyOf(before.get(key)) !== moneyOf(after.get(key))) return true
  return false
}

/**
 * Puts back every record the merge still names but lost (deleted on one side), each with a
 * 'reference' conflict. A record in an 'edit-edit' conflict names what either of its versions
 * names: `merged` holds the local version only, and checking that alone made the records kept
 * depend on which device merges (the remote version's choice would then break the case). A
 * restored record's `field` is the first of its `referencedBy` in code-unit order, the same
 * whichever side is local.
 */
function restoreReferenced(
  head: CaseHead,
  merged: Map<string, RecordDoc>,
  sides: Record<'base' | 'local' | 'remote', Map<string, RecordDoc>>,
  conflicts: Conflict[],
): void {
  const { base, local, remote } = sides
  const versions = new Map<string, RecordDoc[]>()
  for (const conflict of conflicts)
    if (conflict.kind === 'edit-edit' && conflict.list !== undefined && conflict.recordId !== undefined)
      versions.set(recordDocKey({ list: conflict.list, recordId: conflict.recordId }), [conflict.local, conflict.remote].filter(isRecordDoc))
  const restored = new Map<string, Conflict>()
  let checking = [...merged.values()].flatMap((doc) => versions.get(recordDocKey(doc)) ?? [doc])
  while (checking.length > 0) {
    const next: RecordDoc[] = []
    for (const doc of checking)
      for (const reference of referencesOf(doc, head.baseCurrency)) {
        const key = recordDocKey(reference)
        const via = `${recordDocKey(doc)}.${reference.via}`
        const known = restored.get(key)
        if (known && !known.referencedBy?.includes(via)) known.referencedBy?.push(via)
        if (merged.has(key)) continue
        const found = local.get(key) ?? remote.get(key) ?? base.get(key)
        if (!found) continue // named but in no version: the validity check reports it
        merged.set(key, found)
        next.push(found)
        const conflict: Conflict = { kind: 'reference', list: reference.list, recordId: reference.recordId, field: via, base: base.get(key) ?? null, local: local.get(key) ?? null, remote: remote.get(key) ?? null, referencedBy: [via] }
        restored.set(key, conflict)
        conflicts.push(conflict)
      }
    checking = next
  }
  for (const conflict of restored.values()) {
    const [first] = conflict.referencedBy?.sort() ?? []
    if (first !== undefined) conflict.field = first
  }
}

/** The records with a record conflict's choice in place (null: without the record). */
function withRecord(merged: SplitCase, conflict: Conflict, chosen: unknown): RecordDoc[] {
  const key = recordDocKey({ list: conflict.list as ListName, recordId: conflict.recordId as string })
  const others = merged.records.filter((doc) => recordDocKey(doc) !== key)
  if (chosen === null || chosen === undefined) return others
  const current = merged.records.find((doc) => recordDocKey(doc) === key)
  const doc = isRecordDoc(chosen) ? chosen : placed(merged, conflict, current, chosen)
  if (doc.list !== conflict.list || doc.recordId !== conflict.recordId || doc.caseId !== merged.head.id) throw new Error(`The chosen record is not ${key} of this case.`)
  return [...others, doc]
}

/** An edited record (as the case file has it) with its place: the merged one's, else either side's. */
function placed(merged: SplitCase, conflict: Conflict, current: RecordDoc | undefined, record: unknown): RecordDoc {
  const sides = [current, conflict.local, conflict.remote, conflict.base].filter(isRecordDoc)
  const order = sides[0]?.order
  if (typeof record !== 'object' || record === null || order === undefined) throw new Error('An edited record is a record of the case file.')
  const id = conflict.list === 'fx' ? (record as { currency?: unknown }).currency : (record as { id?: unknown }).id
  if (id !== conflict.recordId) throw new Error(`The edited record is not ${conflict.list}/${conflict.recordId}.`)
  return { caseId: merged.head.id, list: conflict.list, recordId: conflict.recordId, record, order } as RecordDoc
}

function isRecordDoc(value: unknown): value is RecordDoc {
  return typeof value === 'object' && value !== null && 'record' in value && 'order' in value && 'list' in value && 'recordId' in value
}

function sameConflict(a: Conflict, b: Conflict): boolean {
  return a.kind === b.kind && a.list === b.list && a.recordId === b.recordId && a.field === b.field
}

/** The result with its validity conflict (a 'reference' without a record) brought up to date. */
function withValidity(result: MergeResult): MergeResult {
  const conflicts = result.conflicts.filter((conflict) => !(conflict.kind === 'reference' && conflict.recordId === undefined))
  try {
    parseCaseFile(JSON.parse(JSON.stringify(joinCase(result.merged.head, result.merged.records))))
  } catch (error) {
    if (!(error instanceof CaseFileError)) throw error
    conflicts.push({ kind: 'reference', field: error.issues[0]?.path ?? '', base: null, local: null, remote: null, issues: error.issues })
  }
  return { merged: result.merged, conflicts }
}
