// A team for the history tests: three devices of two people, registered as a workspace does.
import type { DeviceRecord, FieldChange } from '@/domain/history'
import { generateDeviceKeys, publicKeyText, registerDevice, registerFirstDevice, signerOf, type Signer } from '@/sync/history'

export interface Member extends Signer {
  keys: CryptoKeyPair
  person: string
  record: DeviceRecord
}

export async function team(): Promise<{ laptop: Member; phone: Member; desk: Member; devices: DeviceRecord[] }> {
  const laptopKeys = await generateDeviceKeys()
  const laptopRecord = await registerFirstDevice(laptopKeys, { person: 'Li Na', deviceName: 'office laptop', registeredAt: '2026-12-01T08:00:00.000Z' })
  const laptop: Member = { ...(await signerOf(laptopKeys)), keys: laptopKeys, person: 'Li Na', record: laptopRecord }
  const member = async (person: string, deviceName: string, registeredAt: string, by: Signer): Promise<Member> => {
    const keys = await generateDeviceKeys()
    const record = await registerDevice(await publicKeyText(keys.publicKey), { person, deviceName, registeredAt }, by)
    return { ...(await signerOf(keys)), keys, person, record }
  }
  const phone = await member('Li Na', 'phone', '2026-12-01T09:00:00.000Z', laptop)
  const desk = await member('Zhang Wei', 'desk', '2026-12-02T09:00:00.000Z', phone)
  return { laptop, phone, desk, devices: [laptop.record, phone.record, desk.record] }
}

export function amountChange(id: string, before: string, after: string): FieldChange {
  return { record: { list: 'offers', id }, field: 'components[1].amount', before, after }
}

export function writer(member: Member, at: string, caseId = 'case-1') {
  return { caseId, author: member.person, device: member.fingerprint, at, privateKey: member.privateKey }
}
