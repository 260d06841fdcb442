// Offline and installable: a web app manifest and a service worker that precaches the app.
// The service worker waits to take over until the user says so (registerType 'prompt'): the app
// is used live, during calls, so a new version never reloads a page by itself; the shell asks
// (src/views/shell/AppUpdate.vue). Nothing here is inline, so the strict Content Security Policy
// (build/csp.ts) holds: the worker and the manifest are files from 'self'.
import { VitePWA, type VitePWAOptions } from 'vite-plugin-pwa'

/** The app's shell colours (src/styles/app.css: the top bar, the page). */
const THEME = '#16212e'
const BACKGROUND = '#f5f7fa'

export const PWA_OPTIONS: Partial<VitePWAOptions> = {
  registerType: 'prompt',
  // Registered by the app's own code (virtual:pwa-register/vue), never by an inline script.
  injectRegister: false,
  manifest: {
    id: '/',
    name: 'Restitution tracker',
    short_name: 'Restitution',
    description: 'Restitution negotiation calculator and tracker: losses, offers, family contributions, recovery and the criminal case, kept in this browser.',
    lang: 'en',
    start_url: '/',
    scope: '/',
    display: 'standalone',
    theme_color: THEME,
    background_color: BACKGROUND,
    icons: [
      { src: 'icon-192.png', sizes: '192x192', type: 'image/png' },
      { src: 'icon-512.png', sizes: '512x512', type: 'image/png' },
      // The icon fills its square and draws inside the middle 70%: safe to cut to any shape.
      { src: 'icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
      { src: 'icon.svg', sizes: 'any', type: 'image/svg+xml' },
    ],
  },
  workbox: {
    // The whole app: every script, style sheet, page and icon, and the Latin print fonts
    // (an English memo prints offline in its own typeface).
    globPatterns: ['**/*.{js,css,html,svg,png,webmanifest}', 'assets/noto-serif-latin-*.woff2', 'assets/noto-serif-sc-latin-*.woff2'],
    // Every route of the app is index.html (the router draws it).
    navigateFallback: 'index.html',
    // The Chinese print font comes in about 200 slices (7 MB): each is kept once a printout has
    // used it, rather than all downloaded on the first visit.
    runtimeCaching: [
      {
        urlPattern: ({ url, sameOrigin }) => sameOrigin && url.pathname.startsWith('/assets/') && url.pathname.endsWith('.woff2'),
        handler: 'CacheFirst',
        options: { cacheName: 'print-fonts', expiration: { maxEntries: 300 } },
      },
    ],
  },
}

export function offlineApp() {
  return VitePWA(PWA_OPTIONS)
}
