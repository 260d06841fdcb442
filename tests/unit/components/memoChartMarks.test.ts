// The memo's chart carries the projection's marks when the projection is chosen for the memo
// (issue 20, "readable in print"): their labels are known before drawing, in each language,
// so the memo's typefaces for them are loaded first; without a projection day there are none.
import { describe, expect, it } from 'vitest'
import { projectionMarkLabels } from '@/components/memo/memoChart'
import { criminalExample } from '../../support/examples'
import { wordsFor } from '../../support/words'

describe('the projection’s marks on the memo’s chart', () => {
  const { view } = criminalExample()
  it('labels the next deadline as of the memo’s day, in English and in Chinese', () => {
    const english = projectionMarkLabels(view, wordsFor('en'), '2024-06-01')
    const chinese = projectionMarkLabels(view, wordsFor('zh-CN'), '2024-06-01')
    expect(english.some((label) => /deadline/i.test(label))).toBe(true)
    expect(chinese.length).toBe(english.length)
    expect(chinese.join(' ')).toMatch(/\p{Script=Han}/u)
    expect(chinese.join(' ')).not.toMatch(/¥|US\$|€/)
  })
})
