// Tells the other tabs of this app what changed among the stored cases, and hears
// what they changed, so two tabs never silently overwrite each other and every
// case list stays current.
import { defineStore } from 'pinia'

/** What happened to the cases named in a message. */
export type CaseChange = 'saved' | 'created' | 'renamed' | 'duplicated' | 'deleted' | 'imported' | 'restored'

export interface CaseMessage {
  kind: CaseChange
  caseIds: string[]
  /** The revision now stored, when the message is about one case. */
  revision?: number
  /**
   * A save that knowingly replaced another tab's saved version ("Keep my version"): the revision it
   * replaced, so the tab that saved that one can say its change was replaced and offer it back.
   */
  replaced?: number
}

type Listener = (message: CaseMessage) => void

export const TAB_CHANNEL = 'restitution-tracker.cases'

const KINDS: ReadonlySet<string> = new Set<CaseChange>(['saved', 'created', 'renamed', 'duplicated', 'deleted', 'imported', 'restored'])

/** Another tab may run another version of the app: anything not in this shape is ignored. */
function isCaseMessage(data: unknown): data is CaseMessage {
  if (typeof data !== 'object' || data === null) return false
  const { kind, caseIds, revision, replaced } = data as Record<string, unknown>
  return (
    typeof kind === 'string' &&
    KINDS.has(kind) &&
    Array.isArray(caseIds) &&
    caseIds.every((id) => typeof id === 'string') &&
    (revision === undefined || typeof revision === 'number') &&
    (replaced === undefined || typeof replaced === 'number')
  )
}

/**
 * This tab's end of the channel. A store, so each Pinia has its own: a BroadcastChannel
 * never hears its own messages, so two Pinias in one test talk to each other like two tabs.
 */
export const useTabsStore = defineStore('tabs', () => {
  let channel: BroadcastChannel | null = null
  const listeners = new Set<Listener>()
  /** Listeners that also hear this tab's own announcements (team sync sends every saved change). */
  const ownListeners = new Set<Listener>()

  function ensureChannel(): BroadcastChannel | null {
    if (channel || typeof BroadcastChannel === 'undefined') return channel
    channel = new BroadcastChannel(TAB_CHANNEL)
    channel.onmessage = (event: MessageEvent<unknown>) => {
      if (!isCaseMessage(event.data)) return
      for (const listener of [...listeners]) listener(event.data)
    }
    return channel
  }

  /** Tells the other tabs; they hear it, this tab does not. */
  function announce(message: CaseMessage): void {
    const plain: CaseMessage = { kind: message.kind, caseIds: [...message.caseIds] }
    if (message.revision !== undefined) plain.revision = message.revision
    if (message.replaced !== undefined) plain.replaced = message.replaced
    ensureChannel()?.postMessage(plain)
    for (const listener of [...ownListeners]) listener(plain)
  }

  /** Calls `listener` with each message from another tab (and this tab's own with `own`); returns the way to stop. */
  function listen(listener: Listener, options: { own?: boolean } = {}): () => void {
    ensureChannel()
    listeners.add(listener)
    if (options.own) ownListeners.add(listener)
    return () => {
      listeners.delete(listener)
      ownListeners.delete(listener)
    }
  }

  function $reset(): void {
    listeners.clear()
    ownListeners.clear()
    channel?.close()
    channel = null
  }

  return { announce, listen, $reset }
})
