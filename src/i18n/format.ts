// Words for the screen: the engine's phrase functions (src/domain/words) need a
// catalogue lookup and the formatters of a locale; these bind them to vue-i18n.
import { useI18n } from 'vue-i18n'
import { formatterFor, type Formatter, type Words } from '@/domain'

export type { Formatter, Words }

type Translate = (key: string, named: Record<string, unknown>, options: { locale: string }) => string

function wordsWith(t: Translate, locale: string): Words {
  return { ...formatterFor(locale), text: (key, params = {}) => t(key, params, { locale }) }
}

/** Words in the interface language, following a language switch. */
export function useWords(): Words {
  const { t, locale } = useI18n()
  const translate = t as unknown as Translate
  const current = () => formatterFor(locale.value)
  return {
    get locale() {
      return locale.value
    },
    money: (value, currency) => current().money(value, currency),
    amount: (value, currency) => current().amount(value, currency),
    percent: (ratio) => current().percent(ratio),
    date: (iso) => current().date(iso),
    shortDate: (iso) => current().shortDate(iso),
    dateTime: (iso) => current().dateTime(iso),
    text: (key, params = {}) => translate(key, params, { locale: locale.value }),
  }
}

/** Words in a language chosen apart from the interface's (the print view shows two side by side). */
export function useWordsIn(): (locale: string) => Words {
  const { t } = useI18n()
  const cache = new Map<string, Words>()
  return (locale) => {
    let words = cache.get(locale)
    if (!words) cache.set(locale, (words = wordsWith(t as unknown as Translate, locale)))
    return words
  }
}

/** Formatting that follows the interface language. */
export function useFormat(): Formatter {
  return useWords()
}
