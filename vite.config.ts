import { fileURLToPath, URL } from 'node:url'
import { defineConfig } from "vitest/config"
import vue from '@vitejs/plugin-vue'
import { contentSecurityPolicy } from './build/csp.ts'

export default defineConfig({
  // The Content Security Policy is written into index.html per mode (build/csp.ts).
  plugins: [vue(), contentSecurityPolicy()],
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  test: {
    environment: 'node',
    include: ['tests/unit/**/*.test.ts', 'tests/component/**/*.test.ts'],
    expect: { poll: { timeout: 10_000, interval: 20 } },
  },
})
