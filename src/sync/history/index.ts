// The signed history of issue 23 (docs/sync.md §6): devices and their keys, writing entries, checking them.
export { FINGERPRINT_LENGTH, fingerprintOf, generateDeviceKeys, publicKeyText, registerDevice, registerFirstDevice, revokeDevice, signerOf, type DeviceDetails, type Signer } from './devices'
export { appendChanges, hashEntry, headsOf, signEntry, signedAndHashed, type Writer } from './entries'
export { verifyHistory, type HistoryCheck, type HistoryFailure, type VerifyOptions } from './verify'
