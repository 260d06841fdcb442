// An exported case may carry its history under extra.tracker.history (docs/sync.md §6.3):
// a valid block round-trips through the parser, a malformed one is reported at its full path.
import { describe, expect, it } from 'vitest'
import { CaseFileError, caseTracker, parseCaseFile, parseCaseFileText, withCaseTracker, type CaseFile } from '@/domain'
import { changesBetween, type HistoryBlock } from '@/domain/history'
import { appendChanges, verifyHistory } from '@/sync/history'
import { team, writer } from '../../sync/history/team'

const file = (): CaseFile =>
  parseCaseFile({
    format: 'restitution-case',
    version: 1,
    id: 'case-1',
    title: 'Harbor Tools v. Huaxin',
    baseCurrency: 'USD',
    parties: [{ id: 'p1', name: 'Zhang Wei', role: 'seller' }],
  })

async function withHistory(): Promise<{ exported: CaseFile; history: HistoryBlock }> {
  const { laptop, devices } = await team()
  const entries = await appendChanges([], changesBetween(null, file()), writer(laptop, '2026-12-06T09:14:03.120Z'))
  const history: HistoryBlock = { entries, devices, revocations: [] }
  return { exported: withCaseTracker(file(), { history }), history }
}

function issuesOf(input: unknown): { path: string; message: string }[] {
  try {
    parseCaseFile(input)
  } catch (error) {
    if (error instanceof CaseFileError) return error.issues
    throw error
  }
  return []
}

describe('the history block of an exported case', () => {
  it('round-trips through the parser, and still verifies', async () => {
    const { exported, history } = await withHistory()
    const read = parseCaseFileText(JSON.stringify(exported))
    expect(caseTracker(read).history).toEqual(history)
    const block = caseTracker(read).history!
    expect(await verifyHistory(block.entries, block.devices, block.revocations)).toEqual({ ok: true, entries: history.entries.length, devices: 3 })
  })

  it.each([
    ['an after that is a number', (h: HistoryBlock) => ((h.entries[0]!.entry as unknown as Record<string, unknown>).after = 300000), 'extra.tracker.history.entries[0].entry.after'],
    ['a signature that is not one', (h: HistoryBlock) => (h.entries[1]!.entry.sig = 'not a signature'), 'extra.tracker.history.entries[1].entry.sig'],
    ['a hash that is not hex', (h: HistoryBlock) => (h.entries[0]!.hash = 'XYZ'), 'extra.tracker.history.entries[0].hash'],
    ['a parent that is not a hash', (h: HistoryBlock) => (h.entries[1]!.entry.parents = ['o3']), 'extra.tracker.history.entries[1].entry.parents[0]'],
    ['an unknown list', (h: HistoryBlock) => (h.entries[1]!.entry.record = { list: 'notes' as 'fx', id: 'n1' }), 'extra.tracker.history.entries[1].entry.record.list'],
    ['an unknown key in a device', (h: HistoryBlock) => ((h.devices[0] as unknown as Record<string, unknown>).colour = 'red'), 'extra.tracker.history.devices[0].colour'],
    ['a revocation without its time', (h: HistoryBlock) => h.revocations.push({ fingerprint: h.devices[0]!.fingerprint, by: h.devices[0]!.fingerprint, sig: h.devices[0]!.sig } as HistoryBlock['revocations'][number]), 'extra.tracker.history.revocations[0].at'],
  ])('reports %s at its path', async (_what, spoil, path) => {
    const { exported } = await withHistory()
    const copy = JSON.parse(JSON.stringify(exported)) as { extra: { tracker: { history: HistoryBlock } } }
    spoil(copy.extra.tracker.history)
    const issues = issuesOf(copy)
    expect(issues.map((issue) => issue.path)).toContain(path)
    expect(issues.every((issue) => issue.path.startsWith('extra.tracker.history'))).toBe(true)
  })
})
