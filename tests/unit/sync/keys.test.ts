import { describe, expect, it } from 'vitest'
import {
  DerivationCancelledError,
  MIN_WORKSPACE_ITERATIONS,
  WeakTeamPassphraseError,
  WorkspaceDocumentError,
  WrongTeamPassphraseError,
  createWorkspace,
  readWorkspaceDoc,
  unlockWorkspace,
  type WorkspaceDoc,
  type WorkspaceKeys,
} from '@/sync/keys'

const PASSPHRASE = 'correct horse battery staple 渤海'
/** Tests derive with few rounds, through the explicit test-only option. */
const FAST = { iterations: 1000, insecureTestIterations: true } as const

async function sameKeys(a: WorkspaceKeys, b: WorkspaceKeys): Promise<boolean> {
  const data = new TextEncoder().encode('probe')
  const [ma, mb] = await Promise.all([crypto.subtle.sign('HMAC', a.idKey, data), crypto.subtle.sign('HMAC', b.idKey, data)])
  if (Buffer.compare(Buffer.from(ma), Buffer.from(mb)) !== 0) return false
  const iv = new Uint8Array(12)
  const sealed = await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, a.encKey, data)
  const opened = await crypto.subtle.decrypt({ name: 'AES-GCM', iv }, b.encKey, sealed).catch(() => null)
  return opened !== null
}

describe('createWorkspace and unlockWorkspace', () => {
  it('makes a cleartext document that says nothing but the salt, the count and the check', async () => {
    const { doc, keys } = await createWorkspace(PASSPHRASE, FAST)
    expect(Object.keys(doc).sort()).toEqual(['_id', 'check', 'iterations', 'kind', 'salt', 'v'])
    expect(doc).toMatchObject({ _id: 'workspace', kind: 'workspace', v: 1, iterations: 1000 })
    expect(Buffer.from(doc.salt, 'base64')).toHaveLength(16)
    expect(Buffer.from(doc.check.iv, 'base64')).toHaveLength(12)
    expect(JSON.stringify(doc)).not.toContain('horse')
    expect(keys.encKey.extractable).toBe(false)
    expect(keys.idKey.extractable).toBe(false)
    expect(keys.encKey.algorithm).toMatchObject({ name: 'AES-GCM', length: 256 })
    expect(keys.idKey.algorithm).toMatchObject({ name: 'HMAC', hash: { name: 'SHA-256' } })
  })

  it('gives the same keys back with the right passphrase, from the document as JSON', async () => {
    const { doc, keys } = await createWorkspace(PASSPHRASE, FAST)
    const unlocked = await unlockWorkspace(JSON.parse(JSON.stringify(doc)), PASSPHRASE, FAST)
    expect(await sameKeys(keys, unlocked)).toBe(true)
    // The passphrase is read as NFC, as the file envelope reads it.
    const decomposed = await unlockWorkspace(doc, PASSPHRASE.normalize('NFD'), FAST)
    expect(await sameKeys(keys, decomposed)).toBe(true)
  })

  it('makes a new salt, and so new keys, for each workspace', async () => {
    const [a, b] = await Promise.all([createWorkspace(PASSPHRASE, FAST), createWorkspace(PASSPHRASE, FAST)])
    expect(a.doc.salt).not.toBe(b.doc.salt)
    expect(await sameKeys(a.keys, b.keys)).toBe(false)
  })

  it.each(['correct horse battery stapl', 'Correct horse battery staple 渤海', '', ' '])('refuses the wrong passphrase %j with WrongTeamPassphraseError', async (wrong) => {
    const { doc } = await createWorkspace(PASSPHRASE, FAST)
    await expect(unlockWorkspace(doc, wrong, FAST)).rejects.toBeInstanceOf(WrongTeamPassphraseError)
  })

  it.each([
    ['the salt', (doc: WorkspaceDoc) => ({ ...doc, salt: Buffer.alloc(16, 7).toString('base64') })],
    ['the iteration count', (doc: WorkspaceDoc) => ({ ...doc, iterations: 1001 })],
    ['the check', (doc: WorkspaceDoc) => ({ ...doc, check: { ...doc.check, c: flipFirst(doc.check.c) } })],
    ['the IV', (doc: WorkspaceDoc) => ({ ...doc, check: { ...doc.check, iv: Buffer.alloc(12, 1).toString('base64') } })],
  ])('fails the key check like a wrong passphrase when %s changed', async (_what, change) => {
    const { doc } = await createWorkspace(PASSPHRASE, FAST)
    await expect(unlockWorkspace(change(doc), PASSPHRASE, FAST)).rejects.toBeInstanceOf(WrongTeamPassphraseError)
  })

  it.each([
    ['tooShort', 'short one'],
    ['blank', '              '],
    ['repeated', 'aaaaaaaaaaaaaaaa'],
    ['digitsOnly', '1234567890123456'],
    ['common', 'Password1234!'],
  ])('refuses a new passphrase the rules refuse (%s)', async (found, passphrase) => {
    const attempt = createWorkspace(passphrase, FAST)
    await expect(attempt).rejects.toBeInstanceOf(WeakTeamPassphraseError)
    await expect(attempt).rejects.toMatchObject({ problem: found })
  })

  it('refuses a passphrase typed differently the second time', async () => {
    await expect(createWorkspace(PASSPHRASE, { ...FAST, repeated: `${PASSPHRASE}!` })).rejects.toMatchObject({ problem: 'mismatch' })
  })

  it('stops when cancelled, with no keys', async () => {
    const controller = new AbortController()
    controller.abort()
    await expect(createWorkspace(PASSPHRASE, { ...FAST, signal: controller.signal })).rejects.toBeInstanceOf(DerivationCancelledError)
  })
})

describe('the iteration bounds', () => {
  it('are 600,000 to 2,000,000 without the test-only option, at creation and at unlock', async () => {
    await expect(createWorkspace(PASSPHRASE, { iterations: 1000 })).rejects.toBeInstanceOf(WorkspaceDocumentError)
    await expect(createWorkspace(PASSPHRASE, { iterations: 2_000_001 })).rejects.toBeInstanceOf(WorkspaceDocumentError)
    const { doc } = await createWorkspace(PASSPHRASE, FAST)
    // A document asking for few rounds (a hostile server's, or a test's) is refused before any derivation.
    await expect(unlockWorkspace(doc, PASSPHRASE)).rejects.toThrow(/1000 PBKDF2 iterations; this app uses 600,000 to 2,000,000/)
    await expect(unlockWorkspace({ ...doc, iterations: 599_999 }, PASSPHRASE)).rejects.toBeInstanceOf(WorkspaceDocumentError)
    // The upper bound holds even for tests.
    await expect(unlockWorkspace({ ...doc, iterations: 2_000_001 }, PASSPHRASE, FAST)).rejects.toBeInstanceOf(WorkspaceDocumentError)
  })

  it('derive with 600,000 rounds by default, and such a workspace opens without any option', { timeout: 30_000 }, async () => {
    const { doc, keys } = await createWorkspace(PASSPHRASE)
    expect(doc.iterations).toBe(MIN_WORKSPACE_ITERATIONS)
    expect(MIN_WORKSPACE_ITERATIONS).toBe(600_000)
    expect(await sameKeys(keys, await unlockWorkspace(doc, PASSPHRASE))).toBe(true)
    await expect(unlockWorkspace(doc, 'not the team passphrase')).rejects.toBeInstanceOf(WrongTeamPassphraseError)
  })
})

describe('readWorkspaceDoc', () => {
  const good = {
    _id: 'workspace',
    _rev: '1-abc',
    kind: 'workspace',
    v: 1,
    salt: Buffer.alloc(16, 1).toString('base64'),
    iterations: 600_000,
    check: { iv: Buffer.alloc(12, 2).toString('base64'), c: Buffer.alloc(55, 3).toString('base64') },
  }

  it('reads a well-formed document, keeping its revision and nothing else', () => {
    expect(readWorkspaceDoc({ ...good, stray: 1 })).toEqual(good)
  })

  it.each([
    ['not an object', null, ''],
    ['an array', [], ''],
    ['another id', { ...good, _id: 'x' }, 'kind'],
    ['another kind', { ...good, kind: 'case' }, 'kind'],
    ['a newer version', { ...good, v: 2 }, 'v'],
    ['no version', { ...good, v: undefined }, 'v'],
    ['a fractional count', { ...good, iterations: 600_000.5 }, 'iterations'],
    ['a count as text', { ...good, iterations: '600000' }, 'iterations'],
    ['too few rounds', { ...good, iterations: 100_000 }, 'iterations'],
    ['too many rounds', { ...good, iterations: 5_000_000 }, 'iterations'],
    ['a short salt', { ...good, salt: Buffer.alloc(8).toString('base64') }, 'salt'],
    ['a salt not base64', { ...good, salt: 'not base64!!!!!!!!!!!!!!' }, 'salt'],
    ['no check', { ...good, check: undefined }, 'check.iv'],
    ['a short IV', { ...good, check: { ...good.check, iv: 'AAAA' } }, 'check.iv'],
    ['an empty ciphertext', { ...good, check: { ...good.check, c: '' } }, 'check.c'],
  ])('refuses %s with WorkspaceDocumentError', async (_what, doc, field) => {
    expect(() => readWorkspaceDoc(doc)).toThrow(WorkspaceDocumentError)
    expect(() => readWorkspaceDoc(doc)).toThrow(expect.objectContaining({ field }))
    // unlock refuses it the same way, never as a wrong passphrase
    await expect(unlockWorkspace(doc, PASSPHRASE)).rejects.toBeInstanceOf(WorkspaceDocumentError)
  })
})

function flipFirst(base64: string): string {
  const bytes = Buffer.from(base64, 'base64')
  bytes[0] = (bytes[0] ?? 0) ^ 1
  return bytes.toString('base64')
}
