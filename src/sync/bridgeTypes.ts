// The bridge's shapes (bridge.ts): what it needs of the case store, what it tells the screens, and
// what it keeps per case.
import { type CaseFile } from '@/domain'
import type { WorkspaceKeys } from './keys'
import { type SealedDoc } from './sealed'
import {   type CaseHead, type RecordDoc } from './documents'
import type { SyncRefusal } from './status'
import type { SyncDeviceKey } from './device'
import type { PouchDatabase } from './pouch'
/** What the bridge needs of the case store (the repository, through the sync store). */
export interface CaseAccess {
  ids(): Promise<string[]>
  get(id: string): Promise<{ file: CaseFile; revision: number } | undefined>
  /** Stores the case if the stored one is still `expectedRevision` (null: none); returns the new revision. */
  save(file: CaseFile, expectedRevision: number | null): Promise<number>
  /** Deletes the case (it goes to Recently deleted). */
  remove(id: string): Promise<void>
}

export interface SyncConflict {
  caseId: string
  caseTitle: string
  /** `case` for the case's own fields, else `list/recordId`. */
  key: string
  list: string | null
  recordId: string | null
  kind: 'edit-edit' | 'delete-edit' | 'case-deleted'
  /** The versions to choose from, this device's first; a version's `record` null is a deletion. */
  versions: ConflictVersion[]
  /**
   * The case's own details, whose versions have different base currencies: choosing one also takes
   * that side's exchange rates (the conflicts marked `followsBase`), so a rate is never read
   * against a base it was not written for (docs/sync.md §4 rule 5).
   */
  withRates?: true
  /** An exchange rate's conflict that the case's base currency conflict answers: not asked on its own. */
  followsBase?: true
}

export interface ConflictVersion {
  /** The record (a RecordDoc), the case's head, or null for a deletion. */
  record: unknown
  author: string | null
  here: boolean
  /** The key fingerprint of the device that wrote this version, when known: which rates go with which base. */
  device?: string
}

/** A device that asked to join the workspace and waits for a registered member to register it. */
export interface DeviceRequest {
  fingerprint: string
  publicKey: string
  person: string
  deviceName: string
  at: string
}

export interface BridgeEvents {
  /** Cases stored here that sync changed (so open screens reload them). */
  applied(caseIds: string[]): void
  conflicts(conflicts: SyncConflict[]): void
  refused(refusal: SyncRefusal): void
  history(caseId: string): void
  devices(): void
}

export interface BridgeOptions {
  local: PouchDatabase
  keys: WorkspaceKeys
  cases: CaseAccess
  person: string
  deviceName: string
  device: SyncDeviceKey
  readOnly: boolean
  /** This device made the workspace: it registers itself as its first device. */
  firstDevice: boolean
  /** `written`: the documents this device wrote, by id with their new revision (sync counts them until the server has them). */
  events: BridgeEvents & { written(revisions: Map<string, string>): void }
}

export interface BaseEntry<T> {
  body: T
  rev: string
  seq: number
  hash: string
}

/** What this device last had in common with the team, per case (a `_local` document: never replicated). */
export interface Base {
  _id: string
  _rev?: string
  head: BaseEntry<CaseHead> | null
  records: Record<string, BaseEntry<RecordDoc>>
  heads: string[]
  deleted?: boolean
}

/** The team's current version of one document (its winning leaf). */
export interface Current {
  body: CaseHead | RecordDoc | null
  rev: string
  seq: number
  hash: string
  deleted: boolean
  author: string
  /** The writing device's key fingerprint ('' when the version is this device's base). */
  device: string
}

export interface DocInfo {
  caseId: string
  key: string
}

export type PouchDoc = SealedDoc & { _deleted?: boolean; _conflicts?: string[] }
export type Write = { key: string; doc: PouchDoc; body: CaseHead | RecordDoc | null; seq: number; hash: string }

export const CASE_KEY = 'case'
export const APPLIED_ID = '_local/applied'
export const WORKSPACE_WIDE = ''

