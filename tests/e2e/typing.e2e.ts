// A person builds the harbor-tools case from an empty case, field by field, and
// the panel shows the worked example's figures and a "likely" ceiling.
import { afterAll, beforeAll, expect, it } from 'vitest'
import type { Browser } from 'playwright-core'
import { baseUrl, freshPage, launch, pageErrors, screenshot } from './browser'
import { addBuyerDemand, addRecord, addSellerOffer, example, expectPanelMatches, fill } from './ui'
import { isolate } from '../../src/domain'

let browser: Browser
beforeAll(async () => {
  browser = await launch()
})
afterAll(async () => {
  await browser?.close()
})

it('builds the harbor-tools negotiation through the UI and shows its figures', async () => {
  const { context, page } = await freshPage(browser)
  await page.goto(baseUrl())
  await page.getByTestId('new-case').click()
  await fill(page.locator('.new-case'), { 'Case title': 'Harbor Tools Ltd v. Shenzhen Huaxin Trading Co.', 'Base currency': 'USD' })
  await page.getByRole('button', { name: 'Create case' }).click()
  await page.waitForURL(/\/cases\//)
  await screenshot(page, 'workspace-new')

  await addRecord(page, 'fx', { Currency: 'CNY', '1 USD =': '7.2', 'As of': '2024-05-02', Source: 'bank mid-rate quote' })
  await addRecord(page, 'parties', { Name: 'Zhang Wei', Role: 'seller' })
  await addRecord(page, 'parties', { Name: 'Shenzhen Huaxin Trading Co., Ltd.', Role: 'seller' })
  await addRecord(page, 'parties', { Name: 'Zhang Jun', Role: 'family', 'Relation to the seller': 'parent' })
  await addRecord(page, 'parties', { Name: 'Li Na', Role: 'family', 'Relation to the seller': 'cousin' })
  const loss = (date: string, description: string, category: string, amount: string, currency: string) =>
    addRecord(page, 'losses', { Date: date, Description: description, Category: category, Amount: amount, Currency: currency })
  await loss('2024-01-10', '30% deposit, wire to seller', 'payment', '27000.00', 'USD')
  await loss('2024-02-20', 'Balance before shipment', 'payment', '63000.00', 'USD')
  await loss('2024-02-20', 'Bank charges on both wires', 'bank-fee', '85.50', 'USD')
  await loss('2024-03-30', 'Third-party inspection of the container (junk found)', 'inspection', '2400', 'CNY')
  await addRecord(page, 'properties', {
    Property: 'Two-bedroom flat',
    Owner: 'p3',
    Location: 'Yiwu, Zhejiang',
    'Market value': '1800000',
    Encumbrances: '950000',
    Currency: 'CNY',
  })

  await addSellerOffer(page, { Date: '2024-05-03', Status: 'rejected', Type: 'initial' }, [
    { 'Who pays': 'p2', How: 'cash', Amount: '100000', Currency: 'CNY' },
  ])
  await addBuyerDemand(page, { Date: '2024-05-04', Status: 'countered', Type: 'initial', Amount: '90085.50', Currency: 'USD' })
  await addSellerOffer(page, { Date: '2024-05-09', Status: 'countered' }, [
    { 'Who pays': 'p1', How: 'cash', Amount: '200000', Currency: 'CNY' },
    { 'Who pays': 'p3', How: 'cash', Amount: '100000', Currency: 'CNY' },
  ])
  await addBuyerDemand(page, { Date: '2024-05-10', Status: 'countered', Amount: '80000', Currency: 'USD' })
  await addSellerOffer(page, { Date: '2024-05-16', Status: 'accepted', Type: 'final', 'Declared final': true, 'Good until': '2024-05-20' }, [
    { 'Who pays': 'p1', How: 'cash', Amount: '200000', Currency: 'CNY' },
    { 'Who pays': 'p3', How: 'mortgage', Property: 'h1', Amount: '250000', Currency: 'CNY', 'Due date': '2024-06-30' },
    { 'Who pays': 'p4', How: 'cash', Amount: '50000', Currency: 'CNY' },
  ])
  await addRecord(page, 'payments', { Date: '2024-05-20', Amount: '200000', Currency: 'CNY', 'Paid by': 'p1', 'Against (offer or accepted demand)': 'o3' })
  await addRecord(page, 'payments', { Date: '2024-06-28', Amount: '34722.22', Currency: 'USD', 'Paid by': 'p3', 'Against (offer or accepted demand)': 'o3' })
  await addRecord(page, 'costs', { Date: '2024-04-20', Description: 'Local counsel retainer', Amount: '8000', Currency: 'USD' })
  await addRecord(page, 'costs', { Date: '2024-05-05', Description: 'Certified translation of evidence', Amount: '3150', Currency: 'CNY' })

  const { expected } = example('harbor-tools')
  await expectPanelMatches(page, expected, 'USD')
  const assessment = page.getByTestId('assessment')
  for (const code of ['FAMILY_EXTENDED', 'FAMILY_IMMEDIATE', 'FAMILY_PROPERTY', 'THIRD_PARTY_MAJORITY'])
    expect(await assessment.locator(`[data-signal="${code}"]`).count()).toBe(1)
  expect(await assessment.textContent()).toContain(`${isolate('Zhang Jun')} (father or mother), a mortgage loan on ${isolate('Two-bedroom flat')}, ${isolate('Yiwu, Zhejiang')}, $34,722.22`)
  expect(await assessment.textContent()).toContain('not legal or financial advice')
  await expect.poll(() => page.getByTestId('save-status').getAttribute('data-state')).toBe('saved')
  await screenshot(page, 'workspace-typed')

  await page.reload()
  await expectPanelMatches(page, expected, 'USD')
  expect(pageErrors(page)).toEqual([])
  await context.close()
})

it('says what is wrong with a bad amount right at the field and saves nothing', async () => {
  const { context, page } = await freshPage(browser)
  await page.goto(baseUrl())
  await page.getByTestId('new-case').click()
  await fill(page.locator('.new-case'), { 'Case title': 'Bad input', 'Base currency': 'USD' })
  await page.getByRole('button', { name: 'Create case' }).click()
  await page.waitForURL(/\/cases\//)
  await page.getByTestId('add-losses').click()
  const form = page.locator('#losses .add-form')
  await fill(form, { Date: '2024-01-10', Description: 'Wire', Amount: '1,000,5' })
  await form.getByRole('button', { name: 'Add', exact: true }).click()
  expect(await form.getByRole('alert').first().textContent()).toContain('not between thousands')
  await fill(form, { Amount: '-5' })
  expect(await form.textContent()).toContain('cannot be negative')
  expect(await page.getByTestId('losses-row').count()).toBe(0)
  await fill(form, { Amount: '1000.50' })
  await form.getByRole('button', { name: 'Add', exact: true }).click()
  await expect.poll(() => page.getByTestId('losses-row').count()).toBe(1)
  expect(await page.getByTestId('loss-total').textContent()).toBe('$1,000.50')
  await context.close()
})
