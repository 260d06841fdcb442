// The app's languages: vue-i18n with one catalogue per locale, the choice kept across
// visits. The English of the shell and the case list is part of the app; the rest of
// English, and another language's catalogue, is downloaded the first time it is needed
// (loadLocale), before anything is shown with it.
import { markRaw } from 'vue'
import { createI18n, useI18n, type Composer } from 'vue-i18n'
import homeEnglish from 'virtual:messages/en'
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
/** Whole catalogues: none at first in a build, every language in development and tests. */
const loaded: Partial<Record<Locale, MessageSchema>> = {}
for (const [locale, messages] of Object.entries(preloaded)) if (isLocale(locale)) loaded[locale] = raw(messages)
/** The English there from the start: in a build, the words of the shell and the case list. */
const startingEnglish = loaded.en ?? raw(homeEnglish)
const loaders: Record<Locale, () => Promise<Record<string, unknown>>> = {
  en: () => import('virtual:messages/en-rest').then((module) => merged(homeEnglish, module.default)),
  'zh-CN': () => import('virtual:messages/zh-CN').then((module) => module.default),
}
const loading = new Map<Locale, Promise<MessageSchema>>()
/** The app's i18n instances that have only the starting English: they get the whole of it once it is here. */
const awaitingEnglish = new Set<Composer>()

/** Two catalogues in one, namespace by namespace (`rest`'s keys added to `start`'s). */
function merged(start: Record<string, unknown>, rest: Record<string, unknown>): Record<string, unknown> {
  const whole: Record<string, unknown> = { ...start }
  for (const [key, value] of Object.entries(rest)) {
    const before = whole[key]
    whole[key] = typeof before === 'object' && before !== null && typeof value === 'object' && value !== null ? merged(before as Record<string, unknown>, value as Record<string, unknown>) : value
  }
  return whole
}

/** The whole catalogue of a language, downloaded the first time it is asked for (a failed download may be tried again). */
export function loadLocale(locale: Locale): Promise<MessageSchema> {
  const ready = loaded[locale]
  if (ready) return Promise.resolve(ready)
  let pending = loading.get(locale)
  if (!pending) {
    pending = loaders[locale]().then(
      (messages) => {
        const whole = (loaded[locale] = raw(messages))
        if (locale === 'en') {
          for (const composer of awaitingEnglish) composer.setLocaleMessage(locale, whole)
          awaitingEnglish.clear()
        }
        return whole
      },
      (error: unknown) => {
        loading.delete(locale)
        throw error
      },
    )
    loading.set(locale, pending)
  }
  return pending
}

/** What the first page needs before it is shown: nothing to download for English, the whole catalogue of another language. */
export function loadStartingWords(locale: Locale): Promise<unknown> {
  return locale === 'en' ? Promise.resolve() : loadLocale(locale)
}

/** The catalogues loaded so far: in development and tests, where every language is preloaded, all of them whole. */
export function allCatalogues(): Record<Locale, Record<string, unknown>> {
  return { en: startingEnglish, ...loaded } as Record<Locale, Record<string, unknown>>
}

/** An i18n in `locale` when its catalogue is loaded (loadLocale), else in English until it is. */
export function createAppI18n(locale: Locale = storedLocale()) {
  const i18n = createI18n<[MessageSchema], string, false>({
    legacy: false,
    locale: loaded[locale] ? locale : 'en',
    fallbackLocale: 'en',
    messages: { en: startingEnglish, ...loaded } as Record<string, MessageSchema>,
    missingWarn: false,
    fallbackWarn: false,
  })
  if (!loaded.en) awaitingEnglish.add(i18n.global as unknown as Composer)
  return i18n
}

/** Makes a language's whole catalogue available to `composer` (downloading it the first time). */
export async function addLocale(composer: Composer, locale: Locale): Promise<void> {
  const messages = await loadLocale(locale)
  if (composer.getLocaleMessage(locale) !== messages) composer.setLocaleMessage(locale, messages)
}

/** Switching the interface language: the words are loaded first, so nothing shows a key meanwhile. */
export function useLocaleSwitch(): { switchTo: (locale: Locale) => Promise<void>; ensure: (locale: Locale) => Promise<void> } {
  const composer = useI18n({ useScope: 'global' }) as unknown as Composer
  return {
    ensure: (locale) => addLocale(composer, locale),
    switchTo: async (locale) => {
      // The English every page starts with is already here; the rest comes with the pages that show it.
      if (locale !== 'en') await addLocale(composer, locale)
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
