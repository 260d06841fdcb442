// The history as people read it (docs/sync.md §6.3): each entry as a dated line of a chronology,
// in any language the catalogues have ("6 Dec 2026 09:14 Li Na (office laptop) changed offer o3
// part 2 amount from CNY 250,000.00 to CNY 300,000.00"; 2026年12月6日 09:14 李娜（设备：办公室笔记本）
// 将报价o3第2部分的金额由人民币250,000.00元改为人民币300,000.00元), and the pieces a screen shows
// in columns. Amounts take the currency the case (`context`) gives their record.
import { Dec, currencyWord, isolate, negotiationOrder, offerLabel, partyLabel, tidyChinese, type CaseFile, type OfferLabel, type Words } from '@/domain'
import { offerTracker } from '@/domain/tracker'
import type { DeviceRecord, FieldChange, HistoryEntry, RecordRef, StoredEntry } from './historyTypes'
import { inHistoryOrder } from './entryOrder'

const K = 'history.chronology'
const MONEY_FIELDS = new Set(['amount', 'marketValue', 'encumbrances'])
const DATE_FIELDS = new Set(['date', 'asOf', 'goodUntil', 'dueDate', 'valuedOn'])
/** Fields whose value is one of the format's words, and the catalogue namespace that words it. */
const VALUE_WORDS: Record<string, string> = { status: 'status', kind: 'kind', category: 'category', role: 'roleWord', relation: 'relation', type: 'offerType', from: 'side' }
const CONTAINERS = new Set(['components', 'parts', 'payers'])
const DATED_LISTS = new Set(['offers', 'payments', 'costs'])

type Segment = string | number

/** The segments of a path as changes.ts writes it: `components[1].amount`, `extra.tracker["a b"]`. */
export function pathSegments(path: string): Segment[] {
  const segments: Segment[] = []
  const token = /\.?([A-Za-z_$][\w$-]*)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]/y
  while (token.lastIndex < path.length) {
    const match = token.exec(path)
    if (!match) return [path]
    if (match[1] !== undefined) segments.push(match[1])
    else if (match[2] !== undefined) segments.push(Number.parseInt(match[2], 10))
    else segments.push(JSON.parse(match[3]!) as string)
  }
  return segments
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value)

/** A catalogue text, or `fallback` where the catalogue has none (a lookup that misses gives back its key). */
function wordOr(words: Words, key: string, fallback: string, params?: Record<string, unknown>): string {
  const found = words.text(key, params)
  return found === key ? fallback : found
}

function recordIn(context: CaseFile | null | undefined, ref: RecordRef): Record<string, unknown> | null {
  const list = (context?.[ref.list] ?? []) as readonly unknown[]
  const found = list.find((record) => isObject(record) && record[ref.list === 'fx' ? 'currency' : 'id'] === ref.id)
  return isObject(found) ? found : null
}

function recordOf(change: FieldChange, context: CaseFile | null | undefined): Record<string, unknown> | null {
  if (!change.record) return null
  const found = recordIn(context, change.record)
  if (found) return found
  const whole = change.field === '' ? (change.after ?? change.before) : null
  return whole === null ? null : parsedObject(whole)
}

/**
 * A record as a reader knows it: "Seller offer 2 (May 9, 2024)" and "Buyer demand 1 (…)" as the case
 * page names them, "party Zhang Wei (seller)", "payment p4 (Jun 1, 2024)"; a record the case does
 * not have, by its id ("offer o3", "demand d1": a buyer's move is a demand).
 */
export function recordText(change: FieldChange, words: Words, context?: CaseFile | null): string {
  const ref = change.record
  if (!ref) return ''
  const record = recordOf(change, context)
  const kind = ref.list === 'offers' && record?.from === 'buyer' ? 'demand' : ref.list
  // A party by its name, a dated record with its date: an id alone means nothing to a reader of the print.
  if (ref.list === 'parties' && record && typeof record.name === 'string' && record.name !== '') return words.text(`${K}.named`, { name: partyLabel(record as unknown as Parameters<typeof partyLabel>[0], words) })
  if (ref.list === 'offers') {
    // As the case page names it ("Seller offer 2"), with its date, when the case has it.
    const label = offerLabelIn(context, ref.id)
    if (label) return words.text(`${K}.dated`, { record: offerLabel(label, words), date: words.date(label.date) })
  }
  const text = words.text(`${K}.record.${kind}`, { id: isolate(ref.id) })
  if (DATED_LISTS.has(ref.list) && typeof record?.date === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(record.date)) return words.text(`${K}.dated`, { record: text, date: words.date(record.date) })
  return text
}

/** Per offers list: each offer's label (side, number on its side in negotiation order, date, the user's name for it). */
const offerLabels = new WeakMap<readonly unknown[], Map<string, OfferLabel>>()

/** An offer's label as the case page has it; null when the case does not have the offer. Worked out once per offers list. */
function offerLabelIn(context: CaseFile | null | undefined, id: string): OfferLabel | null {
  const offers = context?.offers as readonly unknown[] | undefined
  if (!Array.isArray(offers)) return null
  let labels = offerLabels.get(offers)
  if (!labels) {
    labels = new Map()
    const numbers = { seller: 0, buyer: 0 }
    const moves = offers.filter((found): found is Record<string, unknown> & { date: string; from: 'seller' | 'buyer' } => isObject(found) && (found.from === 'seller' || found.from === 'buyer') && typeof found.date === 'string')
    for (const offer of negotiationOrder(moves)) {
      const name = offerTracker(offer as unknown as Parameters<typeof offerTracker>[0]).label
      // The total is not part of the short label.
      if (typeof offer.id === 'string') labels.set(offer.id, { side: offer.from, number: ++numbers[offer.from], date: offer.date, total: new Dec(0), currency: context?.baseCurrency ?? '', ...(name ? { name } : {}) })
    }
    offerLabels.set(offers, labels)
  }
  return labels.get(id) ?? null
}

/** "part 2 amount" / 第2部分的金额: a field by its path; a part of the path the catalogue has no word for stays as written. */
export function fieldText(field: string, words: Words): string {
  // The tracker block and the settings object are containers a reader never sees: "quick-sale factor", not "settings quick-sale factor".
  const all = pathSegments(field)
  const segments = all.filter((segment, i) => segment !== 'tracker' && !(segment === 'settings' && i === 0 && all.length > 1))
  let text = ''
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i]!
    const next = segments[i + 1]
    let word: string
    if (typeof segment === 'string' && typeof next === 'number') {
      word = wordOr(words, `${K}.container.${CONTAINERS.has(segment) ? segment : 'items'}`, `${segment}[${next}]`, { n: next + 1 })
      i++
    } else word = typeof segment === 'number' ? wordOr(words, `${K}.container.items`, String(segment), { n: segment + 1 }) : wordOr(words, `${K}.field.${segment}`, isolate(segment))
    text = text === '' ? word : words.text(`${K}.inside`, { container: text, field: word })
  }
  return text
}

/** What changed: "offer o3 part 2 amount", "the case title". */
export function changedText(change: FieldChange, words: Words, context?: CaseFile | null): string {
  // An exchange rate's one figure: "rate CNY", not "rate CNY rate".
  if (change.record?.list === 'fx' && change.field === 'perBase') return recordText(change, words, context)
  const field = fieldText(change.field, words)
  if (!change.record) return words.text(`${K}.case`, { field })
  const nested = pathSegments(change.field).some((segment) => typeof segment === 'number')
  return words.text(`${K}.${nested ? 'nested' : 'direct'}`, { record: recordText(change, words, context), field })
}

/** The currency an amount at `segments` is in: that of the nearest object around it that names one. */
function currencyAt(record: Record<string, unknown> | null, segments: readonly Segment[]): string | null {
  let node: unknown = record
  let currency: string | null = null
  for (const segment of segments.slice(0, -1)) {
    if (isObject(node) && typeof node.currency === 'string') currency = node.currency
    node = isObject(node) || Array.isArray(node) ? (node as Record<string, unknown>)[segment as string] : undefined
  }
  if (isObject(node) && typeof node.currency === 'string') currency = node.currency
  return currency
}

/** One side of a change as a reader wants it: money with its currency, dates, the format's words, names of parties; other text quoted. */
export function valueText(change: FieldChange, side: 'before' | 'after', words: Words, context?: CaseFile | null): string {
  const value = change[side]
  if (value === null) return ''
  const segments = pathSegments(change.field)
  const leaf = segments[segments.length - 1]
  const key = typeof leaf === 'string' ? leaf : ''
  if (change.field === '') return words.text(`${K}.quoted`, { value: isolate(value) })
  if (MONEY_FIELDS.has(key) && /^\d+(\.\d+)?$/.test(value)) {
    const currency = change.record ? currencyAt(recordOf(change, context), segments) : null
    if (currency) return words.money(new Dec(value), currency)
  }
  if (DATE_FIELDS.has(key) && /^\d{4}-\d{2}-\d{2}$/.test(value)) return words.date(value)
  if (VALUE_WORDS[key]) return wordOr(words, `${VALUE_WORDS[key]}.${value}`, isolate(value))
  if (key === 'currency' || key === 'baseCurrency') return isolate(currencyWord(value, words))
  if (key === 'final') return words.text(`${K}.${value === 'true' ? 'yes' : 'no'}`)
  if (key === 'partyId' || key === 'ownerId') {
    const party = context?.parties.find((p) => p.id === value)
    return party ? partyLabel(party, words) : isolate(value)
  }
  if (key === 'perBase' || key === 'quickSaleFactor' || key === 'concessionShrinkFactor' || key === 'thirdPartyMajority') return value
  if (change.field === 'settings') {
    // The settings set at once (a case's first save): each by its name, not as JSON.
    const settings = parsedObject(value)
    if (settings)
      return Object.entries(settings)
        .map(([name, setting]) => words.text(`${K}.setting`, { field: fieldText(`settings.${name}`, words), value: typeof setting === 'string' ? setting : JSON.stringify(setting) }))
        .join(words.text(`${K}.separator`))
  }
  return words.text(`${K}.quoted`, { value: isolate(value) })
}

function parsedObject(text: string): Record<string, unknown> | null {
  try {
    const parsed: unknown = JSON.parse(text)
    return isObject(parsed) ? parsed : null
  } catch {
    return null
  }
}

const timeFormats = new Map<string, Intl.DateTimeFormat>()

/** An instant as the history dates it: "6 Dec 2026 09:14" / 2026年12月6日 09:14, in `timeZone` (the device's own when absent). */
export function historyTime(iso: string, locale: string, timeZone?: string): string {
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return iso
  const chinese = locale.toLowerCase().startsWith('zh')
  const key = `${chinese ? 'zh' : 'en'}|${timeZone ?? ''}`
  let format = timeFormats.get(key)
  if (!format) {
    format = new Intl.DateTimeFormat(chinese ? 'zh-CN' : 'en-GB', { year: 'numeric', month: chinese ? 'numeric' : 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone })
    timeFormats.set(key, format)
  }
  const parts = format.formatToParts(date)
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? ''
  const clock = `${part('hour')}:${part('minute')}`
  return chinese ? `${part('year')}年${part('month')}月${part('day')}日 ${clock}` : `${part('day')} ${part('month')} ${part('year')} ${clock}`
}

export interface ChronologyOptions {
  /** The workspace's devices, to name the device of each entry. */
  devices: readonly DeviceRecord[]
  /** The case as it stands: the currencies of amounts, whether an offer is a demand, the names of parties. */
  context?: CaseFile | null
  /** The time zone the lines are dated in; the device's own when absent. */
  timeZone?: string
}

/** The name of the device that signed an entry, or "unknown device". */
export function deviceText(fingerprint: string, words: Words, devices: readonly DeviceRecord[]): string {
  const device = devices.find((d) => d.fingerprint === fingerprint)
  return device ? isolate(device.deviceName) : words.text(`${K}.unknownDevice`)
}

/** One entry as a dated line of the chronology. */
export function chronologyLine(entry: HistoryEntry, words: Words, options: ChronologyOptions): string {
  const { context } = options
  const params: Record<string, unknown> = {
    at: historyTime(entry.at, words.locale, options.timeZone),
    author: isolate(entry.author),
    device: deviceText(entry.device, words, options.devices),
  }
  let line: string
  if (entry.record && entry.field === '') line = words.text(`${K}.${entry.before === null ? 'added' : 'removed'}`, { ...params, record: recordText(entry, words, context) })
  else {
    const what = changedText(entry, words, context)
    const before = valueText(entry, 'before', words, context)
    const after = valueText(entry, 'after', words, context)
    const template = entry.before === null ? 'set' : entry.after === null ? 'cleared' : 'changed'
    line = words.text(`${K}.${template}`, { ...params, what, before, after })
  }
  if (!words.locale.toLowerCase().startsWith('zh')) return line
  // The date and time lead the line, set apart as the example writes them; the sentence after them is set as Chinese is.
  const lead = `${params.at as string} `
  return line.startsWith(lead) ? lead + tidyChinese(line.slice(lead.length)) : tidyChinese(line)
}

/** The history as a chronology, oldest first; the entries of one save in the order they were written (inHistoryOrder). */
export function chronology(entries: readonly StoredEntry[], words: Words, options: ChronologyOptions): { hash: string; at: string; line: string }[] {
  return inHistoryOrder(entries).map(({ hash, entry }) => ({ hash, at: entry.at, line: chronologyLine(entry, words, options) }))
}
