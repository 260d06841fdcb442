// The decay projection on the convergence chart (issue 20): the ceiling's range, the
// meeting point or the stall gap, and the next deadline as a vertical line, each with
// its one label, in both languages; the time axis reaches them.
import { describe, expect, it } from 'vitest'
import { convergenceSeries, dayNumber } from '@/domain'
import { convergenceData } from '@/components/analysis/chartAdapter'
import { convergenceConfig } from '@/components/analysis/convergenceConfig'
import { criminalExample, example } from '../../support/examples'
import { wordsFor } from '../../support/words'
import { day, talks } from '../../support/talks'

const en = wordsFor('en')
const zh = wordsFor('zh-CN')

describe('the projection’s marks', () => {
  it('draws the band of the seller’s ceiling and the meeting point, and the axis reaches the meeting date', () => {
    const view = talks(['100000', '180000', '220000', '230000'], ['900000', '800000', '750000', '725000'])
    const data = convergenceData(convergenceSeries(view), view.base, en)
    // Ceiling 235,469.18, range 233,333.33 to 240,000 (tests/unit/domain/projection.test.ts works it out).
    expect(data.marks.ahead?.band).toEqual({ from: 233333.33, to: 240000, label: 'Ceiling range $233,333.33–$240,000.00' })
    // The buyer's floor: 725,000 − 25,000 = 700,000, above the ceiling 235,469.18: a stall.
    expect(data.marks.ahead?.stall?.label).toBe('Stall: $464,530.82 apart')
    const meeting = talks(['100000', '200000', '280000', '344000'], ['600000', '500000', '450000', '425000'])
    const drawn = convergenceData(convergenceSeries(meeting), meeting.base, zh)
    expect(drawn.marks.ahead?.meet).toEqual({ x: dayNumber('2024-06-21'), y: 421205, label: '交汇≈421,205.00美元' })
    expect(drawn.xMax).toBeGreaterThan(dayNumber('2024-06-21'))
  })
  it('draws a stall as the gap between the trends, at the last date', () => {
    const view = talks(['100000', '180000', '220000', '240000'], ['400000', '360000', '340000', '330000'])
    const data = convergenceData(convergenceSeries(view), view.base, en)
    expect(data.marks.ahead?.stall).toEqual({ x: dayNumber(day(31)), from: 260000, to: 320000, label: 'Stall: $60,000.00 apart' })
    expect(data.marks.ahead?.meet).toBeNull()
  })
  it('draws the next deadline as a vertical line, only when today is known', () => {
    const { view } = criminalExample()
    expect(convergenceData(convergenceSeries(view), view.base, en).marks.ahead?.deadline).toBeNull()
    const data = convergenceData(convergenceSeries(view, '2024-05-18'), view.base, en)
    expect(data.marks.ahead?.deadline).toEqual({ x: dayNumber('2024-07-10'), label: 'Next deadline Jul 10' })
    expect(convergenceData(convergenceSeries(view, '2024-05-18'), view.base, zh).marks.ahead?.deadline?.label).toMatch(/^下一个期限\S+$/)
    expect(data.xMax).toBeGreaterThan(dayNumber('2024-07-10'))
  })
  it('draws nothing ahead once agreed (harbor-tools), and leaves the axis as it was', () => {
    const { view } = example('harbor-tools')
    const data = convergenceData(convergenceSeries(view), view.base, en)
    expect(data.marks.ahead).toEqual({ band: null, meet: null, stall: null, deadline: null })
    expect(data.xMax).toBe(dayNumber('2024-05-17'))
  })
  it('travels with the chart’s configuration', () => {
    const view = talks(['100000', '180000', '220000', '240000'], ['400000', '360000', '340000', '330000'])
    const config = convergenceConfig(convergenceData(convergenceSeries(view), view.base, en), { compact: false, hatch: (colour) => colour })
    expect(config.plugins?.some((plugin) => plugin.id === 'marks')).toBe(true)
  })
})
