// Chromium from the system (Debian's /usr/bin/chromium), never a downloaded browser.
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core'
import { inject } from 'vitest'
import { CHROMIUM_FLAGS } from '../support/chromium'

export { CHROMIUM_FLAGS }

export function baseUrl(): string {
  return inject('baseUrl')
}

export async function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_FLAGS })
}

/** Content Security Policy violations seen in any page of a watched context, not yet taken. */
const violations: string[] = []
/** Page loads watched for violations since the run began. */
let watchedLoads = 0

/** The violations seen since the last call (tests/e2e/cspGuard.ts fails a test on any). */
export function takeViolations(): string[] {
  return violations.splice(0)
}

export function watchedPageLoads(): number {
  return watchedLoads
}

/**
 * Reports every `securitypolicyviolation` of every page of the context (the app's policy is
 * in its index.html): the end-to-end run fails on any, so the strict policy is kept, not hoped for.
 */
export async function watchContentSecurityPolicy(context: BrowserContext): Promise<void> {
  await context.exposeBinding('__reportCspViolation', (_source, text: string) => {
    violations.push(text)
  })
  await context.addInitScript(() => {
    const report = (window as unknown as { __reportCspViolation: (text: string) => Promise<void> }).__reportCspViolation
    document.addEventListener(
      'securitypolicyviolation',
      (event) => void report(`${event.effectiveDirective} refused ${event.blockedURI || 'inline code'} in ${event.sourceFile || event.documentURI}:${event.lineNumber} ${event.sample}`),
      true,
    )
  })
  context.on('page', (page) => page.on('load', () => (watchedLoads += 1)))
}

/** A fresh context has its own IndexedDB, so every test starts with no cases. */
export async function freshPage(browser: Browser, options: { width?: number; height?: number; locale?: string } = {}): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    viewport: { width: options.width ?? 1280, height: options.height ?? 800 },
    acceptDownloads: true,
    locale: options.locale ?? 'en-US',
  })
  await watchContentSecurityPolicy(context)
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
