// The memo's sentences on where the talks stand, in the domain (issue 21): worded in each
// language from the memo model's shown figures, on the worked examples; clauses of one
// sentence joined as each language writes them.
import { describe, expect, it } from 'vitest'
import { joinClauses, memoModel, standingSentences } from '@/domain'
import { example } from '../../support/examples'
import { wordsFor } from '../../support/words'

function sentences(name: string, locale: 'en' | 'zh-CN', asOf = '2024-10-04') {
  const { view } = example(name)
  return standingSentences(memoModel(view, { asOf }), view.summary, view.base, wordsFor(locale))
}

describe('where the talks stand', () => {
  it('harbor-tools, agreed: the accepted offer, what is paid of it by the memo’s day, the recovery (English)', () => {
    expect(sentences('harbor-tools', 'en')).toEqual([
      'Seller offer 3 · May 16, 2024 was accepted: $69,444.44, 76.80% of the loss.',
      'Paid against it by Oct 4, 2024: $62,500.00. Still to be paid: $6,944.44.',
      'Loss $90,418.83; received so far $62,500.00 (69.12% of the loss); not yet recovered $27,918.83. Recovery costs $8,437.50; received net of costs $54,062.50 (59.79% of the loss).',
    ])
  })

  it('harbor-tools, agreed, in Chinese', () => {
    expect(sentences('harbor-tools', 'zh-CN')).toEqual([
      '犯罪嫌疑人方报价3 · 2024年5月16日已被接受：69,444.44美元，占损失的76.80%。',
      '截至2024年10月4日已据此收到62,500.00美元，尚待支付6,944.44美元。',
      '损失90,418.83美元；已收回62,500.00美元（占损失的69.12%）；尚未弥补的损失27,918.83美元。追偿费用8,437.50美元；扣除费用后净收回54,062.50美元（占损失的59.79%）。',
    ])
  })

  it('kowloon, open: the latest offer with its final flag and good-until joined by spaces, the demand, gap, midpoint and lift (English)', () => {
    const lines = sentences('kowloon-vanished', 'en')
    expect(lines.slice(0, 4)).toEqual([
      'Latest offer: Seller offer 5 · Sep 27, 2024, HK$185,000.00 (42.05% of the loss). Declared final. Good until Oct 4, 2024.',
      'Latest demand: Buyer demand 1 · Sep 27, 2024, HK$400,000.00.',
      'Gap between them: HK$215,000.00; midpoint HK$292,500.00.',
      'The seller’s offers have risen 85.00% since the first.',
    ])
    expect(lines).toHaveLength(5)
  })

  it('kowloon, open, in Chinese: the clauses of the offer’s sentence are joined without spaces', () => {
    const lines = sentences('kowloon-vanished', 'zh-CN')
    expect(lines[0]).toBe('最新报价：犯罪嫌疑人方报价5 · 2024年9月27日，港币185,000.00元（占损失的42.05%）。已声明为最终报价。有效期至2024年10月4日。')
    expect(lines.slice(1, 4)).toEqual(['最新赔偿要求：被害方要求1 · 2024年9月27日，港币400,000.00元。', '双方差距为港币215,000.00元，双方中点为港币292,500.00元。', '犯罪嫌疑人方报价自首次报价以来提高了85.00%。'])
    expect(lines[4]).toContain('扣除费用后净收回负港币15,611.81元')
  })

  it('a case without moves says so, and gives the recovery without a ratio when there is no loss', () => {
    expect(sentences('empty', 'en')).toEqual(['No offer or demand has been recorded yet.', 'No loss recorded yet; received so far CNY 0.00. Recovery costs CNY 0.00; received net of costs CNY 0.00.'])
    expect(sentences('empty', 'zh-CN')).toEqual(['尚未记录任何报价或赔偿要求。', '尚未记录损失；已收回人民币0.00元。追偿费用人民币0.00元；扣除费用后净收回人民币0.00元。'])
  })

  it('joins clauses by a space, in Chinese by nothing, leaving out empty ones', () => {
    expect(joinClauses(['A.', '', 'B.'], { locale: 'en' })).toBe('A. B.')
    expect(joinClauses(['甲。', '', '乙。'], { locale: 'zh-CN' })).toBe('甲。乙。')
  })
})
