// Importing a case file from the list: by picker or drop, a protected file after its
// passphrase, and a case whose id is already stored after the user's choice.
import { ref, shallowRef } from 'vue'
import { useI18n } from 'vue-i18n'
import { useRouter } from 'vue-router'
// Deep imports: the home page loads neither the engine nor Dexie.
import type { CaseFile } from '@/domain'
import type { CaseRecord } from '@/persistence'
import { MAX_FILE_BYTES } from '@/domain/caseFile/values'
import { issueAt, type CaseFileIssue } from '@/domain/caseFile/issues'
import { problem } from '@/domain/caseFile/problemCodes'
import { copyTitleWith } from '@/persistence/copyTitle'
import { envelopeLimit } from '@/persistence/encryption'
import { useCaseListStore } from '@/stores/caseList'
import { useLockedFile, type LockedFile } from './useLockedFile'

export function useCaseImport() {
  const { t } = useI18n()
  const router = useRouter()
  const store = useCaseListStore()

  const issues = shallowRef<CaseFileIssue[] | null>(null)
  const name = ref('')
  const conflict = shallowRef<{ text: string; incoming: CaseFile; existing: CaseRecord } | null>(null)
  const { locked, unlocking, unlock, stop } = useLockedFile<LockedFile>((text) => importText(text, 'ask'))
  const copyTitle = copyTitleWith((title) => t('safekeeping.copyTitle', { title }))

  function clear() {
    issues.value = null
    conflict.value = null
    locked.value = null
  }

  async function importFile(file: File) {
    clear()
    name.value = file.name
    // A protected file is larger than the case inside it; the case itself is checked once opened.
    if (file.size > envelopeLimit(MAX_FILE_BYTES)) {
      issues.value = [issueAt('', problem('file.tooLarge'))]
      return
    }
    await importText(await file.text(), 'ask')
  }

  async function importText(text: string, onConflict: 'ask' | 'replace' | 'copy') {
    const outcome = await store.importText(text, onConflict, copyTitle)
    if (outcome.kind === 'imported') {
      clear()
      await router.push({ name: 'case', params: { id: outcome.id } })
    } else if (outcome.kind === 'invalid') issues.value = outcome.issues
    else if (outcome.kind === 'locked') locked.value = { envelope: outcome.envelope, issues: null }
    else conflict.value = { text, incoming: outcome.incoming, existing: outcome.existing }
  }

  return { issues, name, conflict, locked, unlocking, clear, importFile, importText, unlock, stop }
}

export type CaseImport = ReturnType<typeof useCaseImport>
