// The signed history an exported case may carry (`extra.tracker.history`, docs/sync.md §6.3):
// its entries with their hashes, the workspace's devices and revocations. Checked for shape
// only; whether it verifies is src/sync/history's check, which needs WebCrypto.
import * as z from 'zod'
import { HISTORY_LISTS, type HistoryBlock } from '../history/historyTypes'

const hash = z.string().regex(/^[0-9a-f]{64}$/)
const fingerprint = z.string().regex(/^[a-z2-7]{26}$/)
/** An Ed25519 signature: 64 bytes in base64. */
const signature = z.string().regex(/^[A-Za-z0-9+/]{86}==$/)
/** A raw Ed25519 public key: 32 bytes in base64. */
const publicKey = z.string().regex(/^[A-Za-z0-9+/]{43}=$/)
const instant = z.iso.datetime({ offset: true })
const name = z.string().min(1).max(200)
const value = z.string().nullable()

export const historyEntrySchema = z.strictObject({
  caseId: z.string().min(1).max(64),
  parents: z.array(hash),
  at: instant,
  author: name,
  device: fingerprint,
  record: z.strictObject({ list: z.enum(HISTORY_LISTS), id: z.string().min(1).max(64) }).nullable(),
  field: z.string().max(2000),
  before: value,
  after: value,
  sig: signature,
})

export const historyBlockSchema = z.strictObject({
  entries: z.array(z.strictObject({ hash, entry: historyEntrySchema })),
  devices: z.array(
    z.strictObject({
      fingerprint,
      publicKey,
      person: name,
      deviceName: name,
      registeredAt: instant,
      registeredBy: fingerprint,
      sig: signature,
    }),
  ),
  revocations: z.array(z.strictObject({ fingerprint, at: instant, by: fingerprint, sig: signature })),
})

// The schema and the history's own types describe the same block.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false
const sameShape: Same<z.output<typeof historyBlockSchema>, HistoryBlock> = true
void sameShape
