// The Content Security Policy of the app, written into index.html per mode: the
// production build gets only what the app needs; the dev server adds its own
// websocket (hot reload) and the inline styles it injects, and nothing of that
// ever reaches a build.
import type { Plugin } from 'vite'

type Policy = Record<string, readonly string[]>

/** What the built app needs: its own scripts, styles and fonts; chart images as data URLs; nothing else. */
export const PRODUCTION_POLICY: Policy = {
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
