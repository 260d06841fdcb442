// The app's languages: vue-i18n with one catalogue per locale, the choice kept across
// visits. English is part of the app; another language's catalogue is downloaded the
// first time it is shown (loadLocale), before anything is shown in it.
import { markRaw } from 'vue'
import { createI18n, useI18n, type Composer } from 'vue-i18n'
import en from 'virtual:messages/en'
import preloaded from 'virtual:messages/preloaded'
import type { MessageSchema } from './messages'

export type { MessageSchema }

export const LOCALES = ['en', 'zh-CN'] as const
export type Locale = (typeof LOCALES)[number]

const STORAGE_KEY = 'restitution-tracker.locale'

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value)
}

/** The language the user chose last time, or the browser's. */
export function storedLocale(): Locale {
  try {
    const saved = globalThis.localStorage?.getItem(STORAGE_KEY)
    if (isLocale(saved)) return saved
  } catch {
    // Storage can be blocked (private mode); the default language still works.
  }
  const preferred = globalThis.navigator?.language ?? 'en'
  return preferred.toLowerCase().startsWith('zh') && isLocale('zh-CN') ? 'zh-CN' : 'en'
}

// Catalogues never change once loaded: kept raw, so vue-i18n's reactive store of messages does not
// wrap every message (a compiled message is a small tree, read on every translation) in a proxy.
const raw = (messages: unknown) => markRaw(messages as MessageSchema)
const loaded: Partial<Record<Locale, MessageSchema>> = { en: raw(en) }
for (const [locale, messages] of Object.entries(preloaded)) if (isLocale(locale)) loaded[locale] = raw(messages)
// English is never downloaded on its own: it is part of the app.
const loaders: Record<Exclude<Locale, 'en'>, () => Promise<{ default: Record<string, unknown> }>> = {
  'zh-CN': () => import('virtual:messages/zh-CN'),
}
const loading = new Map<Locale, Promise<MessageSchema>>()

/** The catalogue of a language, downloaded the first time it is asked for (a failed download may be tried again). */
export function loadLocale(locale: Locale): Promise<MessageSchema> {
  const ready = loaded[locale]
  if (ready) return Promise.resolve(ready)
  let pending = loading.get(locale)
  if (!pending) {
    pending = loaders[locale as Exclude<Locale, 'en'>]().then(
      (module) => (loaded[locale] = raw(module.default)),
      (error: unknown) => {
        loading.delete(locale)
        throw error
      },
    )
    loading.set(locale, pending)
  }
  return pending
}

/** The catalogues loaded so far: in development and tests, where every language is preloaded, all of them. */
export function allCatalogues(): Record<Locale, Record<string, unknown>> {
  return { ...loaded } as Record<Locale, Record<string, unknown>>
}

/** An i18n in `locale` when its catalogue is loaded (loadLocale), else in English until it is. */
export function createAppI18n(locale: Locale = storedLocale()) {
  return createI18n<[MessageSchema], string, false>({
    legacy: false,
    locale: loaded[locale] ? locale : 'en',
    fallbackLocale: 'en',
    messages: { ...loaded } as Record<string, MessageSchema>,
    missingWarn: false,
    fallbackWarn: false,
  })
}

/** Makes a language's words available to `composer` (downloading them the first time). */
export async function addLocale(composer: Composer, locale: Locale): Promise<void> {
  const messages = await loadLocale(locale)
  if (!composer.availableLocales.includes(locale)) composer.setLocaleMessage(locale, messages)
}

/** Switching the interface language: the words are loaded first, so nothing shows a key meanwhile. */
export function useLocaleSwitch(): { switchTo: (locale: Locale) => Promise<void>; ensure: (locale: Locale) => Promise<void> } {
  const composer = useI18n({ useScope: 'global' }) as unknown as Composer
  return {
    ensure: (locale) => addLocale(composer, locale),
    switchTo: async (locale) => {
      await addLocale(composer, locale)
      composer.locale.value = locale
      rememberLocale(locale)
    },
  }
}

export function rememberLocale(locale: Locale): void {
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, locale)
  } catch {
    // Not remembered, but the switch still applies to this visit.
  }
  if (globalThis.document) document.documentElement.lang = locale
}
