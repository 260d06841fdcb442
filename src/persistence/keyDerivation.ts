// Deriving a file's key from its passphrase (PBKDF2-SHA-256): in a Web Worker where the browser
// has one, so the page stays responsive and Cancel stops the work at once (the worker is ended);
// elsewhere (tests) on the page itself, where Cancel abandons the result. WebCrypto derives in one
// call that reports nothing on the way, so the screens show the time passed, not a share done.
import { derive, type KeyAnswer, type KeyRequest } from './pbkdf2'

/** The derivation was cancelled: no key, nothing opened or written. */
export class DerivationCancelledError extends Error {
  constructor() {
    super('Cancelled.')
    this.name = 'DerivationCancelledError'
  }
}

/** The 256 bits of the key, derived from `passphrase` (NFC) and `salt` with `iterations` rounds. */
export async function deriveKeyBits(passphrase: string, salt: Uint8Array<ArrayBuffer>, iterations: number, signal?: AbortSignal): Promise<ArrayBuffer> {
  if (signal?.aborted) throw new DerivationCancelledError()
  const request: KeyRequest = { passphrase: passphrase.normalize('NFC'), salt, iterations }
  const inWorker = typeof Worker === 'function' ? await inAWorker(request, signal) : null
  if (inWorker) return inWorker
  const bits = await derive(request)
  if (signal?.aborted) throw new DerivationCancelledError()
  return bits
}

/** The bits from a worker, or null when no worker could be started or it failed (then the page derives). */
function inAWorker(request: KeyRequest, signal?: AbortSignal): Promise<ArrayBuffer | null> {
  let worker: Worker
  try {
    worker = new Worker(new URL('./keyWorker.ts', import.meta.url), { type: 'module' })
  } catch {
    return Promise.resolve(null)
  }
  return new Promise<ArrayBuffer | null>((resolve, reject) => {
    const finish = () => {
      worker.terminate()
      signal?.removeEventListener('abort', cancel)
    }
    const cancel = () => {
      finish()
      reject(new DerivationCancelledError())
    }
    signal?.addEventListener('abort', cancel, { once: true })
    worker.onmessage = (event: MessageEvent<KeyAnswer>) => {
      finish()
      resolve(event.data.bits ?? null)
    }
    worker.onerror = (event) => {
      event.preventDefault()
      finish()
      resolve(null)
    }
    worker.postMessage(request)
  })
}
