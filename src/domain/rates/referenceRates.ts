// Approximate exchange rates for common currencies, bundled so that a rate typed the
// wrong way round is noticed (docs/rates.md). They are a yardstick, never a rate the
// app uses: a case converts only with the rates its user records.

/** Where a reference figure comes from; its name is the catalogue key `rates.source.<id>`. */
export interface ReferenceSource {
  id: 'ecb' | 'taipei' | 'sbv' | 'uaePeg'
  /** The day the figures were published (ISO), or null for a fixed rate (the dirham's peg). */
  asOf: string | null
  /** Where the figures were read. */
  url: string
}

export const REFERENCE_SOURCES: Readonly<Record<ReferenceSource['id'], ReferenceSource>> = {
  // The euro foreign exchange reference rates of the European Central Bank, as reproduced on
  // the page below; per US dollar = the ECB's figure per euro ÷ its US dollar figure (1.0411).
  ecb: { id: 'ecb', asOf: '2025-02-28', url: 'https://eurodripusa.net/?p=3470' },
  // The US dollar's close on the Taipei foreign exchange market, as Focus Taiwan (CNA) reported it.
  taipei: { id: 'taipei', asOf: '2025-12-31', url: 'https://focustaiwan.tw/business/202512310025' },
  // The State Bank of Vietnam's central rate, as reported on the page below.
  sbv: { id: 'sbv', asOf: '2025-02-12', url: 'https://xe.today/2025/02/26/the-soaring-dollar-usd-surges-to-record-highs-in-bank-rates' },
  // The dirham's fixed rate to the US dollar, kept by the Central Bank of the UAE since 1997.
  uaePeg: { id: 'uaePeg', asOf: null, url: 'https://cambridgecurrencies.com/why-uae-dirham-pegged-us-dollar/' },
}

/** About how many units of each currency one US dollar bought, rounded to 4 significant digits. */
export const REFERENCE_PER_USD: Readonly<Record<string, { perUsd: string; source: ReferenceSource['id'] }>> = {
  USD: { perUsd: '1', source: 'ecb' },
  EUR: { perUsd: '0.9605', source: 'ecb' },
  CNY: { perUsd: '7.279', source: 'ecb' },
  HKD: { perUsd: '7.778', source: 'ecb' },
  GBP: { perUsd: '0.7935', source: 'ecb' },
  JPY: { perUsd: '150.8', source: 'ecb' },
  KRW: { perUsd: '1460', source: 'ecb' },
  SGD: { perUsd: '1.348', source: 'ecb' },
  TWD: { perUsd: '31.44', source: 'taipei' },
  AUD: { perUsd: '1.608', source: 'ecb' },
  CAD: { perUsd: '1.443', source: 'ecb' },
  CHF: { perUsd: '0.9023', source: 'ecb' },
  INR: { perUsd: '87.38', source: 'ecb' },
  AED: { perUsd: '3.6725', source: 'uaePeg' },
  NZD: { perUsd: '1.785', source: 'ecb' },
  SEK: { perUsd: '10.75', source: 'ecb' },
  NOK: { perUsd: '11.26', source: 'ecb' },
  DKK: { perUsd: '7.164', source: 'ecb' },
  PLN: { perUsd: '3.986', source: 'ecb' },
  MXN: { perUsd: '20.38', source: 'ecb' },
  BRL: { perUsd: '5.832', source: 'ecb' },
  ZAR: { perUsd: '18.43', source: 'ecb' },
  TRY: { perUsd: '36.52', source: 'ecb' },
  THB: { perUsd: '34.16', source: 'ecb' },
  MYR: { perUsd: '4.462', source: 'ecb' },
  IDR: { perUsd: '16550', source: 'ecb' },
  PHP: { perUsd: '57.97', source: 'ecb' },
  VND: { perUsd: '24550', source: 'sbv' },
}
