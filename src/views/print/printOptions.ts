// The print view's options (language, schedules, "as of" date, buyer, prepared
// by / for), kept in the page's address so a bookmark reopens the same printout.
import { reactive, watch } from 'vue'
import { useRoute, useRouter } from 'vue-router'
import { dateProblem } from '@/domain'
import { isLocale, type Locale } from '@/i18n'
import { DEFAULT_MEMO_SECTIONS, MEMO_SECTION_NAMES } from '@/components/memo/memoSchedules'

export type LanguageChoice = Locale | 'both'
export const LANGUAGE_CHOICES: readonly LanguageChoice[] = ['en', 'zh-CN', 'both']

export interface PrintOptions {
  lang: LanguageChoice
  sections: Set<string>
  /** The day the memo's figures and overdue parts are worked out for (YYYY-MM-DD). */
  asOf: string
  preparedBy: string
  preparedFor: string
  buyer: string
}

/** The options read from the address, written back to it as they change; `today` is the default "as of" date. */
export function usePrintOptions(defaultLang: Locale, today: string): PrintOptions {
  const route = useRoute()
  const router = useRouter()
  const read = (key: string): string | undefined => {
    const value = route.query[key]
    return typeof value === 'string' ? value : undefined
  }
  const lang = read('lang')
  const asOf = read('asof')
  const options = reactive<PrintOptions>({
    lang: lang === 'both' || isLocale(lang) ? lang : defaultLang,
    sections: new Set((read('sections')?.split(',') ?? [...DEFAULT_MEMO_SECTIONS]).filter((s) => MEMO_SECTION_NAMES.includes(s))),
    asOf: asOf && !dateProblem(asOf) ? asOf : today,
    preparedBy: read('by') ?? '',
    preparedFor: read('for') ?? '',
    buyer: read('buyer') ?? '',
  })
  watch(
    () => [options.lang, [...options.sections].join(','), options.asOf, options.preparedBy, options.preparedFor, options.buyer],
    () => {
      const query: Record<string, string> = { lang: options.lang, sections: [...options.sections].join(',') }
      if (options.asOf !== today) query.asof = options.asOf
      if (options.preparedBy) query.by = options.preparedBy
      if (options.preparedFor) query.for = options.preparedFor
      if (options.buyer) query.buyer = options.buyer
      void router.replace({ query })
    },
  )
  return options
}
