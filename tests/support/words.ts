// Words in a language as the screens have them (the app's own catalogues), for tests of pure modules.
import { formatterFor, type Words } from '@/domain'
import { createAppI18n, type Locale } from '@/i18n'

export function wordsFor(locale: Locale): Words {
  const { t } = createAppI18n(locale).global
  return { ...formatterFor(locale), text: (key, params = {}) => t(key, params) }
}
