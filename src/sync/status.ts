// What team sync tells the user (issue 23): one state at a time, worded by the screen.

export type SyncStatus =
  /** Sync is set up but not unlocked in this session (the password and the team passphrase are asked). */
  | { state: 'locked' }
  | { state: 'starting' }
  /** Everything written here is on the server and everything on the server is here. */
  | { state: 'synced'; at: number }
  | { state: 'syncing'; waiting: number }
  /** The browser says it is offline: changes wait here and leave when it is back. */
  | { state: 'offline'; waiting: number }
  | { state: 'unreachable'; reason: string; waiting: number }
  | { state: 'wrongPassphrase' }
  /** The server refused the user name or password. */
  | { state: 'refused'; reason: string }
  /** Another tab of this browser runs sync; this one shows what it stores. */
  | { state: 'otherTab' }

export type SyncRole = 'writer' | 'reader'

/** A record that was refused: a document that did not decrypt, a replayed older copy, an unknown signer. */
export interface SyncRefusal {
  docId: string
  reason: 'tampered' | 'replayed' | 'unknownKey' | 'invalid'
  at: number
  /** The case it belongs to, when that could be read. */
  caseId?: string
}
