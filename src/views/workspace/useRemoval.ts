// Deleting a record from a list of the case: refused with the places that still
// name it (in words), or done with a way back (Undo, while it is the last change).
import { computed, shallowRef } from 'vue'
import { offerLabel, propertyLabel, recordKey, type CaseFileIssue, type ListName, type RecordOf } from '@/domain'
import { useWorkspaceStore, type UndoEntry } from '@/stores/workspace'
import { useWords } from '@/i18n/format'

export function useRemoval<K extends ListName>(list: () => K) {
  const words = useWords()
  const workspace = useWorkspaceStore()
  /** This list's last delete, offered for undo only while it is still the case's last change. */
  const removal = shallowRef<UndoEntry | null>(null)
  const removed = computed(() => (removal.value && workspace.lastChange === removal.value ? removal.value : null))
  const stillUsedIn = shallowRef<string[] | null>(null)

  /** Where a dangling reference stands, in words: "Seller offer 3 · May 16, 2024". Paths are of the case without the removed record. */
  function place(path: string, removedIndex: number): string {
    const match = /^(offers|payments|properties)\[(\d+)\]/.exec(path)
    const view = workspace.caseView
    if (!match || !view) return path
    const name = match[1] as 'offers' | 'payments' | 'properties'
    let index = Number.parseInt(match[2] ?? '', 10)
    if (name === list() && index >= removedIndex) index++
    if (name === 'offers') {
      const row = view.offerById.get(view.file.offers[index]?.id ?? '')
      return row ? offerLabel(row.label, words, 'dated') : path
    }
    if (name === 'payments') {
      const payment = view.file.payments[index]
      return payment ? words.text('workspace.place.payment', { date: words.date(payment.date) }) : path
    }
    const property = view.file.properties[index]
    return property ? words.text('workspace.place.property', { name: propertyLabel(property, words) }) : path
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

  /** Takes back this list's last delete; a refusal (say, the case was closed meanwhile) comes back to show. */
  function undo(): CaseFileIssue[] | null {
    const refused = removed.value ? workspace.undo() : null
    removal.value = null
    return refused
  }

  function forget(): void {
    removal.value = null
    stillUsedIn.value = null
  }

  return { removed, stillUsedIn, remove, undo, forget }
}
