// What the key worker is asked and answers, and the derivation it runs (keyDerivation.ts).

export interface KeyRequest {
  /** Already NFC-normalized. */
  passphrase: string
  salt: Uint8Array<ArrayBuffer>
  iterations: number
}

/** The key's bits, or null when the worker could not derive them (the page then tries itself). */
export interface KeyAnswer {
  bits: ArrayBuffer | null
}

/** PBKDF2-HMAC-SHA-256, 256 bits (an AES-256 key). */
export async function derive({ passphrase, salt, iterations }: KeyRequest): Promise<ArrayBuffer> {
  const subtle = globalThis.crypto.subtle
  const material = await subtle.importKey('raw', new TextEncoder().encode(passphrase), 'PBKDF2', false, ['deriveBits'])
  return subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations }, material, 256)
}
