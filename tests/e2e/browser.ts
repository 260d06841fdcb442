// Chromium from the system (Debian's /usr/bin/chromium), never a downloaded browser.
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core'
import { inject } from 'vitest'

export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
]

export function baseUrl(): string {
  return inject('baseUrl')
}

export async function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_FLAGS })
}

/** A fresh context has its own IndexedDB, so every test starts with no cases. */
export async function freshPage(browser: Browser, options: { width?: number; height?: number } = {}): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    viewport: { width: options.width ?? 1280, height: options.height ?? 800 },
    acceptDownloads: true,
    locale: 'en-US',
  })
  const page = await context.newPage()
  const errors: string[] = []
  page.on('pageerror', (error) => errors.push(error.message))
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text())
  })
  ;(page as Page & { errors: string[] }).errors = errors
  return { context, page }
}

export function pageErrors(page: Page): string[] {
  return (page as Page & { errors?: string[] }).errors ?? []
}

/** Saves a screenshot for a person to look at when SCREENSHOTS is set (never committed). */
export async function screenshot(page: Page, name: string): Promise<void> {
  const dir = process.env.SCREENSHOTS
  if (dir) await page.screenshot({ path: `${dir}/${name}.png`, fullPage: true })
}

/**
 * Saves a screenshot of one part of the page (a section) when SCREENSHOTS is set (never
 * committed): cut from the whole page scrolled to the top, so a bar that sticks to the top
 * of the window is not drawn over the part.
 */
export async function screenshotOf(part: Locator, name: string): Promise<void> {
  const dir = process.env.SCREENSHOTS
  if (!dir) return
  const page = part.page()
  await page.evaluate(() => window.scrollTo(0, 0))
  const box = await part.boundingBox()
  if (box) await page.screenshot({ path: `${dir}/${name}.png`, fullPage: true, clip: box })
}
