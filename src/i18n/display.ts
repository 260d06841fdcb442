// Figures stored already rounded for display (the case list's), in the interface
// language. Unlike useWords (format.ts), this needs neither the engine nor decimal
// arithmetic, so the case list loads neither.
import { useI18n } from 'vue-i18n'
import { formatDateTime } from '@/domain/support/dates'
import { formatRoundedMoney, formatRoundedPercent } from '@/domain/money/formatRounded'

export interface Display {
  /** Money rounded to its currency's minor units ("90418.83"). */
  money(rounded: string, currency: string): string
  /** A ratio rounded to four decimals ("0.7680"); '—' for none. */
  percent(rounded: string | null): string
  /** An ISO 8601 instant in the user's time zone. */
  dateTime(iso: string): string
}

export function useDisplay(): Display {
  const { locale } = useI18n()
  return {
    money: (rounded, currency) => formatRoundedMoney(rounded, currency, locale.value),
    percent: (rounded) => (rounded === null ? '—' : formatRoundedPercent(rounded, locale.value)),
    dateTime: (iso) => formatDateTime(iso, locale.value),
  }
}
