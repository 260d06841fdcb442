// This device's signing key in a workspace (docs/sync.md §6.3): its Ed25519 key pair, kept in
// IndexedDB with the private key non-extractable, and the fingerprint the history names it by.
export interface SyncDeviceKey {
  fingerprint: string
  keys: CryptoKeyPair
}
