import { fileURLToPath, URL } from 'node:url'
import { defineConfig, type Plugin } from 'vitest/config'
import vue from '@vitejs/plugin-vue'
import { precompiledMessages } from './build/precompileMessages.ts'
import { PRODUCTION_POLICY, contentSecurityPolicy, policyText } from './build/csp.ts'
import { offlineApp } from './build/pwa.ts'
import { embeddedSyncServer } from './server/vitePlugin.ts'

/**
 * The @fontsource style sheets name a WOFF2 file and a WOFF fallback for each
 * slice of a font; every browser the app supports reads WOFF2, so the fallbacks
 * are dropped and never copied into the build.
 */
function woff2Only(): Plugin {
  return {
    name: 'woff2-only',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]@fontsource[\\/].*\.css$/.test(id)) return null
      return { code: code.replace(/,\s*url\([^)]*\.woff\)\s*format\('woff'\)/g, ''), map: null }
    },
  }
}

/**
 * The headers a host should send with every response of the app (docs/deploy.md); `npm start`
 * (vite preview) sends them, and the end-to-end tests run under them. The policy is the one in
 * index.html's meta tag, with what only a header can say: no page may frame the app.
 */
export const HOSTING_HEADERS: Record<string, string> = {
  'Content-Security-Policy': `${policyText(PRODUCTION_POLICY)}; frame-ancestors 'none'`,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Permissions-Policy':
    'accelerometer=(), autoplay=(), camera=(), display-capture=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), midi=(), payment=(), usb=(), serial=(), hid=(), bluetooth=(), publickey-credentials-get=(), screen-wake-lock=(), xr-spatial-tracking=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
}

export default defineConfig({
  preview: { headers: HOSTING_HEADERS },
  // The Content Security Policy is written into index.html per mode (build/csp.ts).
  plugins: [woff2Only(), vue(), precompiledMessages(), contentSecurityPolicy(), offlineApp(), embeddedSyncServer()],
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  define: {
    // vue-i18n without what this app does not use: the legacy API and the global <i18n-t>/v-t.
    __VUE_I18N_LEGACY_API__: 'false',
    __VUE_I18N_FULL_INSTALL__: 'false',
    __INTLIFY_PROD_DEVTOOLS__: 'false',
  },
  // Fonts are always files of their own: the Content Security Policy allows fonts from 'self', not data: URLs.
  build: {
    assetsInlineLimit: (file) => (/\.(woff2?|ttf|otf)$/.test(file) ? false : undefined),
    // Writing the service worker (build/pwa.ts) takes a few seconds after the bundle, by design:
    // not reported as a slow plugin on every build.
    rolldownOptions: { checks: { bundlerTimings: false } },
  },
  test: {
    environment: 'node',
    include: ['tests/unit/**/*.test.ts', 'tests/component/**/*.test.ts', 'tests/server/**/*.test.ts'],
    expect: { poll: { timeout: 10_000, interval: 20 } },
  },
})
