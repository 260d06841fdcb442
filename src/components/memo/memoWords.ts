// The memo's words in one or two languages. A bilingual memo is one document:
// headings, labels and table headers carry both languages ("Total 合计"),
// sentences come once per language, and figures in tables are formatted once,
// in the first language's style.
import type { ComputedRef, InjectionKey } from 'vue'
import { currencyWord as currencyIn, type CaseView, type MemoModel, type Words } from '@/domain'
import type { Locale } from '@/i18n'

export interface LangText {
  lang: Locale
  text: string
}

export type Params = (words: Words) => Record<string, unknown>

export interface MemoWords {
  langs: readonly Locale[]
  bilingual: boolean
  /** Formats the figures and dates of tables: the first language's. */
  cell: Words
  /** Each language's words, for sentences. */
  each: readonly { lang: Locale; words: Words }[]
  /** A catalogue text in each language. */
  label(key: string, params?: Params): LangText[]
  /** A catalogue text in each language on one line: "Total 合计". */
  line(key: string, params?: Params): string
  /** The colon after a label in every language ("Evidence 证据：" takes the last language's). */
  colon: string
  /** A phrase built in each language on one line: "Seller offer 3 犯罪嫌疑人方报价3". */
  phrase(build: (words: Words) => string): string
}

/**
 * Words whose negative money has a true minus sign ("−HK$15,611.81"): the printed form, and one a line
 * never breaks after, as it may after a hyphen.
 */
function printed(words: Words): Words {
  return { ...words, locale: words.locale, text: words.text, money: (value, currency) => words.money(value, currency).replace(/^-/, '\u2212') }
}

export function memoWords(langs: readonly Locale[], wordsIn: (locale: string) => Words): MemoWords {
  const each = (langs.length ? langs : (['en'] as const)).map((lang) => ({ lang, words: printed(wordsIn(lang)) }))
  const label = (key: string, params?: Params) => each.map(({ lang, words }) => ({ lang, text: words.text(key, params?.(words)) }))
  return {
    langs,
    bilingual: each.length > 1,
    cell: each[0]!.words,
    each,
    label,
    // Two languages that say the same thing twice (a code, a date) print it once.
    line: (key, params) => [...new Set(label(key, params).map((part) => part.text))].join(' '),
    colon: each[each.length - 1]!.words.text('common.colon'),
    phrase: (build) => [...new Set(each.map(({ words }) => build(words)))].join(' '),
  }
}

/** A currency as a reader of `words` is given it: the code in English (USD), the name in Chinese (美元). */
export function currencyWord(words: Words, code: string): string {
  return currencyIn(code, words)
}

/** What every section of the memo is given. */
export interface MemoContext {
  view: CaseView
  memo: MemoModel
  words: MemoWords
  /** The day the memo is printed (the user's calendar). */
  printedOn: string
  buyer: string
  preparedBy: string
  preparedFor: string
  /** The app's projection was chosen for this memo: its marks are drawn on the chart too. */
  projected?: boolean
}

export const MEMO_WORDS: InjectionKey<ComputedRef<MemoWords>> = Symbol('memo words')
