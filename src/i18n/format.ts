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

export function useFormat() {
  const { locale } = useI18n()
  const tag = computed(() => locale.value)
  return {
    money: (value: Dec | null | undefined, currency: string) =>
      value === null || value === undefined ? '—' : formatMoney(value, currency, tag.value),
    amount: (value: Dec, currency: string) => formatAmount(value, currency, tag.value),
    percent: (ratio: Dec | null | undefined) => (ratio === null || ratio === undefined ? '—' : formatPercent(ratio, tag.value)),
    date: (iso: string | undefined) => (iso ? formatDate(iso, tag.value) : '—'),
    dateTime: (iso: string) => formatDateTime(iso, tag.value),
  }
}
