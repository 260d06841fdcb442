// npm run bench: how fast the engine reads and summarizes big cases.
//
// For cases of 1,000, 5,000 and 20,000 offers it measures, in one run:
//   - parse and validate (parseCaseFileText on the JSON text, as exported);
//   - summarizeCase on the parsed case;
//   - a "floor": a bare Dec loop doing the same conversions and sums and nothing
//     else (no sorting, no assessment, no messages), to see what summarizeCase
//     costs on top of the arithmetic it cannot avoid.
// Then it times parse and validate of a case file of just under 5 MiB.
//
// Method: generated cases are checked first (parse must accept them, and the floor
// must agree with summarizeCase on every figure it computes); each measurement is
// warmed up, then repeated, and the median is reported; summarize and floor runs
// alternate, so the noise of a shared machine hits both. Targets are reported as
// PASS or MISS, and the exit code is 0 either way: only a broken case fails the run.
import { cpus, loadavg } from 'node:os'
import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'
import {
  CaseFileError,
  Dec,
  MAX_FILE_BYTES,
  demandParts,
  ZERO,
  parseCaseFile,
  parseCaseFileText,
  summarizeCase,
  type CaseFile,
  type CaseSummary,
  type ComponentKind,
  type SignalCode,
} from '../src/domain'
import { generateCaseOfBytes, generateCaseText, utf8Bytes } from '../tests/support/generateCase'

const SIZES = [
  { offers: 1_000, reps: 7, parseReps: 7, warmup: 3 },
  { offers: 5_000, reps: 7, parseReps: 7, warmup: 3 },
  { offers: 20_000, reps: 5, parseReps: 3, warmup: 2 },
] as const
const FILE_REPS = 7
const TARGET_RATIO = 2
const TARGET_RATIO_AT = 5_000
const TARGET_PARSE_MS = 500

// ---------------------------------------------------------------------------
// The floor: the conversions and sums summarizeCase has to do, and nothing else.

type RoleBuckets = { seller: Dec; family: Dec; associate: Dec }
type KindBuckets = Record<ComponentKind, Dec>

interface FloorResult {
  lossTotal: Dec
  costTotal: Dec
  receivedTotal: Dec
  /** Offer totals in file order: kept so nothing computed is dead. */
  offerTotals: Dec[]
}

type FloorCheck = (id: string, total: Dec, byRole: RoleBuckets | null, byKind: KindBuckets | null) => void

/**
 * For each loss, payment and cost: new Dec(amount), divided by the rate when
 * foreign, added to a total. For each seller offer component: converted the same
 * way and added to the offer's total, to its role's bucket and to its kind's
 * bucket. For each buyer demand: its amount converted. `check`, only outside the
 * timed runs, receives every offer's figures.
 */
export function floor(file: CaseFile, check?: FloorCheck): FloorResult {
  const base = file.baseCurrency
  const rates = new Map<string, Dec>()
  for (const rate of file.fx) rates.set(rate.currency, new Dec(rate.perBase))
  const roles = new Map<string, string>()
  for (const party of file.parties) roles.set(party.id, party.role)
  const toBase = (amount: string, currency: string): Dec => {
    const value = new Dec(amount)
    if (currency === base) return value
    const rate = rates.get(currency)
    if (rate === undefined) throw new Error(`No exchange rate for ${currency}`)
    return value.div(rate)
  }

  let lossTotal = ZERO
  for (const loss of file.losses) lossTotal = lossTotal.plus(toBase(loss.amount, loss.currency))
  let receivedTotal = ZERO
  for (const payment of file.payments) receivedTotal = receivedTotal.plus(toBase(payment.amount, payment.currency))
  let costTotal = ZERO
  for (const cost of file.costs) costTotal = costTotal.plus(toBase(cost.amount, cost.currency))

  const offerTotals: Dec[] = []
  for (const offer of file.offers) {
    if (offer.from === 'buyer') {
      let total = ZERO
      for (const part of demandParts(offer)) total = total.plus(toBase(part.amount, part.currency))
      offerTotals.push(total)
      if (check) check(offer.id, total, null, null)
      continue
    }
    let total = ZERO
    const byRole: RoleBuckets = { seller: ZERO, family: ZERO, associate: ZERO }
    const byKind: KindBuckets = { cash: ZERO, installments: ZERO, mortgage: ZERO, 'property-sale': ZERO, other: ZERO }
    for (const component of offer.components) {
      const amount = toBase(component.amount, component.currency)
      total = total.plus(amount)
      const role = roles.get(component.partyId)
      if (role === 'seller') byRole.seller = byRole.seller.plus(amount)
      else if (role === 'family') byRole.family = byRole.family.plus(amount)
      else if (role === 'associate') byRole.associate = byRole.associate.plus(amount)
      byKind[component.kind] = byKind[component.kind].plus(amount)
    }
    offerTotals.push(total)
    if (check) check(offer.id, total, byRole, byKind)
  }
  return { lossTotal, costTotal, receivedTotal, offerTotals }
}

// ---------------------------------------------------------------------------
// Checks: a generated case that the engine refuses, or a floor that computes
// something else than summarizeCase, makes every figure meaningless.

function fail(message: string, details: string[] = []): never {
  console.error(`\nbench: ${message}`)
  for (const line of details) console.error(`  ${line}`)
  process.exit(1)
}

function parseOrFail(what: string, parse: () => CaseFile): CaseFile {
  try {
    return parse()
  } catch (error) {
    if (error instanceof CaseFileError)
      fail(
        `the generated ${what} is not a valid case file (${error.issues.length} problems):`,
        error.issues.slice(0, 20).map((issue) => `${issue.path || '(file)'}: ${issue.message}`),
      )
    throw error
  }
}

const ALL_SIGNALS: readonly SignalCode[] = [
  'FAMILY_IMMEDIATE',
  'FAMILY_EXTENDED',
  'FAMILY_PROPERTY',
  'SELLER_PROPERTY',
  'THIRD_PARTY_MAJORITY',
  'CONCESSIONS_SHRINKING',
]

function checkCase(file: CaseFile, summary: CaseSummary, offers: number): string {
  const sellers = file.offers.filter((offer) => offer.from === 'seller').length
  const problems: string[] = []
  if (file.offers.length !== offers) problems.push(`${file.offers.length} offers instead of ${offers}`)
  if (sellers === 0 || sellers === file.offers.length) problems.push('seller offers and buyer demands are not mixed')
  if (file.losses.length === 0 || file.payments.length === 0 || file.costs.length === 0) problems.push('losses, payments or costs missing')
  const seen = new Map<SignalCode, number>()
  for (const offer of summary.offers)
    for (const signal of offer.assessment?.signals ?? []) seen.set(signal.code, (seen.get(signal.code) ?? 0) + 1)
  const missing = ALL_SIGNALS.filter((code) => !seen.has(code))
  if (missing.length > 0) problems.push(`no offer shows ${missing.join(', ')}`)

  // The floor must compute exactly what summarizeCase computes.
  const byId = new Map(summary.offers.map((offer) => [offer.id, offer]))
  const result = floor(file, (id, total, byRole, byKind) => {
    const figures = byId.get(id)
    if (!figures) return void problems.push(`floor: offer ${id} has no summary`)
    const differs =
      !figures.total.eq(total) ||
      (byRole !== null &&
        (!figures.bySeller.eq(byRole.seller) || !figures.byFamily.eq(byRole.family) || !figures.byAssociates.eq(byRole.associate))) ||
      (byKind !== null && (Object.keys(byKind) as ComponentKind[]).some((kind) => !figures.byKind[kind].eq(byKind[kind])))
    if (differs && problems.length < 20) problems.push(`floor: offer ${id} differs from summarizeCase`)
  })
  if (!result.lossTotal.eq(summary.lossTotal) || !result.costTotal.eq(summary.costTotal) || !result.receivedTotal.eq(summary.receivedTotal))
    problems.push('floor: totals differ from summarizeCase')
  if (problems.length > 0) fail(`the generated case of ${offers} offers is not what the bench needs:`, problems)

  const levels = { likely: 0, possible: 0, 'not-indicated': 0 }
  for (const offer of summary.offers) if (offer.assessment) levels[offer.assessment.level]++
  return (
    `${sellers.toLocaleString('en-US')} seller offers, ${(file.offers.length - sellers).toLocaleString('en-US')} demands, ` +
    `${file.losses.length} losses, ${file.payments.length} payments, ${file.costs.length} costs; ` +
    `levels ${levels.likely}/${levels.possible}/${levels['not-indicated']} (likely/possible/none)`
  )
}

// ---------------------------------------------------------------------------
// Timing.

/** A full collection before each timed run, when this Node lets us have one. */
const collect: () => void = (() => {
  const exposed = (globalThis as { gc?: () => void }).gc
  if (typeof exposed === 'function') return exposed
  try {
    setFlagsFromString('--expose-gc')
    const gc: unknown = runInNewContext('gc')
    if (typeof gc === 'function') return gc as () => void
  } catch {
    // No forced collection: the figures are only noisier.
  }
  return () => undefined
})()

/** Holds the last result of each timed run, so no work is ever dead code. */
const keep: unknown[] = []
function time(run: () => unknown): number {
  collect()
  const start = performance.now()
  keep[0] = run()
  return performance.now() - start
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1 ? (sorted[mid] ?? NaN) : ((sorted[mid - 1] ?? NaN) + (sorted[mid] ?? NaN)) / 2
}

const ms = (value: number) => `${value >= 100 ? value.toFixed(0) : value.toFixed(1)} ms`
const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MiB`
const count = (value: number) => value.toLocaleString('en-US')

function table(header: string[], rows: string[][], rightAligned: boolean[]): void {
  const widths = header.map((cell, i) => Math.max(cell.length, ...rows.map((row) => (row[i] ?? '').length)))
  const line = (cells: string[]) =>
    cells.map((cell, i) => (rightAligned[i] ? cell.padStart(widths[i] ?? 0) : cell.padEnd(widths[i] ?? 0))).join('  ').trimEnd()
  console.log(line(header))
  console.log(widths.map((width) => '-'.repeat(width)).join('  '))
  for (const row of rows) console.log(line(row))
}

// ---------------------------------------------------------------------------

interface SizeResult {
  offers: number
  bytes: number
  viaText: boolean
  parse: number[]
  summarize: number[]
  /** summarizeCase, then reading every offer's ratio and assessment (computed on first read). */
  full: number[]
  floor: number[]
  pairRatios: number[]
}

function summarizeAndReadAll(file: CaseFile): CaseSummary {
  const summary = summarizeCase(file)
  for (const offer of summary.offers) keep[1] = [offer.ratio, offer.assessment]
  return summary
}

function benchSize(size: (typeof SIZES)[number]): SizeResult {
  const text = generateCaseText({ offers: size.offers })
  const bytes = utf8Bytes(text)
  // parseCaseFileText refuses a file over 5 MiB (by design); a bigger case is then
  // read the way parseCaseFileText reads a smaller one, minus that refusal.
  const viaText = bytes <= MAX_FILE_BYTES
  const read = viaText ? () => parseCaseFileText(text) : () => parseCaseFile(JSON.parse(text))
  if (!viaText) {
    try {
      parseCaseFileText(text)
      fail(`parseCaseFileText accepted ${count(bytes)} bytes, over the 5 MiB limit`)
    } catch (error) {
      if (!(error instanceof CaseFileError)) throw error
    }
  }
  const file = parseOrFail(`case of ${count(size.offers)} offers`, read)
  const about = checkCase(file, summarizeCase(file), size.offers)
  console.log(`  ${count(size.offers).padStart(6)} offers: ${mib(bytes)}, ${about}`)

  for (let i = 0; i < size.warmup; i++) {
    keep[0] = summarizeCase(file)
    keep[0] = floor(file)
  }
  for (let i = 0; i < Math.min(2, size.warmup); i++) keep[0] = read()

  const result: SizeResult = { offers: size.offers, bytes, viaText, parse: [], summarize: [], full: [], floor: [], pairRatios: [] }
  for (let i = 0; i < size.parseReps; i++) result.parse.push(time(read))
  for (let i = 0; i < size.reps; i++) {
    // Alternate which goes first, so neither always runs right after the other's garbage.
    let summarizeMs: number
    let floorMs: number
    if (i % 2 === 0) {
      summarizeMs = time(() => summarizeCase(file))
      floorMs = time(() => floor(file))
    } else {
      floorMs = time(() => floor(file))
      summarizeMs = time(() => summarizeCase(file))
    }
    result.full.push(time(() => summarizeAndReadAll(file)))
    result.summarize.push(summarizeMs)
    result.floor.push(floorMs)
    result.pairRatios.push(summarizeMs / floorMs)
  }
  return result
}

interface FileResult {
  label: string
  offers: number
  bytes: number
  parse: number[]
}

function benchFile(label: string, space: 0 | 2): FileResult {
  const sized = generateCaseOfBytes(MAX_FILE_BYTES, {}, space)
  const read = () => parseCaseFileText(sized.text)
  parseOrFail(`${label} file of ${count(sized.bytes)} bytes`, read)
  for (let i = 0; i < 2; i++) keep[0] = read()
  const parse: number[] = []
  for (let i = 0; i < FILE_REPS; i++) parse.push(time(read))
  return { label, offers: sized.offers, bytes: sized.bytes, parse }
}

function main(): void {
  const started = performance.now()
  const cpu = cpus()
  console.log('Restitution engine benchmark')
  console.log(
    `Node ${process.version}, ${process.platform} ${process.arch}, ${cpu.length} CPU(s) ${cpu[0]?.model.trim() ?? ''}, ` +
      `load average ${loadavg()
        .map((value) => value.toFixed(2))
        .join(' ')}`,
  )
  console.log('Medians after warm-up; summarize and floor runs interleaved; gc before each run.\n')

  console.log('Generated cases (checked: valid, every signal present, floor equal to summarizeCase):')
  const results = SIZES.map(benchSize)
  console.log('\nReading 5 MiB files...')
  const files = [benchFile('exported (2-space indent)', 2), benchFile('compact JSON', 0)]

  console.log('\nCases (3 components per seller offer; median of N runs)\n')
  table(
    ['offers', 'JSON size', 'runs', 'parse+validate', 'summarizeCase', 'floor', 'summarize/floor', 'ratio range', 'all read', 'all/floor'],
    results.map((r) => {
      const ratios = [...r.pairRatios].sort((a, b) => a - b)
      return [
        count(r.offers),
        mib(r.bytes),
        `${r.parse.length}/${r.summarize.length}`,
        `${ms(median(r.parse))}${r.viaText ? '' : ' *'}`,
        ms(median(r.summarize)),
        ms(median(r.floor)),
        `${(median(r.summarize) / median(r.floor)).toFixed(2)}x`,
        `${(ratios[0] ?? NaN).toFixed(2)}-${(ratios[ratios.length - 1] ?? NaN).toFixed(2)}x`,
        ms(median(r.full)),
        `${(median(r.full) / median(r.floor)).toFixed(2)}x`,
      ]
    }),
    [true, true, true, true, true, true, true, true, true, true],
  )
  console.log('all read: summarizeCase, then every offer\'s ratio and assessment read (both are worked out on first read).')
  if (results.some((r) => !r.viaText))
    console.log('* over 5 MiB, which parseCaseFileText refuses: timed as JSON.parse + parseCaseFile, the same work.')
  console.log('runs: parse/summarize-and-floor pairs; ratio range: lowest and highest summarize/floor of a pair.')

  console.log('\nFiles of just under 5 MiB (5,242,880 bytes), parseCaseFileText\n')
  table(
    ['file', 'offers', 'bytes', 'runs', 'median', 'min', 'max'],
    files.map((f) => [
      f.label,
      count(f.offers),
      count(f.bytes),
      String(f.parse.length),
      ms(median(f.parse)),
      ms(Math.min(...f.parse)),
      ms(Math.max(...f.parse)),
    ]),
    [false, true, true, true, true, true, true],
  )

  const at = results.find((r) => r.offers === TARGET_RATIO_AT)
  const ratio = at ? median(at.summarize) / median(at.floor) : NaN
  const worstFile = files.reduce((worst, f) => (median(f.parse) > median(worst.parse) ? f : worst))
  const parseMs = median(worstFile.parse)
  console.log('\nTargets (reported only; the machine is shared and noisy, so the exit code is 0 either way)\n')
  table(
    ['target', 'measured', 'limit', 'result'],
    [
      [`summarizeCase vs floor at ${count(TARGET_RATIO_AT)} offers`, `${ratio.toFixed(2)}x`, `<= ${TARGET_RATIO.toFixed(2)}x`, ratio <= TARGET_RATIO ? 'PASS' : 'MISS'],
      [`parse+validate of a 5 MiB file (${worstFile.label.split(' ')[0]}, the slower)`, ms(parseMs), `< ${TARGET_PARSE_MS} ms`, parseMs < TARGET_PARSE_MS ? 'PASS' : 'MISS'],
    ],
    [false, true, true, false],
  )
  console.log(`\nTotal time ${((performance.now() - started) / 1000).toFixed(1)} s`)
}

main()
