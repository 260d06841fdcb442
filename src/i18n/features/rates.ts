// Strings of the rate editor (the Exchange rates panel and the prompt in the forms): the
// rate typed either way round, both directions, and the check against the reference table.
export const en = {
  rates: {
    switch: 'Which way round the rate is typed',
    direction: {
      perBase: '1 {base} = ? {currency}',
      inBase: '1 {currency} = ? {base}',
    },
    one: '1 {from} =',
    unit: '{to} for 1 {from}',
    both: '1 {base} = {perBase} {currency} · 1 {currency} = {inBase} {base}',
    line: '1 {from} = {value} {to}',
    approx: '1 {from} ≈ {value} {to}',
    pickCurrency: 'Choose the currency first.',
    warning: {
      below: '{rate} is about {factor} times lower than the reference rate {reference} ({sources}).',
      above: '{rate} is about {factor} times higher than the reference rate {reference} ({sources}).',
      inverseFits: 'Taken the other way round it is {inverse}, which fits the reference.',
      inverseOff: 'The other way round does not fit the reference either: check the figure and its currency.',
      fix: 'Use the other way round',
      ask: 'Save {rate} as typed?',
      keep: 'Save as typed',
      inCase: 'The {currency} rate of this case may be the wrong way round.',
      keepInCase: 'Keep it as it is',
    },
    source: {
      ecb: 'European Central Bank euro reference rates of {date}',
      taipei: 'Taipei foreign exchange market close of {date}, as reported by Focus Taiwan (CNA)',
      sbv: 'State Bank of Vietnam central rate of {date}',
      uaePeg: 'the UAE dirham’s fixed rate to the US dollar, kept since 1997',
    },
    about: {
      title: 'About the reference rates',
      body: 'Every rate is compared with approximate rates for common currencies bundled with the app. A rate more than 3 times away from them, either way, is questioned, never refused. The figures come from:',
    },
  },
}

export const zhCN: typeof en = {
  rates: {
    switch: '汇率的输入方向',
    direction: {
      perBase: '1 {base} = ? {currency}',
      inBase: '1 {currency} = ? {base}',
    },
    one: '1 {from} =',
    unit: '1 {from}可兑换的{to}',
    both: '1 {base} = {perBase} {currency} · 1 {currency} = {inBase} {base}',
    line: '1 {from} = {value} {to}',
    approx: '1 {from} ≈ {value} {to}',
    pickCurrency: '请先选择币种。',
    warning: {
      below: '{rate}约为参考汇率{reference}的{factor}分之一（{sources}）。',
      above: '{rate}约为参考汇率{reference}的{factor}倍（{sources}）。',
      inverseFits: '按另一方向理解即为{inverse}，与参考汇率相符。',
      inverseOff: '按另一方向理解也与参考汇率不符：请核对数字及币种。',
      fix: '改为另一方向',
      ask: '按输入保存{rate}？',
      keep: '按输入保存',
      inCase: '本案的{currency}汇率可能方向反了。',
      keepInCase: '保持不变',
    },
    source: {
      ecb: '欧洲中央银行{date}欧元参考汇率',
      taipei: '台北外汇市场{date}收盘价（据中央社 Focus Taiwan 报道）',
      sbv: '越南国家银行{date}中心汇率',
      uaePeg: '阿联酋迪拉姆对美元的固定汇率（1997年起）',
    },
    about: {
      title: '关于参考汇率',
      body: '每个汇率都会与应用内置的常见币种近似汇率比较。与之相差超过3倍（无论高低）的汇率会被提示核对，但不会被拒绝。数据来源：',
    },
  },
}
