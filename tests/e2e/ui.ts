// Steps a user takes in the app, shared by the end-to-end tests.
import { resolve } from 'node:path'
import { expect } from 'vitest'
import type { Download, Locator, Page } from 'playwright-core'
import { Dec, formatMoney, formatPercent } from '../../src/domain'
import { FIXTURES, expectedFigures } from '../support/examples'

export const EXAMPLES = FIXTURES

/** A worked example's file (to import through the page) and its expected figures. */
export function example(name: string): { path: string; expected: ReturnType<typeof expectedFigures> } {
  return { path: resolve(EXAMPLES, `${name}.case.json`), expected: expectedFigures(name) }
}

/** Fills a form's fields by their visible labels: text is typed, selects are chosen by value. */
export async function fill(scope: Locator, values: Record<string, string | boolean>): Promise<void> {
  for (const [label, value] of Object.entries(values)) {
    // A required field's label ends with " *".
    const field = scope.getByLabel(new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}( \\*)?$`))
    const tag = await field.evaluate((el) => `${el.tagName}:${(el as HTMLInputElement).type}`)
    if (tag.startsWith('SELECT')) await field.selectOption(String(value))
    else if (tag === 'INPUT:checkbox') await field.setChecked(value === true)
    else await field.fill(String(value))
  }
}

export async function addRecord(page: Page, list: string, values: Record<string, string | boolean>): Promise<void> {
  await page.getByTestId(`add-${list}`).click()
  const form = page.locator(`#${list} .add-form`)
  await fill(form, values)
  await form.getByRole('button', { name: 'Add', exact: true }).click()
  await expect.poll(() => form.count()).toBe(0)
}

export interface PartValues {
  [label: string]: string
}

/** Opens "More" of the offer form (date, status, type, good until, responds to) when it is folded. */
export async function openMore(form: Locator): Promise<void> {
  const more = form.getByTestId('offer-more')
  if ((await more.getAttribute('open')) === null) await more.locator('summary').click()
}

/**
 * Records the move in the open offer form: "Add", and when the form asks about a step back or
 * a date ("Record anyway?"), the answer yes (tests of the question itself answer it themselves).
 */
export async function saveMove(page: Page): Promise<void> {
  const form = page.getByTestId('offer-editor')
  await form.getByTestId('save-offer').click()
  const confirm = form.getByTestId('confirm-move')
  await expect.poll(async () => (await form.count()) === 0 || (await confirm.count()) > 0).toBe(true)
  if ((await form.count()) > 0) await confirm.click()
  await expect.poll(() => form.count()).toBe(0)
}

/** Adds a seller offer with these parts; parts carried from the previous offer beyond them are removed (struck through, not recorded). */
export async function addSellerOffer(page: Page, offer: Record<string, string | boolean>, parts: PartValues[]): Promise<void> {
  await page.getByTestId('add-seller-offer').click()
  const form = page.getByTestId('offer-editor')
  await openMore(form)
  await fill(form, offer)
  for (let i = 0; i < parts.length; i++) {
    if ((await form.getByTestId('offer-part').count()) <= i) await form.getByTestId('add-part').click()
    await fill(form.getByTestId('offer-part').nth(i), parts[i]!)
  }
  const carried = await form.getByTestId('offer-part').count()
  for (let i = parts.length; i < carried; i++) await form.getByTestId('offer-part').nth(i).getByTestId('remove-part').click()
  await saveMove(page)
}

export async function addBuyerDemand(page: Page, demand: Record<string, string | boolean>): Promise<void> {
  await page.getByTestId('add-buyer-demand').click()
  const form = page.getByTestId('offer-editor')
  await openMore(form)
  await fill(form, demand)
  await saveMove(page)
}

const MONEY_FIGURES: Record<string, string> = {
  'loss-total': 'lossTotal',
  'cost-total': 'costTotal',
  'received-total': 'receivedTotal',
  outstanding: 'outstanding',
  gap: 'gap',
  midpoint: 'midpoint',
}
const RATIO_FIGURES: Record<string, string> = {
  'recovered-ratio': 'recoveredRatio',
  'net-recovered-ratio': 'netRecoveredRatio',
  lift: 'lift',
}

/** Every figure of the summary panel, as shown and as its exact value, against an expected file. */
export async function expectPanelMatches(page: Page, expected: Record<string, unknown>, currency: string): Promise<void> {
  const offers = (expected.offers ?? []) as { id: string; total: string; ratio: string | null }[]
  const latest = offers.find((o) => o.id === expected.latestOffer)
  const best = offers.find((o) => o.id === expected.bestOffer)
  const want: Record<string, { value: string | null; kind: 'money' | 'ratio' }> = {}
  for (const [testid, key] of Object.entries(MONEY_FIGURES)) want[testid] = { value: expected[key] as string | null, kind: 'money' }
  for (const [testid, key] of Object.entries(RATIO_FIGURES)) want[testid] = { value: expected[key] as string | null, kind: 'ratio' }
  want['latest-offer-total'] = { value: latest?.total ?? null, kind: 'money' }
  want['latest-offer-ratio'] = { value: latest?.ratio ?? null, kind: 'ratio' }
  want['best-offer-total'] = { value: best?.total ?? null, kind: 'money' }
  // On screen each figure is its exact value rounded, as the contract says (the memo foots instead).
  for (const [testid, { value, kind }] of Object.entries(want)) {
    const element = page.getByTestId(testid)
    await expect.poll(() => element.getAttribute('data-value'), { message: testid }).toBe(value ?? '')
    const shown = value === null ? '—' : kind === 'money' ? formatMoney(new Dec(value), currency) : formatPercent(new Dec(value))
    expect((await element.textContent())?.trim(), testid).toBe(shown)
  }
  const assessment = expected.assessment as { level: string } | null
  expect(await page.getByTestId('assessment').getAttribute('data-level')).toBe(assessment?.level ?? 'not-indicated')
}

export async function importFile(page: Page, path: string): Promise<void> {
  // By its test id: its label follows the interface language ("Import case file" in English).
  await page.getByTestId('import-input').setInputFiles(path)
}

/**
 * Opens an export (a case's or the backup's) with `open`, then downloads it from the export
 * dialog, protected with `passphrase` when one is given.
 */
export async function exportThroughDialog(page: Page, open: () => Promise<void>, passphrase?: string): Promise<Download> {
  await open()
  const dialog = page.getByTestId('export-dialog')
  await dialog.waitFor()
  if (passphrase !== undefined) {
    await dialog.getByTestId('export-protect').check()
    await dialog.getByTestId('export-passphrase').fill(passphrase)
    await dialog.getByTestId('export-repeat').fill(passphrase)
  }
  const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByTestId('export-download').click()])
  return download
}
