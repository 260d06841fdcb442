// End-to-end tests: the production build served on localhost, driven in the system Chromium.
import { fileURLToPath, URL } from 'node:url'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    globalSetup: ['tests/e2e/serve.ts'],
    // A Content Security Policy violation in any page fails the test that drove it.
    setupFiles: ['tests/e2e/cspGuard.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
    // CI machines are shared and have two cores: wait for what a user would wait for, not for a deadline.
    expect: { poll: { timeout: 15_000, interval: 50 } },
    environment: 'node',
  },
})
