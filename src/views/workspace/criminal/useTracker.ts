// Edits to the case's tracker block from the criminal-case sections: each goes
// through the workspace store's changeCase, so it is validated, undoable and saved.
import { computed, shallowRef } from 'vue'
import { caseTracker, issueAt, problem, withCaseTracker, type CaseFileIssue, type TrackerCase } from '@/domain'
import { useWorkspaceStore, type UndoEntry } from '@/stores/workspace'

type Refusal = CaseFileIssue[] | null

export function useTracker() {
  const workspace = useWorkspaceStore()
  const tracker = computed(() => (workspace.file ? caseTracker(workspace.file) : {}))

  /** Sets tracker fields (a field set to undefined is removed); `label` names the change for undo. */
  function change(patch: Partial<TrackerCase>, label: string): Refusal {
    return workspace.changeCase((current) => withCaseTracker(current, patch), label)
  }

  /** Add, replace and remove by id for a list kept in the tracker block, with undo of the last delete; `what` words a record in problems. */
  function listEdits<T extends { id: string }>(read: (tracker: TrackerCase) => readonly T[] | undefined, write: (items: T[] | undefined) => Partial<TrackerCase>, label: string, what: string) {
    const removal = shallowRef<UndoEntry | null>(null)
    const items = () => [...(read(tracker.value) ?? [])]
    const save = (next: T[]) => change(write(next.length ? next : undefined), label)
    const gone = (): Refusal => [issueAt('', problem('record.gone', { what }))]
    return {
      add: (record: Record<string, unknown>) => save([...items(), record as unknown as T]),
      replace: (key: string, record: Record<string, unknown>) => {
        const list = items()
        const index = list.findIndex((item) => item.id === key)
        if (index < 0) return gone()
        list[index] = record as unknown as T
        return save(list)
      },
      remove: (key: string) => {
        const list = items()
        if (!list.some((item) => item.id === key)) return gone()
        const refused = save(list.filter((item) => item.id !== key))
        removal.value = refused ? null : workspace.lastChange
        return refused
      },
      undoRemove: () => {
        const refused = removal.value && workspace.lastChange === removal.value ? workspace.undo() : null
        removal.value = null
        return refused
      },
      canUndoRemove: computed(() => !!removal.value && workspace.lastChange === removal.value),
    }
  }

  return { tracker, change, listEdits }
}
