// The projection, the app's reading and the stage clock in both languages: the
// figures as the formatter writes them, the sides named as a Chinese lawyer names them.
import { describe, expect, it } from 'vitest'
import {
  appReading,
  appSignalText,
  backtestText,
  buildCaseView,
  caseProjection,
  clockLines,
  criminalView,
  dayNumber,
  isoOfDay,
  midpointLines,
  offerLabel,
  outcomeText,
  parseCaseFile,
  readingLines,
  sideLines,
  stageClock,
  summarizeCase,
} from '@/domain'
import { en, zhCN } from '@/i18n/features/projection'
import { criminalExample, example } from '../../support/examples'
import { wordsFor } from '../../support/words'
import { demand, loss, rawCase, seller, type Json } from './helpers'

/** Without the direction isolates around names. */
const plain = (text: string) => text.replace(/[\u2066-\u2069]/g, '')
const english = wordsFor('en')
const chinese = wordsFor('zh-CN')
const day = (after: number) => isoOfDay(dayNumber('2024-05-01') + after)
function talks(offers: string[], demands: string[]) {
  const moves: Json[] = [...offers.map((a, i) => seller(a, { date: day(10 * i) })), ...demands.map((a, i) => demand(a, { date: day(1 + 10 * i) }))]
  const file = parseCaseFile(rawCase({ baseCurrency: 'CNY', fx: [], losses: [loss('1000000', 'CNY')], offers: moves.map((m) => ({ ...m, ...(m.from === 'buyer' ? { currency: 'CNY' } : { components: [{ partyId: 'sam', kind: 'cash', amount: (m.components as Json[])[0]?.amount, currency: 'CNY' }] }) })) }))
  return buildCaseView(file, summarizeCase(file))
}

describe('the projection in words', () => {
  const meet = talks(['100000', '200000', '280000', '344000'], ['600000', '500000', '450000', '425000'])
  const projection = caseProjection(meet)
  it('names each side’s trend, its limit and its range', () => {
    const seller = sideLines(projection.seller, 'CNY', english)
    expect(seller.reading).toBe('each raise about 80.00% of the one before (3 raises fitted); the offers stop at about CNY 600,000.00.')
    expect(seller.band).toBe('Leaving out one round in turn gives the same figure each time: CNY 600,000.00.')
    const zh = sideLines(projection.seller, 'CNY', chinese)
    expect(zh.name).toBe('犯罪嫌疑人方')
    expect(zh.reading).toBe('每次加价约为前一次的80.00%（拟合3次加价）；报价将止于约人民币600,000.00元。')
    expect(sideLines(projection.buyer, 'CNY', chinese).name).toBe('被害方')
  })
  it('gives a range when the refits differ', () => {
    const spread = caseProjection(talks(['100000', '180000', '220000', '230000'], ['900000']))
    expect(sideLines(spread.seller, 'CNY', chinese).band).toBe('逐轮剔除一轮后重新拟合的区间：人民币233,333.33元至人民币240,000.00元。')
  })
  it('says where they meet, in round and date', () => {
    expect(outcomeText(projection, 'CNY', english)).toBe('On these trends the sides meet in round 6 (2 rounds from now), about Jun 21, 2024, at about CNY 421,205.00.')
    expect(outcomeText(projection, 'CNY', chinese)).toBe('按此走势，双方将在第6轮（再过2轮）、约2024年6月21日，于约人民币421,205.00元达成一致。')
  })
  it('says a stall with its gap', () => {
    const stall = caseProjection(talks(['100000', '180000', '220000', '240000'], ['400000', '360000', '340000', '330000']))
    expect(outcomeText(stall, 'CNY', chinese)).toBe('僵局——两方走势最终相差人民币60,000.00元：犯罪嫌疑人方约止于人民币260,000.00元，被害方底线约为人民币320,000.00元。')
  })
  it('sets the midpoint rules beside it and the backtest', () => {
    expect(midpointLines(projection, 'CNY', english)).toEqual([
      'Midpoint of the first offer and demand: CNY 350,000.00.',
      'Midpoint of the latest offer and demand: CNY 384,500.00.',
      'The methods agree within 10% of the loss (CNY 100,000.00): CNY 71,205.00 apart.',
    ])
    const [test] = projection.backtests
    // The move is named as the offer labels name it (the glossary's words).
    expect(test && backtestText(test, 'CNY', chinese)).toBe(`剔除${test && offerLabel(test.row.label, chinese)}后，走势预计为人民币344,000.00元；实际为人民币344,000.00元。`)
  })
  it('says what is missing instead of a figure, and names a retreat', () => {
    const few = caseProjection(talks(['100000', '150000'], ['500000']))
    expect(sideLines(few.buyer, 'CNY', english).reading).toBe('2 more move(s) needed before a trend is read: it has 1, three are needed.')
    const back = caseProjection(talks(['100000', '200000', '250000', '240000'], ['900000']))
    const lines = sideLines(back.seller, 'CNY', english)
    expect([lines.reading, lines.named]).toEqual(['its latest move went back: no figure until it moves forward again.', ['Seller offer 4 went back by CNY 10,000.00: named, left out of the fit.']])
  })
})

describe('the app’s reading in words (harbor-tools)', () => {
  const { view } = example('harbor-tools')
  const reading = appReading(view, '2024-05-18')
  it('weighs the headroom with the app’s rule and its threshold', () => {
    const headroom = reading?.signals.find((s) => s.code === 'HEADROOM')
    const words = headroom && appSignalText(headroom, 'USD', english, '2024-05-18')
    expect(words?.lines.map(plain)).toEqual(['A ceiling on cash, not on assets: $33,333.33 of equity in Two-bedroom flat, Yiwu, Zhejiang is not yet committed.'])
    expect(words?.rule).toBe('The app’s rule: untapped equity of at least 10.00% of the loss ($9,041.88) reads “Signs of a ceiling” as “Some signs”.')
    const zh = headroom && appSignalText(headroom, 'USD', chinese, '2024-05-18')
    expect(plain(zh?.lines[0] ?? '')).toMatch(/^现金已近上限，资产尚未用尽：.+尚有33,333\.33美元的净值未被动用。$/)
    expect(zh?.rule).toBe('本应用的规则：未动用的财产净值达到损失的10%（9,041.88美元）时，“迹象显示已达履行能力上限”读作“有部分相关迹象”。')
  })
  it('reads the time limit with the days left, and the level with why it moved', () => {
    const good = reading?.signals.find((s) => s.code === 'GOOD_UNTIL')
    expect(good && appSignalText(good, 'USD', english, '2024-05-18').lines).toEqual(['Seller offer 3 is good until May 20, 2024: 2 days left.'])
    expect(reading && readingLines(reading, english)).toEqual(['By the app’s rules: Some signs.', 'Lowered from “Signs of a ceiling”: a ceiling on cash, not on assets.'])
  })
})

describe('headroom under the threshold', () => {
  it('is named, with the rule saying the level stays', () => {
    const file = parseCaseFile(
      rawCase({
        baseCurrency: 'CNY',
        fx: [],
        losses: [loss('9000000', 'CNY')],
        properties: [{ ownerId: 'dad', description: 'Flat', location: 'Jiaxing', marketValue: '1350000', currency: 'CNY' }],
        offers: [seller([{ partyId: 'dad', kind: 'mortgage', amount: '400000', currency: 'CNY', propertyId: 'h1' }])],
      }),
    )
    const view = buildCaseView(file, summarizeCase(file))
    const [signal] = appReading(view, '2024-05-02')?.signals ?? []
    const text = signal && appSignalText(signal, 'CNY', english, '2024-05-02')
    expect(text?.lines.map(plain)).toEqual(['A ceiling on cash, not on assets: CNY 680,000.00 of equity in Flat, Jiaxing is not yet committed.'])
    expect(text?.rule).toBe('The app’s rule: untapped equity of at least 10.00% of the loss (CNY 900,000.00) reads “Signs of a ceiling” as “Some signs”; this is less, so the level stays.')
  })
})

describe('the stage clock in words', () => {
  it('shows the current stage and the next deadline with the days left', () => {
    const { view } = criminalExample()
    const criminal = criminalView(view, '2024-05-18')
    const clock = stageClock(criminal.procedure, criminal.hongKong)
    expect(clockLines(clock, english)).toEqual(['Current stage: Arrest approved (May 10, 2024).', 'Next deadline: Investigation custody ends, last day Jul 10, 2024: 53 days left.'])
    expect(clockLines(clock, chinese)).toEqual(['当前阶段：批准逮捕（2024年5月10日）。', '下一个期限：侦查羁押期限届满，最后一日2024年7月10日：还剩53日。'])
  })
  it('without events, says where to record them', () => {
    const { view } = example('harbor-tools')
    const criminal = criminalView(view, '2024-05-18')
    expect(clockLines(stageClock(criminal.procedure, criminal.hongKong), english)).toEqual([en.projection.clock.noStage])
  })
})

describe('the catalogue', () => {
  const strings = (value: unknown): string[] => (typeof value === 'string' ? [value] : Object.values(value as object).flatMap(strings))
  it('never calls the sides 卖方 or 买方, says 履行能力 rather than 财力, and puts no space between Chinese and a figure', () => {
    const all = strings(zhCN)
    expect(all.filter((s) => /卖方|买方|财力/.test(s))).toEqual([])
    expect(all.filter((s) => /[\u4e00-\u9fff] +[{0-9]|[}0-9] +[\u4e00-\u9fff]/.test(s))).toEqual([])
  })
  it('has the same keys in both languages', () => {
    const keys = (value: unknown, at = ''): string[] => (typeof value === 'string' ? [at] : Object.entries(value as object).flatMap(([key, v]) => keys(v, `${at}.${key}`)))
    expect(keys(zhCN)).toEqual(keys(en))
  })
})
