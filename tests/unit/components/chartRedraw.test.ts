// When a chart is drawn again: the data it draws compared by value, a note worded when
// read by identity, functions not at all (src/components/analysis/chartRedraw.ts).
import { describe, expect, it } from 'vitest'
import { Dec, buildCaseView, convergenceSeries, parseCaseFile, summarizeCase } from '@/domain'
import { convergenceData } from '@/components/analysis/chartAdapter'
import { sameDrawing, sourceOf, withSource } from '@/components/analysis/chartRedraw'
import { convergenceConfig } from '@/components/analysis/convergenceConfig'
import { generateCase } from '../../support/generateCase'
import { wordsFor } from '../../support/words'

const note = (id: string) => ({
  offerId: id,
  get title() {
    return id
  },
})

describe('sameDrawing', () => {
  it.each([
    ['equal numbers and strings', { y: 1, label: 'a' }, { y: 1, label: 'a' }, true],
    ['a number changed', { y: 1, label: 'a' }, { y: 2, label: 'a' }, false],
    ['a word changed', { y: 1, label: 'a' }, { y: 1, label: 'b' }, false],
    ['arrays of points', [{ x: 1, y: 2 }], [{ x: 1, y: 2 }], true],
    ['one point more', [{ x: 1, y: 2 }], [{ x: 1, y: 2 }, { x: 2, y: 2 }], false],
    ['exact amounts by value', { v: new Dec('1.50') }, { v: new Dec('1.5') }, true],
    ['exact amounts that differ', { v: new Dec('1.50') }, { v: new Dec('1.51') }, false],
    ['null against a value', { m: null }, { m: { y: 1 } }, false],
    ['a key more', { a: 1 }, { a: 1, b: 2 }, false],
    ['functions are not compared', { f: () => 1 }, { f: () => 2 }, true],
    ['a note worded when read: another object is another drawing', { n: note('o1') }, { n: note('o1') }, false],
  ])('%s', (_, a, b, same) => {
    expect(sameDrawing(a, b)).toBe(same)
  })

  it('takes the same note (kept per offer row) as the same', () => {
    const kept = note('o1')
    expect(sameDrawing({ n: kept }, { n: kept })).toBe(true)
  })

  it('leaves out getters that are not enumerable', () => {
    const labelled = (labels: string[]) => Object.defineProperty({ y: 1 }, 'labels', { get: () => labels, enumerable: false })
    expect(sameDrawing(labelled(['a']), labelled(['b']))).toBe(true)
  })
})

describe('a convergence chart drawn again', () => {
  const words = wordsFor('en')
  const file = parseCaseFile(JSON.parse(JSON.stringify(generateCase({ offers: 40 }))))
  const view = buildCaseView(file, summarizeCase(file))
  const data = () => convergenceData(convergenceSeries(view), view.base, words)

  it('carries the data it was built from', () => {
    const built = data()
    const config = convergenceConfig(built, { compact: false, hatch: (colour) => colour })
    expect(sourceOf(config)).toBe(built)
    expect(Object.keys(config)).not.toContain('source')
    expect(sourceOf(withSource({}, 1))).toBe(1)
  })

  it('is the same drawing for the same view, and another after an edit of an offer', () => {
    expect(sameDrawing(data(), data())).toBe(true)
    const offer = [...file.offers].reverse().find((o) => o.from === 'seller')
    if (offer?.from !== 'seller') throw new Error('no seller offer')
    const [first, ...rest] = offer.components
    const moved = { ...offer, components: [{ ...first!, amount: new Dec(first!.amount).plus(37).toFixed(2) }, ...rest] }
    const edited = parseCaseFile({ ...file, offers: file.offers.map((o) => (o.id === offer.id ? moved : o)) })
    const editedView = buildCaseView(edited, summarizeCase(edited))
    expect(sameDrawing(data(), convergenceData(convergenceSeries(editedView), editedView.base, words))).toBe(false)
  })
})
