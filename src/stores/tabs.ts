// Tells other tabs of this app when a case was saved, so two tabs never
// silently overwrite each other's edits.
type Listener = (caseId: string) => void

const CHANNEL = 'restitution-tracker.saves'
const tabId = Math.random().toString(36).slice(2)
let channel: BroadcastChannel | null = null
const listeners = new Set<Listener>()

function ensureChannel(): BroadcastChannel | null {
  if (channel || typeof BroadcastChannel === 'undefined') return channel
  channel = new BroadcastChannel(CHANNEL)
  channel.onmessage = (event: MessageEvent<{ tab: string; caseId: string }>) => {
    if (event.data?.tab === tabId) return
    for (const listener of listeners) listener(event.data.caseId)
  }
  return channel
}

export function announceSaved(caseId: string): void {
  ensureChannel()?.postMessage({ tab: tabId, caseId })
}

export function onSavedElsewhere(listener: Listener): () => void {
  ensureChannel()
  listeners.add(listener)
  return () => listeners.delete(listener)
}
