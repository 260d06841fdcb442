// A tab held open on an older version of the app, after a newer one was put on the server: a part
// of the old version loaded lazily (a page, a word list) is gone, and its download fails. The
// shell then stores the pending edits and offers a reload that comes back to the same place
// (src/views/shell/StaleVersion.vue). Reported by Vite's `vite:preloadError` (src/main.ts) and by
// the router's onError for a failed dynamic import (./index.ts).
import { ref } from 'vue'

/** Where to reload to (the page the user is on), once a part of the app failed to load; null: none failed. */
export const staleAt = ref<string | null>(null)

/** The messages browsers give when a module of a dynamic import() cannot be fetched. */
const FAILED_IMPORT = /Failed to fetch dynamically imported module|error loading dynamically imported module|Importing a module script failed|Unable to preload CSS|Loading (CSS )?chunk .* failed/i

export function isFailedImport(error: unknown): boolean {
  const message = (error as { message?: unknown } | null)?.message
  return typeof message === 'string' && FAILED_IMPORT.test(message)
}

/** Notes that a part of the app failed to load while the page showed `place` (path, query and hash). */
export function reportStale(place: string): void {
  staleAt.value ??= place
}

/** The place the page shows now: the router changes the address only once a page has loaded. */
export function currentPlace(location: Pick<Location, 'pathname' | 'search' | 'hash'>): string {
  return `${location.pathname}${location.search}${location.hash}`
}
