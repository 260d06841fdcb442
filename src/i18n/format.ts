// Money, percentages and dates for the screen, in the chosen language.
import { computed } from 'vue'
import { useI18n } from 'vue-i18n'
import { formatAmount, formatMoney, formatPercent, type Dec } from '@/domain'

export function formatDate(iso: string, locale: string): string {
  const [y, m, d] = iso.split('-').map((part) => Number.parseInt(part, 10))
  if (!y || !m || !d) return iso
  return new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(y, m - 1, d)),
  )
}

export function formatDateTime(iso: string, locale: string): string {
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return iso
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(date)
}

export type Formatter = ReturnType<typeof formatterFor>

/** Formatting for one explicit locale (the print view shows two side by side). */
export function formatterFor(locale: string) {
  return {
    money: (value: Dec | null | undefined, currency: string) =>
      value === null || value === undefined ? '—' : formatMoney(value, currency, locale),
    amount: (value: Dec, currency: string) => formatAmount(value, currency, locale),
    percent: (ratio: Dec | null | undefined) => (ratio === null || ratio === undefined ? '—' : formatPercent(ratio, locale)),
    date: (iso: string | undefined) => (iso ? formatDate(iso, locale) : '—'),
    dateTime: (iso: string) => formatDateTime(iso, locale),
  }
}

/** Formatting that follows the interface language. */
export function useFormat(): Formatter {
  const { locale } = useI18n()
  const current = computed(() => formatterFor(locale.value))
  return {
    money: (value, currency) => current.value.money(value, currency),
    amount: (value, currency) => current.value.amount(value, currency),
    percent: (ratio) => current.value.percent(ratio),
    date: (iso) => current.value.date(iso),
    dateTime: (iso) => current.value.dateTime(iso),
  }
}
