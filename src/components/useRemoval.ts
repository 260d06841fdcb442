// Deleting a record from a list of the case: refused with the places that still
// name it, or done with a way back (Undo).
import { computed, shallowRef } from 'vue'
import { useI18n } from 'vue-i18n'
import type { CaseFileIssue } from '@/domain'
import { recordKey, useWorkspaceStore, type ListName, type RecordOf, type UndoEntry } from '@/stores/workspace'
import { useFormat } from '@/i18n/format'

export function useRemoval<K extends ListName>(list: () => K) {
  const { t } = useI18n()
  const format = useFormat()
  const workspace = useWorkspaceStore()
  /** This list's last delete, offered for undo only while it is still the case's last change. */
  const removal = shallowRef<UndoEntry | null>(null)
  const removed = computed(() => (removal.value && workspace.lastChange === removal.value ? removal.value : null))
  const stillUsedIn = shallowRef<string[] | null>(null)

  /** Where a dangling reference stands, in words: "the seller offer of May 16, 2024". */
  function place(path: string, removedIndex: number): string {
    const match = /^(offers|payments|properties)\[(\d+)\]/.exec(path)
    const file = workspace.file
    if (!match || !file) return path
    const name = match[1] as 'offers' | 'payments' | 'properties'
    let index = Number(match[2])
    if (name === list() && index >= removedIndex) index++ // paths are of the case without the removed record
    if (name === 'offers') {
      const offer = file.offers[index]
      return offer ? t('workspace.place.offer', { side: t(`offer.from.${offer.from}`), date: format.date(offer.date) }) : path
    }
    if (name === 'payments') {
      const payment = file.payments[index]
      return payment ? t('workspace.place.payment', { date: format.date(payment.date) }) : path
    }
    const property = file.properties[index]
    return property ? t('workspace.place.property', { name: property.description }) : path
  }

  /** Removes the record with that key, or returns the problems; references get a plain "still named in…" list. */
  function remove(key: string): CaseFileIssue[] | null {
    const index = (workspace.file?.[list()] ?? []).findIndex((record) => recordKey(list(), record as RecordOf<K>) === key)
    const issues = workspace.remove(list(), key)
    stillUsedIn.value = null
    if (!issues) {
      removal.value = workspace.lastChange
      return null
    }
    removal.value = null
    if (issues.every((issue) => issue.code === 'ref.missing'))
      stillUsedIn.value = [...new Set(issues.map((issue) => place(issue.path, index)))]
    return issues
  }

  function undo(): void {
    if (removed.value) workspace.undo()
    removal.value = null
  }

  function forget(): void {
    removal.value = null
    stillUsedIn.value = null
  }

  return { removed, stillUsedIn, remove, undo, forget }
}
