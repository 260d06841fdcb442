// axe-core in the page under test: the serious and critical accessibility violations of what is on screen.
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import type { Page } from 'playwright-core'

const source = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')

export interface Violation {
  id: string
  impact: string
  help: string
  nodes: string[]
}

/**
 * Draws every part of the page once, top to bottom, and scrolls back. The workspace lays out a
 * section only near the screen (`content-visibility: auto`); one never drawn keeps a placeholder
 * height while axe reads its contents at their real place, so axe would see the next section's
 * buttons lying over its rows. Once drawn, a section keeps its real height.
 */
async function drawWholePage(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const start = window.scrollY
    const drawn = () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))
    for (let y = 0; y < document.documentElement.scrollHeight; y += window.innerHeight) {
      window.scrollTo(0, y)
      await drawn()
    }
    window.scrollTo(0, start)
    await drawn()
  })
}

/** Violations of impact serious or critical, each with the elements it was found on. */
export async function seriousViolations(page: Page): Promise<Violation[]> {
  await drawWholePage(page)
  // Evaluated through the DevTools protocol, so the app's Content-Security-Policy does not block it.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(source)
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[] }> } }).axe
    const result = await axe.run(document, { resultTypes: ['violations'] })
    return result.violations
      .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
      .map((violation) => ({ id: violation.id, impact: violation.impact ?? '', help: violation.help, nodes: violation.nodes.map((node) => node.target.join(' ')) }))
  })
}
