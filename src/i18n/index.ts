// The app's languages: vue-i18n with one catalogue per locale, the choice kept across visits.
import { createI18n } from 'vue-i18n'
import en from './en'
import zhCN from './zh-CN'

/**
 * A feature may keep its strings in `features/NAME.ts`, exporting `en` and `zhCN`
 * (same keys, under its own top-level namespace); they are merged in here.
 */
interface FeatureCatalogue {
  en: Record<string, unknown>
  zhCN: Record<string, unknown>
}
const features = Object.values(import.meta.glob<FeatureCatalogue>('./features/*.ts', { eager: true }))

export const LOCALES = ['en', 'zh-CN'] as const
export type Locale = (typeof LOCALES)[number]
export type MessageSchema = typeof en & Record<string, unknown>

const STORAGE_KEY = 'restitution-tracker.locale'

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value)
}

function storedLocale(): Locale {
  try {
    const saved = globalThis.localStorage?.getItem(STORAGE_KEY)
    if (isLocale(saved)) return saved
  } catch {
    // Storage can be blocked (private mode); the default language still works.
  }
  const preferred = globalThis.navigator?.language ?? 'en'
  return preferred.toLowerCase().startsWith('zh') && isLocale('zh-CN') ? 'zh-CN' : 'en'
}

const catalogues: Record<string, MessageSchema> = {
  en: Object.assign({}, en, ...features.map((feature) => feature.en)),
  'zh-CN': Object.assign({}, zhCN, ...features.map((feature) => feature.zhCN)),
}

/** Both catalogues, merged, for tests that check they have the same keys. */
export function allCatalogues(): Record<Locale, Record<string, unknown>> {
  return { en: catalogues.en as Record<string, unknown>, 'zh-CN': catalogues['zh-CN'] as Record<string, unknown> }
}

export function createAppI18n(locale: Locale = storedLocale()) {
  return createI18n<[MessageSchema], string, false>({
    legacy: false,
    locale: catalogues[locale] ? locale : 'en',
    fallbackLocale: 'en',
    messages: catalogues,
    missingWarn: false,
    fallbackWarn: false,
  })
}

export function rememberLocale(locale: Locale): void {
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, locale)
  } catch {
    // Not remembered, but the switch still applies to this visit.
  }
  if (globalThis.document) document.documentElement.lang = locale
}
