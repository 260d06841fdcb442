// The print view's options (language, sections, buyer, prepared by / for), kept
// in the page's address so a bookmark reopens the same printout.
import { reactive, watch } from 'vue'
import { useRoute, useRouter } from 'vue-router'
import { isLocale, type Locale } from '@/i18n'

export const MEMO_SECTIONS = ['losses', 'negotiation', 'contributions', 'properties', 'recovery', 'payments', 'assessment', 'chart'] as const
export type MemoSectionName = (typeof MEMO_SECTIONS)[number]
export type LanguageChoice = Locale | 'both'
export const LANGUAGE_CHOICES: readonly LanguageChoice[] = ['en', 'zh-CN', 'both']

export interface PrintOptions {
  lang: LanguageChoice
  sections: Set<MemoSectionName>
  preparedBy: string
  preparedFor: string
  buyer: string
}

/** The options read from the address, written back to it as they change. */
export function usePrintOptions(defaultLang: Locale): PrintOptions {
  const route = useRoute()
  const router = useRouter()
  const read = (key: string): string | undefined => {
    const value = route.query[key]
    return typeof value === 'string' ? value : undefined
  }
  const lang = read('lang')
  const options = reactive<PrintOptions>({
    lang: lang === 'both' || isLocale(lang) ? lang : defaultLang,
    sections: new Set(
      (read('sections')?.split(',') ?? [...MEMO_SECTIONS]).filter((s): s is MemoSectionName => (MEMO_SECTIONS as readonly string[]).includes(s)),
    ),
    preparedBy: read('by') ?? '',
    preparedFor: read('for') ?? '',
    buyer: read('buyer') ?? '',
  })
  watch(
    () => [options.lang, [...options.sections].join(','), options.preparedBy, options.preparedFor, options.buyer],
    () => {
      const query: Record<string, string> = { lang: options.lang, sections: [...options.sections].join(',') }
      if (options.preparedBy) query.by = options.preparedBy
      if (options.preparedFor) query.for = options.preparedFor
      if (options.buyer) query.buyer = options.buyer
      void router.replace({ query })
    },
  )
  return options
}
