// The history printed as a dated chronology in English and Chinese (docs/sync.md §6.3).
import { describe, expect, it } from 'vitest'
import { fillTemplate, formatterFor, lookup, withoutIsolates, type CaseFile, type Words } from '@/domain'
import { chronology, chronologyLine, fieldText, historyTime, type DeviceRecord, type HistoryEntry } from '@/domain/history'
import { messages } from '@/i18n/messages'
import { historyCase } from '../../../support/historyCase'

type Table = Parameters<typeof lookup>[0]

function wordsIn(locale: 'en' | 'zh-CN'): Words {
  const table = messages[locale] as unknown as Table
  return { ...formatterFor(locale === 'en' ? 'en-US' : 'zh-CN'), text: (key, params) => fillTemplate(lookup(table, key) ?? key, params) }
}

const context: CaseFile = historyCase({ secondPart: '300000', demand: true })

const laptop: DeviceRecord = { fingerprint: 'a'.repeat(26), publicKey: 'k', person: '李娜', deviceName: '办公室笔记本', registeredAt: '2026-12-01T00:00:00Z', registeredBy: 'a'.repeat(26), sig: 's' }
const englishLaptop: DeviceRecord = { ...laptop, person: 'Li Na', deviceName: 'office laptop' }

function entry(change: Partial<HistoryEntry>): HistoryEntry {
  return { caseId: 'case-1', parents: [], at: '2026-12-06T09:14:03.120Z', author: 'Li Na', device: laptop.fingerprint, record: { list: 'offers', id: 'o3' }, field: 'components[1].amount', before: '250000', after: '300000', sig: 's', ...change }
}

const line = (e: HistoryEntry, locale: 'en' | 'zh-CN', devices = [locale === 'en' ? englishLaptop : laptop]) =>
  withoutIsolates(chronologyLine(e, wordsIn(locale), { devices, context, timeZone: 'UTC' }))

describe('the chronology', () => {
  it('dates an instant as the history prints it, in the time zone asked', () => {
    expect(historyTime('2026-12-06T09:14:03.120Z', 'en', 'UTC')).toBe('6 Dec 2026 09:14')
    expect(historyTime('2026-12-06T09:14:03.120Z', 'zh-CN', 'UTC')).toBe('2026年12月6日 09:14')
    expect(historyTime('2026-12-06T09:14:03.120Z', 'zh-CN', 'Asia/Shanghai')).toBe('2026年12月6日 17:14')
  })

  it('words a changed amount in English and in Chinese, with the currency of its part', () => {
    expect(line(entry({}), 'en')).toBe('6 Dec 2026 09:14 Li Na (office laptop) changed Seller offer 1 (Dec 1, 2026) part 2 amount from CNY 250,000.00 to CNY 300,000.00')
    expect(line(entry({ author: '李娜' }), 'zh-CN')).toBe('2026年12月6日 09:14 李娜（设备：办公室笔记本）将2026年12月1日的犯罪嫌疑人方报价1第2部分的金额由人民币250,000.00元改为人民币300,000.00元')
  })

  it('calls a buyer move a demand, and words its amount in its own currency', () => {
    const demand = entry({ record: { list: 'offers', id: 'd1' }, field: 'amount', before: '90000', after: '85000' })
    expect(line(demand, 'en')).toBe('6 Dec 2026 09:14 Li Na (office laptop) changed Buyer demand 1 (Dec 2, 2026) amount from $90,000.00 to $85,000.00')
    expect(line({ ...demand, author: '李娜' }, 'zh-CN')).toBe('2026年12月6日 09:14 李娜（设备：办公室笔记本）将2026年12月2日的被害方要求1的金额由90,000.00美元改为85,000.00美元')
  })

  it('words the case fields, statuses, payers, added and removed records', () => {
    expect(line(entry({ record: null, field: 'title', before: 'A v. B', after: 'A Ltd v. B' }), 'en')).toBe('6 Dec 2026 09:14 Li Na (office laptop) changed the case title from “A v. B” to “A Ltd v. B”')
    expect(line(entry({ record: null, field: 'title', before: 'A v. B', after: 'A Ltd v. B', author: '李娜' }), 'zh-CN')).toBe('2026年12月6日 09:14 李娜（设备：办公室笔记本）将本案的标题由“A v. B”改为“A Ltd v. B”')
    expect(line(entry({ field: 'status', before: 'open', after: 'accepted' }), 'en')).toBe('6 Dec 2026 09:14 Li Na (office laptop) changed Seller offer 1 (Dec 1, 2026) status from open to accepted')
    expect(line(entry({ field: 'status', before: 'open', after: 'accepted', author: '李娜' }), 'zh-CN')).toBe('2026年12月6日 09:14 李娜（设备：办公室笔记本）将2026年12月1日的犯罪嫌疑人方报价1的状态由待答复改为已接受')
    expect(line(entry({ field: 'components[1].partyId', before: 'p1', after: 'p2' }), 'en')).toBe('6 Dec 2026 09:14 Li Na (office laptop) changed Seller offer 1 (Dec 1, 2026) part 2 payer from Zhang Wei (seller) to Zhang Jun (father)')
    expect(line(entry({ record: { list: 'parties', id: 'p9' }, field: '', before: null, after: '{"id":"p9"}' }), 'en')).toBe('6 Dec 2026 09:14 Li Na (office laptop) added party p9')
    // A party the case has is named, as a reader knows it; one it does not have, by its id.
    expect(line(entry({ record: { list: 'parties', id: 'p2' }, field: 'name', before: 'Zhang J.', after: 'Zhang Jun' }), 'en')).toBe('6 Dec 2026 09:14 Li Na (office laptop) changed party Zhang Jun (father) name from “Zhang J.” to “Zhang Jun”')
    expect(line(entry({ record: { list: 'parties', id: 'p2' }, field: 'name', before: 'Zhang J.', after: 'Zhang Jun', author: '李娜' }), 'zh-CN')).toContain('将当事人Zhang Jun（父亲）的姓名／名称由“Zhang J.”改为“Zhang Jun”')
    expect(line(entry({ record: { list: 'offers', id: 'd7' }, field: '', before: '{"from":"buyer","id":"d7"}', after: null, author: '李娜' }), 'zh-CN')).toBe('2026年12月6日 09:14 李娜（设备：办公室笔记本）删除要求d7')
    expect(line(entry({ field: 'goodUntil', before: null, after: '2026-12-31' }), 'en')).toBe('6 Dec 2026 09:14 Li Na (office laptop) set Seller offer 1 (Dec 1, 2026) good-until date to Dec 31, 2026')
  })

  it('names an unknown device as such', () => {
    expect(line(entry({ device: 'b'.repeat(26) }), 'en', [])).toContain('Li Na (unknown device) changed')
    expect(line(entry({ device: 'b'.repeat(26), author: '李娜' }), 'zh-CN', [])).toContain('李娜（设备：未知设备）将')
  })

  it('keeps a path it has no words for as written', () => {
    expect(withoutIsolates(fieldText('extra.tracker.reference', wordsIn('en')))).toBe('tracker data reference')
    // A setting by its own name: the settings object is a container the reader never sees.
    expect(withoutIsolates(fieldText('settings.quickSaleFactor', wordsIn('zh-CN')))).toBe('快速变现系数')
    expect(withoutIsolates(fieldText('settings.quickSaleFactor', wordsIn('en')))).toBe('quick-sale factor')
    expect(withoutIsolates(fieldText('settings', wordsIn('zh-CN')))).toBe('设置')
  })

  it('prints oldest first, then by hash', () => {
    const later = { hash: 'b', entry: entry({ at: '2026-12-07T08:00:00.000Z' }) }
    const early = { hash: 'c', entry: entry({}) }
    const tie = { hash: 'a', entry: entry({}) }
    expect(chronology([later, early, tie], wordsIn('en'), { devices: [englishLaptop], context, timeZone: 'UTC' }).map((l) => l.hash)).toEqual(['a', 'c', 'b'])
  })

  it('prints the entries of one save in the order they were written, whatever their hashes', () => {
    // One save: the same time, each entry following the one before (a chain), hashes in no order.
    const chain = ['z', 'b', 'y', 'a'].map((hash, i, all) => ({ hash, entry: entry({ parents: i === 0 ? [] : [all[i - 1]!], field: `components[${i}].amount` }) }))
    const printed = chronology([...chain].reverse(), wordsIn('en'), { devices: [englishLaptop], context, timeZone: 'UTC' }).map((l) => l.hash)
    expect(printed).toEqual(['z', 'b', 'y', 'a'])
  })

  it('words a rate by its one figure, and settings set at once each by its name', () => {
    expect(line(entry({ record: { list: 'fx', id: 'CNY' }, field: 'perBase', before: '7.2', after: '8' }), 'en')).toBe('6 Dec 2026 09:14 Li Na (office laptop) changed rate CNY from 7.2 to 8')
    expect(line(entry({ record: { list: 'fx', id: 'CNY' }, field: 'perBase', before: '7.2', after: '8', author: '李娜' }), 'zh-CN')).toBe('2026年12月6日 09:14 李娜（设备：办公室笔记本）将汇率CNY由7.2改为8')
    const settings = entry({ record: null, field: 'settings', before: null, after: '{"quickSaleFactor":"0.8","thirdPartyMajority":"0.5"}' })
    expect(line(settings, 'en')).toBe('6 Dec 2026 09:14 Li Na (office laptop) set the case settings to quick-sale factor 0.8, third-party majority 0.5')
    expect(line({ ...settings, author: '李娜' }, 'zh-CN')).toBe('2026年12月6日 09:14 李娜（设备：办公室笔记本）将本案的设置设为快速变现系数0.8，他人代付比例阈值0.5')
  })
})
