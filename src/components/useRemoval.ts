// Deleting a record from a list of the case: refused with the places that still
// name it, or done with a way back (Undo).
import { shallowRef } from 'vue'
import { useI18n } from 'vue-i18n'
import type { CaseFileIssue } from '@/domain'
import { useWorkspaceStore, type ListName, type RecordOf } from '@/stores/workspace'
import { useFormat } from '@/i18n/format'

export function useRemoval<K extends ListName>(list: () => K) {
  const { t } = useI18n()
  const format = useFormat()
  const workspace = useWorkspaceStore()
  const removed = shallowRef<{ index: number; record: RecordOf<K> } | null>(null)
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

  /** Removes the record, or returns the problems; references get a plain "still named in…" list. */
  function remove(index: number): CaseFileIssue[] | null {
    const record = workspace.file?.[list()][index] as RecordOf<K> | undefined
    const issues = workspace.removeRecord(list(), index)
    stillUsedIn.value = null
    if (!issues) {
      removed.value = record ? { index, record } : null
      return null
    }
    removed.value = null
    if (issues.every((issue) => issue.code === 'ref.missing'))
      stillUsedIn.value = [...new Set(issues.map((issue) => place(issue.path, index)))]
    return issues
  }

  function undo(): void {
    const last = removed.value
    if (!last) return
    workspace.update((current) => {
      const items = [...current[list()]]
      items.splice(Math.min(last.index, items.length), 0, last.record)
      return { ...current, [list()]: items }
    })
    removed.value = null
  }

  function forget(): void {
    removed.value = null
    stillUsedIn.value = null
  }

  return { removed, stillUsedIn, remove, undo, forget }
}
