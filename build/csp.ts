// The Content Security Policy of the app, written into index.html per mode: the
// production build gets only what the app needs; the dev server adds its own
// websocket (hot reload) and the inline styles it injects, and nothing of that
// ever reaches a build.
import type { Plugin } from 'vite'

type Policy = Record<string, readonly string[]>

/** What the built app needs: its own scripts, styles and fonts; chart images as data URLs; nothing else. */
const APP_POLICY: Policy = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'"],
  // The printed chart is a PNG data URL; the page's icon is the app's own (/icon.svg).
  'img-src': ["'self'", 'data:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
}

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]'])

/**
 * The origin of a sync server the app reaches directly instead of through its own /couchdb/ path
 * (docs/sync.md §8): `VITE_SYNC_ORIGIN` at build time. Exactly one origin, written as the browser
 * writes it (`https://couch.example.org`, no path, no trailing slash), over https (http only on
 * this machine); never a wildcard. Unset or empty: none, and the policy stays `connect-src 'self'`.
 */
export function syncOrigin(value: string | undefined): string | null {
  const text = (value ?? '').trim()
  if (text === '') return null
  const refuse = (why: string) => new Error(`VITE_SYNC_ORIGIN "${text}" ${why}`)
  if (text.includes('*')) throw refuse('has a wildcard: name the one origin of the sync server.')
  let url: URL
  try {
    url = new URL(text)
  } catch {
    throw refuse('is not an origin such as https://couch.example.org.')
  }
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname))) throw refuse('must use https (http only for localhost).')
  // The URL parser lets through host names no DNS has (a ';' among them would end the directive).
  if (!/^([a-z0-9-]+\.)*[a-z0-9-]+$|^\[[0-9a-f:.]+\]$/.test(url.hostname)) throw refuse('has a host name that is not one.')
  if (url.origin !== text) throw refuse(`is not an origin alone: write ${url.origin} (no path, user, query or trailing slash).`)
  return url.origin
}

/** The policy with one more origin the app may connect to (the sync server's), or unchanged. */
export function withSyncOrigin(policy: Policy, origin: string | null): Policy {
  if (origin === null) return policy
  return { ...policy, 'connect-src': [...(policy['connect-src'] ?? []), origin] }
}

/** The built app's policy: the app's own, and the sync server's origin when the build names one. */
export const PRODUCTION_POLICY: Policy = withSyncOrigin(APP_POLICY, syncOrigin(process.env.VITE_SYNC_ORIGIN))

/** The dev server's additions: its hot-reload websocket, and the <style> elements it injects for CSS. */
const DEVELOPMENT_ADDITIONS: Policy = {
  'style-src': ["'unsafe-inline'"],
  'connect-src': ['ws://localhost:*', 'ws://127.0.0.1:*', 'ws://[::1]:*'],
}

export function policyText(policy: Policy): string {
  return Object.entries(policy)
    .map(([directive, sources]) => `${directive} ${sources.join(' ')}`)
    .join('; ')
}

export function policyFor(mode: 'production' | 'development'): string {
  if (mode === 'production') return policyText(PRODUCTION_POLICY)
  const merged: Record<string, string[]> = {}
  for (const [directive, sources] of Object.entries(PRODUCTION_POLICY)) merged[directive] = [...sources, ...(DEVELOPMENT_ADDITIONS[directive] ?? [])]
  return policyText(merged)
}

/** Puts the policy of the current command (serve: development, build: production) first in <head>. */
export function contentSecurityPolicy(): Plugin {
  let mode: 'production' | 'development' = 'production'
  return {
    name: 'content-security-policy',
    configResolved(config) {
      mode = config.command === 'serve' ? 'development' : 'production'
    },
    transformIndexHtml: {
      order: 'pre',
      handler: () => [
        { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: policyFor(mode) }, injectTo: 'head-prepend' },
      ],
    },
  }
}
