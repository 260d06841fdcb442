// Deterministic generator of large, valid case files (case-format.md, version 1),
// for the benchmark and for any test that needs a big case (e.g. 5,000 offers).
//
//   generateCase({ offers: 5000 })          → the case as a plain JSON-ready object
//   generateCaseText({ offers: 5000 })      → that object as JSON text
//   generateCaseOfBytes(5 * 1024 * 1024)    → the largest generated case that fits
//
// Same options, same seed → byte-for-byte the same case, on every machine.
import type * as z from 'zod'
import type { caseFileSchema } from '../../src/domain/caseFile/schema'

/** A case file as written in JSON, before normalization (what parseCaseFile accepts). */
export type CaseFileInput = z.input<typeof caseFileSchema>
type OfferInput = NonNullable<CaseFileInput['offers']>[number]
type ComponentInput = Extract<OfferInput, { from: 'seller' }>['components'][number]

export interface GenerateOptions {
  /** Number of offers, seller offers and buyer demands together. */
  offers: number
  /** PRNG seed; the default gives the benchmark's cases. */
  seed?: number
  /** Share of the offers that are seller offers (the rest are buyer demands). Default 0.7. */
  sellerShare?: number
  /** Components per seller offer. Default 3. */
  componentsPerOffer?: number
  /** Defaults: offers / 4, offers / 10 and offers / 20 (at least 5, 3 and 2). */
  losses?: number
  payments?: number
  costs?: number
}

export const DEFAULT_SEED = 0x5eed2024
export const BASE_CURRENCY = 'USD'
/** perBase rates that do not divide evenly, so every conversion is a real 50-digit division. */
export const FX = [
  { currency: 'CNY', perBase: '7.2', asOf: '2024-05-02', source: 'Bank of China quote' },
  { currency: 'HKD', perBase: '7.8123', asOf: '2024-05-02', source: 'HSBC quote' },
] as const

/** mulberry32: small, fast, and the same on every platform. */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

class Random {
  private readonly next: () => number

  constructor(seed: number) {
    this.next = mulberry32(seed)
  }

  float(): number {
    return this.next()
  }

  /** An integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1))
  }

  chance(p: number): boolean {
    return this.next() < p
  }

  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.next() * items.length)]
    if (item === undefined) throw new Error('pick from an empty list')
    return item
  }

  /** Picks by weight: [[value, weight], ...]. */
  weighted<T>(entries: readonly (readonly [T, number])[]): T {
    let total = 0
    for (const [, weight] of entries) total += weight
    let roll = this.next() * total
    for (const [value, weight] of entries) {
      roll -= weight
      if (roll < 0) return value
    }
    const last = entries[entries.length - 1]
    if (!last) throw new Error('weighted pick from an empty list')
    return last[0]
  }

  /**
   * An amount string between min and max (whole units), greater than zero, with
   * 0, 1 or 2 decimals: "48250", "48250.5", "48250.37".
   */
  amount(min: number, max: number): string {
    const cents = Math.max(1, this.int(Math.round(min * 100), Math.round(max * 100)))
    const decimals = this.weighted([
      [0, 3],
      [1, 1],
      [2, 6],
    ] as const)
    if (decimals === 0) return String(Math.max(1, Math.round(cents / 100)))
    if (decimals === 1) {
      const tenths = Math.max(1, Math.round(cents / 10))
      return `${Math.floor(tenths / 10)}.${tenths % 10}`
    }
    return `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`
  }
}

const DAY_MS = 86_400_000
const START = Date.UTC(2019, 0, 1)

function isoDate(day: number): string {
  return new Date(START + day * DAY_MS).toISOString().slice(0, 10)
}

// Several parties of each role; family with immediate and extended relations.
// Some names are Chinese, so the UTF-8 size of the file differs from its length.
const PARTIES = [
  { id: 's1', name: 'Zhang Wei 张伟', role: 'seller' },
  { id: 's2', name: 'Yiwu Huaxin Trading Co., Ltd. 义乌华新贸易有限公司', role: 'seller' },
  { id: 's3', name: 'Huaxin (HK) Holdings Ltd', role: 'seller' },
  { id: 'f1', name: 'Li Na 李娜', role: 'family', relation: 'spouse' },
  { id: 'f2', name: 'Zhang Guoqiang 张国强', role: 'family', relation: 'parent' },
  { id: 'f3', name: 'Zhang Min 张敏', role: 'family', relation: 'sibling' },
  { id: 'f4', name: 'Zhang Hao', role: 'family', relation: 'child' },
  { id: 'f5', name: 'Zhang Lei 张磊', role: 'family', relation: 'cousin' },
  { id: 'f6', name: 'Wang Fang 王芳', role: 'family', relation: 'aunt-uncle' },
  { id: 'f7', name: 'Li Jianguo 李建国', role: 'family', relation: 'in-law' },
  { id: 'f8', name: 'Zhang Shulan', role: 'family', relation: 'grandparent' },
  { id: 'a1', name: 'Chen Jie 陈杰', role: 'associate', note: 'business partner' },
  { id: 'a2', name: 'Liu Yang', role: 'associate', note: 'guarantor' },
  { id: 'a3', name: 'Zhou Ming Logistics', role: 'associate' },
] as const satisfies NonNullable<CaseFileInput['parties']>

// Properties owned by a seller, by immediate and extended family, and by an associate.
const PROPERTIES = [
  { id: 'h1', ownerId: 's1', description: 'Flat, Futian district', location: 'Shenzhen', marketValue: '3200000', encumbrances: '1150000.00', currency: 'CNY' },
  { id: 'h2', ownerId: 'f2', description: 'Family house', location: 'Yiwu, Zhejiang', marketValue: '1800000', encumbrances: '400000', currency: 'CNY', valuedOn: '2024-03-15', valuationSource: 'Agent estimate' },
  { id: 'h3', ownerId: 'f7', description: 'Flat, Sha Tin', location: 'Hong Kong', marketValue: '6850000', currency: 'HKD' },
  { id: 'h4', ownerId: 'f5', description: 'Shop unit 商铺', location: 'Jinhua', marketValue: '950000.50', encumbrances: '0', currency: 'CNY' },
  { id: 'h5', ownerId: 'a1', description: 'Warehouse lot', location: 'Ningbo', marketValue: '2400000', encumbrances: '900000', currency: 'CNY' },
] as const satisfies NonNullable<CaseFileInput['properties']>

const CURRENCIES = [
  ['CNY', 5],
  ['USD', 3],
  ['HKD', 2],
] as const
const LOSS_CATEGORIES = [
  ['payment', 6],
  ['shipping', 2],
  ['inspection', 1],
  ['bank-fee', 1],
  ['other', 1],
] as const
const SELLER_STATUSES = [
  ['rejected', 45],
  ['countered', 25],
  ['withdrawn', 10],
  ['open', 15],
  ['accepted', 5],
] as const
const BUYER_STATUSES = [
  ['rejected', 30],
  ['countered', 40],
  ['withdrawn', 10],
  ['open', 15],
  ['accepted', 5],
] as const

/** Generates a valid case with the given number of offers. Deterministic for a given seed. */
export function generateCase(options: GenerateOptions): CaseFileInput {
  const offerCount = Math.max(0, Math.floor(options.offers))
  const rng = new Random(options.seed ?? DEFAULT_SEED)
  const sellerShare = options.sellerShare ?? 0.7
  const perOffer = Math.max(1, options.componentsPerOffer ?? 3)
  const lossCount = options.losses ?? Math.max(5, Math.round(offerCount / 4))
  const paymentCount = options.payments ?? Math.max(3, Math.round(offerCount / 10))
  const costCount = options.costs ?? Math.max(2, Math.round(offerCount / 20))
  // The talks last about three days per offer; dates jitter so sorting has work to do.
  const span = Math.max(30, offerCount * 3)

  const losses: NonNullable<CaseFileInput['losses']> = []
  for (let i = 1; i <= lossCount; i++) {
    const category = rng.weighted(LOSS_CATEGORIES)
    losses.push({
      id: `l${i}`,
      date: isoDate(rng.int(0, 180)),
      description: `${category === 'payment' ? 'Deposit, wire' : category === 'shipping' ? 'Freight' : category === 'inspection' ? 'Pre-shipment inspection' : category === 'bank-fee' ? 'Bank charges' : 'Sundry loss'} #${i}`,
      category,
      amount: category === 'payment' ? rng.amount(5_000, 250_000) : rng.amount(50, 8_000),
      currency: rng.weighted(CURRENCIES),
      ...(rng.chance(0.3) ? { evidence: `Bank statement p.${rng.int(1, 40)}` } : {}),
    })
  }

  const offers: OfferInput[] = []
  let sellerIndex = 0
  let demandIndex = 0
  let lastSellerId: string | undefined
  let lastDemandId: string | undefined
  for (let i = 0; i < offerCount; i++) {
    const day = Math.min(span + 200, Math.max(181, 181 + Math.round((i / Math.max(1, offerCount)) * span) + rng.int(-10, 10)))
    const date = isoDate(day)
    // Offers grow slowly over the talks, with noise, so concessions rise, shrink and go back.
    const progress = 1 + (2 * i) / Math.max(1, offerCount)
    if (rng.chance(sellerShare)) {
      sellerIndex++
      const id = `o${sellerIndex}`
      const components: ComponentInput[] = []
      for (let c = 0; c < perOffer; c++) components.push(component(rng, c, progress))
      offers.push({
        id,
        date,
        from: 'seller',
        status: rng.weighted(SELLER_STATUSES),
        ...(sellerIndex === 1 ? { type: 'initial' as const } : rng.chance(0.5) ? { type: rng.pick(['counter', 'revised', 'final'] as const) } : {}),
        ...(rng.chance(0.05) ? { final: true } : {}),
        ...(rng.chance(0.3) ? { goodUntil: isoDate(day + rng.int(7, 30)) } : {}),
        ...(lastDemandId && rng.chance(0.6) ? { respondsTo: lastDemandId } : {}),
        ...(rng.chance(0.2) ? { note: `Proposed through local counsel, round ${sellerIndex}.` } : {}),
        components,
      })
      lastSellerId = id
    } else {
      demandIndex++
      const id = `d${demandIndex}`
      offers.push({
        id,
        date,
        from: 'buyer',
        status: rng.weighted(BUYER_STATUSES),
        ...(rng.chance(0.5) ? { type: rng.pick(['counter', 'revised', 'final'] as const) } : {}),
        ...(lastSellerId && rng.chance(0.7) ? { respondsTo: lastSellerId } : {}),
        ...(rng.chance(0.1) ? { note: 'Counter-demand sent by email.' } : {}),
        amount: rng.amount(150_000 * progress, 400_000 * progress),
        currency: rng.weighted([
          ['USD', 8],
          ['CNY', 1],
          ['HKD', 1],
        ] as const),
      })
      lastDemandId = id
    }
  }

  const payments: NonNullable<CaseFileInput['payments']> = []
  for (let i = 1; i <= paymentCount; i++) {
    const offer = offers.length > 0 && rng.chance(0.8) ? rng.pick(offers) : undefined
    payments.push({
      id: `r${i}`,
      date: isoDate(rng.int(200, span + 260)),
      amount: rng.amount(500, 60_000),
      currency: rng.weighted(CURRENCIES),
      ...(rng.chance(0.7) ? { partyId: rng.pick(PARTIES).id } : {}),
      ...(offer ? { offerId: offer.id } : {}),
      ...(rng.chance(0.2) ? { note: 'Received in escrow account.' } : {}),
    })
  }

  const costs: NonNullable<CaseFileInput['costs']> = []
  for (let i = 1; i <= costCount; i++) {
    costs.push({
      id: `k${i}`,
      date: isoDate(rng.int(150, span + 260)),
      description: rng.pick(['Local counsel retainer', 'Translation of judgment', 'Travel to Yiwu', 'Notary and apostille', 'Court filing fee']) + ` #${i}`,
      amount: rng.amount(200, 20_000),
      currency: rng.weighted(CURRENCIES),
    })
  }

  return {
    format: 'restitution-case',
    version: 1,
    id: `bench-${offerCount}`,
    title: `Benchmark case with ${offerCount.toLocaleString('en-US')} offers (Harbor Tools Ltd v. Yiwu Huaxin Trading)`,
    baseCurrency: BASE_CURRENCY,
    settings: { quickSaleFactor: '0.8', concessionShrinkFactor: '0.25', thirdPartyMajority: '0.5' },
    fx: FX.map((rate) => ({ ...rate })),
    parties: PARTIES.map((party) => ({ ...party })),
    losses,
    properties: PROPERTIES.map((property) => ({ ...property })),
    offers,
    payments,
    costs,
  }
}

/**
 * One component. The first is mostly the seller's own money, the second mostly
 * family, the third often a mortgage on or sale of a property; any of them can
 * come from anyone, so every signal shows up somewhere in a big case.
 */
function component(rng: Random, index: number, progress: number): ComponentInput {
  const currency = rng.weighted(CURRENCIES)
  const scale = currency === 'USD' ? 1 : currency === 'CNY' ? 7.2 : 7.8
  if (index % 3 === 2 && rng.chance(0.6)) {
    const property = rng.pick(PROPERTIES)
    // Usually the owner pledges the property; sometimes a relative signs for it.
    const partyId = rng.chance(0.8) ? property.ownerId : rng.pick(PARTIES).id
    return {
      partyId,
      kind: rng.chance(0.7) ? 'mortgage' : 'property-sale',
      amount: rng.amount(20_000 * scale * progress, 120_000 * scale * progress),
      currency,
      propertyId: property.id,
      ...(rng.chance(0.3) ? { dueDate: isoDate(rng.int(400, 1400)) } : {}),
    }
  }
  const pool = index % 3 === 0 ? PARTIES.filter((p) => p.role === 'seller') : index % 3 === 1 ? PARTIES.filter((p) => p.role === 'family') : PARTIES
  const party = rng.chance(0.75) ? rng.pick(pool) : rng.pick(PARTIES)
  return {
    partyId: party.id,
    kind: rng.weighted([
      ['cash', 5],
      ['installments', 3],
      ['other', 1],
    ] as const),
    amount: rng.amount(5_000 * scale * progress, 80_000 * scale * progress),
    currency,
    ...(rng.chance(0.15) ? { dueDate: isoDate(rng.int(400, 1400)) } : {}),
    ...(rng.chance(0.1) ? { note: 'Paid on signing of the pardon letter (谅解书).' } : {}),
  }
}

/**
 * The case as JSON text. `space` 2 (the default) is how the app exports a case;
 * 0 gives compact JSON, the densest a file of a given size can be.
 */
export function generateCaseText(options: GenerateOptions, space: 0 | 2 = 2): string {
  const text = JSON.stringify(generateCase(options), null, space || undefined)
  return space ? `${text}\n` : text
}

export function utf8Bytes(text: string): number {
  return Buffer.byteLength(text, 'utf8')
}

export interface SizedCase {
  text: string
  bytes: number
  offers: number
}

/**
 * The generated case with the most offers whose text is at most `maxBytes` UTF-8
 * bytes (so at most one offer's worth under the limit).
 */
export function generateCaseOfBytes(maxBytes: number, options: Omit<GenerateOptions, 'offers'> = {}, space: 0 | 2 = 2): SizedCase {
  const make = (offers: number): SizedCase => {
    const text = generateCaseText({ ...options, offers }, space)
    return { text, bytes: utf8Bytes(text), offers }
  }
  // Estimate from a sample, find a count that fits and one that does not, then bisect.
  // The size grows with the count almost but not exactly monotonically (dates and
  // amounts depend on the count), so the result is checked by its bytes, not assumed.
  const sample = make(1000)
  let low = make(Math.max(1, Math.floor((maxBytes / sample.bytes) * 1000)))
  while (low.bytes > maxBytes) {
    if (low.offers <= 1) throw new Error(`Even one offer is more than ${maxBytes} bytes`)
    low = make(Math.floor(low.offers * 0.97))
  }
  let high = low.offers + 1
  for (let probe = make(high); probe.bytes <= maxBytes; probe = make(high)) {
    low = probe
    high = low.offers + Math.max(1, Math.ceil(low.offers * 0.02))
  }
  while (high - low.offers > 1) {
    const mid = make(Math.floor((low.offers + high) / 2))
    if (mid.bytes <= maxBytes) low = mid
    else high = mid.offers
  }
  return low
}
