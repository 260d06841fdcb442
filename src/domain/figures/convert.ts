// Converting amounts to the case's base currency (case-format.md, "Rate").
import { Dec, ZERO } from '../money/decimal'
import type { CaseFile } from '../caseFile/schema'

/** Converts amounts of the case's currencies to its base currency, each on its own. */
export class Converter {
  private readonly rates = new Map<string, Dec>()

  constructor(
    readonly base: string,
    fx: CaseFile['fx'],
  ) {
    for (const rate of fx) this.rates.set(rate.currency, new Dec(rate.perBase))
  }

  /** `amount / perBase`; the amount itself in the base currency. Throws for a currency without a rate (a valid case has one). */
  toBase(amount: string, currency: string): Dec {
    const value = new Dec(amount)
    if (currency === this.base) return value
    const rate = this.rates.get(currency)
    if (!rate) throw new Error(`No exchange rate for ${currency}`)
    return value.div(rate)
  }

  /** The sum of amounts in any of the case's currencies, each converted on its own. */
  sumToBase(items: readonly { amount: string; currency: string }[]): Dec {
    let total = ZERO
    for (const item of items) total = total.plus(this.toBase(item.amount, item.currency))
    return total
  }
}
