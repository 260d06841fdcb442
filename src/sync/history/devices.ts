// Devices of a workspace (docs/sync.md §6.3): each has an Ed25519 key pair made on first sync,
// its private key non-extractable; a team member registers its public key from a device
// already registered (the first device registers itself), and may revoke it.
import { canonicalSigned } from '@/domain/history/canonical'
import type { DeviceRecord, Revocation } from '@/domain/history/historyTypes'
import { base32, fromBase64, generateKeyPair, publicKeyText, sha256Bytes, signText } from './crypto'

/** The characters of a fingerprint: SHA-256 of the raw public key in base 32, its first 26 (130 bits). */
export const FINGERPRINT_LENGTH = 26

/** A registered device able to sign: its fingerprint and its private key. */
export interface Signer {
  fingerprint: string
  privateKey: CryptoKey
}

/** What a new device's registration says besides its key. */
export interface DeviceDetails {
  person: string
  deviceName: string
  /** ISO 8601 instant. */
  registeredAt: string
}

/** A new Ed25519 key pair for this device; the private key cannot be exported. */
export function generateDeviceKeys(): Promise<CryptoKeyPair> {
  return generateKeyPair()
}

/** The fingerprint of a public key (a CryptoKey, or its raw bytes in base64). */
export async function fingerprintOf(publicKey: CryptoKey | string): Promise<string> {
  const raw = fromBase64(typeof publicKey === 'string' ? publicKey : await publicKeyText(publicKey))
  if (!raw || raw.length !== 32) throw new Error('Not a raw Ed25519 public key')
  return base32(await sha256Bytes(raw)).slice(0, FINGERPRINT_LENGTH)
}

/** A device's signer from its key pair. */
export async function signerOf(keys: CryptoKeyPair): Promise<Signer> {
  return { fingerprint: await fingerprintOf(keys.publicKey), privateKey: keys.privateKey }
}

/** The registration of the device whose raw public key (base64) is `publicKey`, signed by `by`. */
export async function registerDevice(publicKey: string, details: DeviceDetails, by: Signer): Promise<DeviceRecord> {
  const unsigned = {
    fingerprint: await fingerprintOf(publicKey),
    publicKey,
    person: details.person,
    deviceName: details.deviceName,
    registeredAt: details.registeredAt,
    registeredBy: by.fingerprint,
  }
  return { ...unsigned, sig: await signText(canonicalSigned(unsigned), by.privateKey) }
}

/** The first device of a workspace registers itself. */
export async function registerFirstDevice(keys: CryptoKeyPair, details: DeviceDetails): Promise<DeviceRecord> {
  return registerDevice(await publicKeyText(keys.publicKey), details, await signerOf(keys))
}

/** The revocation of the device `fingerprint` from `at` on, signed by `by`. */
export async function revokeDevice(fingerprint: string, at: string, by: Signer): Promise<Revocation> {
  const unsigned = { fingerprint, at, by: by.fingerprint }
  return { ...unsigned, sig: await signText(canonicalSigned(unsigned), by.privateKey) }
}

export { publicKeyText }
