// The Web Worker that derives a file's key (keyDerivation.ts): one request, one answer.
import { derive, type KeyAnswer, type KeyRequest } from './pbkdf2'

self.onmessage = (event: MessageEvent<KeyRequest>) => {
  derive(event.data).then(
    (bits) => self.postMessage({ bits } satisfies KeyAnswer, { transfer: [bits] }),
    () => self.postMessage({ bits: null } satisfies KeyAnswer),
  )
}
