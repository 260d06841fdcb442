// Currency words in Chinese text (issue 22): 人民币…元, 港币…元 before and after the
// figure; 美元, 欧元 and the rest after it. ¥ is also the yen's sign, so Chinese text
// never writes it. No decimal arithmetic here: the case list formats already-rounded
// figures with it and loads no engine.

/** Currencies written with 元 after the figure and their name before it (人民币…元, 港币…元). */
export const YUAN_UNITS: Readonly<Record<string, string>> = { CNY: '人民币', HKD: '港币', TWD: '新台币', MOP: '澳门元' }
/** The usual name of other currencies in Chinese legal text; the rest take Intl's name, or their code. */
const NAMES: Readonly<Record<string, string>> = { USD: '美元', EUR: '欧元', GBP: '英镑', JPY: '日元', KRW: '韩元', AUD: '澳大利亚元', CAD: '加拿大元', SGD: '新加坡元', CHF: '瑞士法郎' }

let displayNames: Intl.DisplayNames | null | undefined
/** A currency's name in Chinese: 美元, 欧元, 越南盾; the code itself when none is known. */
export function chineseCurrencyName(currency: string): string {
  const own = YUAN_UNITS[currency] ?? NAMES[currency]
  if (own) return own
  if (displayNames === undefined) displayNames = typeof Intl.DisplayNames === 'function' ? new Intl.DisplayNames('zh-CN', { type: 'currency' }) : null
  const name = displayNames?.of(currency)
  return name && name !== currency ? name : currency
}

/** A figure already grouped ("300,000.00") as Chinese money: 人民币300,000.00元, 131,575.00美元, 负20.00美元. */
export function chineseMoneyText(figure: string, currency: string, negative: boolean): string {
  const prefix = YUAN_UNITS[currency]
  const sign = negative ? '负' : ''
  return prefix ? `${sign}${prefix}${figure}元` : `${sign}${figure}${chineseCurrencyName(currency)}`
}
