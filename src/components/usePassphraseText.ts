// A refused passphrase in words, the same for an export's passphrase and the team passphrase.
import { useI18n } from 'vue-i18n'
import { MIN_PASSPHRASE_LENGTH, type PassphraseProblem } from '@/domain/support/passphrase'

export function usePassphraseText(): (problem: PassphraseProblem) => string {
  const { t } = useI18n()
  return (problem) => {
    if (problem === 'tooShort') return t('exporting.tooShort', { min: MIN_PASSPHRASE_LENGTH })
    if (problem === 'mismatch') return t('exporting.mismatch')
    return t(`safety.passphrase.${problem}`)
  }
}
