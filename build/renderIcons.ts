// Renders the app's PNG icons from public/icon.svg with the system Chromium, so the icons a
// browser installs are drawn from the one SVG: `npm run icons` after changing icon.svg, then
// commit the PNGs (they are the app's icon files, not build output).
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { chromium } from 'playwright-core'
import { CHROMIUM_FLAGS } from '../tests/support/chromium.ts'

const PUBLIC = resolve(import.meta.dirname, '../public')
/** File name → edge in pixels: the manifest's two sizes, and the 180 px icon iOS asks for. */
const ICONS: Record<string, number> = { 'icon-192.png': 192, 'icon-512.png': 512, 'apple-touch-icon.png': 180 }

const svg = readFileSync(resolve(PUBLIC, 'icon.svg'), 'utf8')
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_FLAGS })
try {
  for (const [name, size] of Object.entries(ICONS)) {
    const page = await browser.newPage({ viewport: { width: size, height: size } })
    await page.setContent(`<!doctype html><body style="margin:0">${svg.replace('<svg ', `<svg width="${size}" height="${size}" `)}</body>`)
    await page.screenshot({ path: resolve(PUBLIC, name) })
    await page.close()
    console.log(`public/${name}: ${size}×${size}`)
  }
} finally {
  await browser.close()
}
