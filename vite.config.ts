import { fileURLToPath, URL } from 'node:url'
import { defineConfig } from "vitest/config"
import vue from '@vitejs/plugin-vue'

export default defineConfig({
  plugins: [vue()],
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  test: {
    environment: 'node',
    include: ['tests/unit/**/*.test.ts', 'tests/component/**/*.test.ts'],
    expect: { poll: { timeout: 10_000, interval: 20 } },
  },
})
