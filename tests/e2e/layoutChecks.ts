// What a person sees go wrong in a layout, measured in the page: a table cell or table wider
// than its box, a page that scrolls sideways, a figure broken across two lines, text drawn over
// other text. Each check returns the problems it found, described so a failure says where.
// Only what is drawn is measured: a section far off screen (`content-visibility: auto`) is
// skipped until it comes near, so a page is checked one screenful at a time.
import type { Page } from 'playwright-core'

/**
 * Table cells whose content is wider than the cell, and tables wider than their scroll box (1px
 * allowed), among those on screen (a section far off screen is not laid out until it comes near).
 */
export function clippedCells(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = []
    const shown = (el: Element) => {
      const box = el.getBoundingClientRect()
      return box.width > 0 && box.bottom > 0 && box.top < window.innerHeight && el.checkVisibility({ visibilityProperty: true, contentVisibilityAuto: true })
    }
    const name = (el: Element) => `${el.closest('[id]')?.id ?? ''} ${el.tagName.toLowerCase()}.${[...el.classList].join('.')} "${(el.textContent ?? '').trim().slice(0, 40)}"`
    for (const cell of document.querySelectorAll('td, th')) {
      if (!shown(cell)) continue
      if (cell.scrollWidth > cell.clientWidth + 1) found.push(`cell ${name(cell)}: ${cell.scrollWidth} > ${cell.clientWidth}`)
    }
    for (const table of document.querySelectorAll('table')) {
      const box = table.parentElement
      if (!box || !shown(table)) continue
      if (box.scrollWidth > box.clientWidth + 1) found.push(`table in ${name(box)}: ${box.scrollWidth} > ${box.clientWidth}`)
    }
    return found
  })
}

/** How far the page scrolls sideways (0 when it does not). */
export function sidewaysScroll(page: Page): Promise<number> {
  return page.evaluate(() => Math.max(0, document.documentElement.scrollWidth - document.documentElement.clientWidth))
}

/** The height of the section navigation's links, in lines of text. */
export function navLines(page: Page): Promise<number> {
  return page.evaluate(() => {
    const tops = new Set<number>()
    for (const item of document.querySelectorAll('.section-nav > :not(.visually-hidden)')) {
      const box = item.getBoundingClientRect()
      if (box.width > 0) tops.add(Math.round(box.top + box.height / 2))
    }
    // Items on one line share their middle; a few pixels apart is one line (a button beside links).
    const sorted = [...tops].sort((a, b) => a - b)
    return sorted.filter((top, i) => i === 0 || top - sorted[i - 1]! > 8).length
  })
}

/**
 * Figures broken inside themselves: every amount or percentage in any text on screen
 * ("US$131,575.00", "−$10,085.50", "76.80%", "人民币300,000.00元", "2026年12月15日"), drawn on more than one line. A sentence or a
 * list of figures may wrap between them, never inside one.
 */
export function brokenFigures(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = []
    // A sign belongs to a figure when nothing is written right before it ("PI-0112", "2024-04-05" and "3,000-10,000" may break at the hyphen).
    // Chinese figures whole too: 人民币300,000.00元, 131,575.00美元, 18.6万美元, 2026年12月15日.
    const figure = /(?<![\w.,−+-])(?:\d{4}年\d{1,2}月\d{1,2}日|[−+-]?(?:负|人民币|港币|新台币)?(?:[A-Z]{1,3}\$|[$¥€£])?\d(?:[\d,.]*\d)?(?:[万亿]?(?:%|元|美元|欧元|英镑|日元|韩元|越南盾))?)/g
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT)
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent ?? ''
      const parent = node.parentElement
      if (!parent || !/\d/.test(text) || parent.closest('.visually-hidden') || !parent.checkVisibility({ contentVisibilityAuto: true })) continue
      const box = parent.getBoundingClientRect()
      if (box.bottom <= 0 || box.top >= window.innerHeight) continue
      for (const match of text.matchAll(figure)) {
        if (match[0].length < 3) continue
        const range = document.createRange()
        range.setStart(node, match.index)
        range.setEnd(node, match.index + match[0].length)
        const middles = [...range.getClientRects()].filter((r) => r.width > 0).map((r) => r.top + r.height / 2)
        if (middles.length > 1 && Math.max(...middles) - Math.min(...middles) > 4) found.push(`${parent.closest('[id]')?.id ?? ''} "${match[0]}" in "${text.trim().slice(0, 60)}"`)
      }
    }
    return found
  })
}

/**
 * Pairs of text drawn over each other: every line of every text node on screen (hidden and
 * visually hidden text, and text clipped away by a scroll box, left out), compared with every
 * line of every other text node. Text under a bar that stays at the top is scrolled under it,
 * not over it, and is left out.
 */
export function overlappingText(page: Page, scope = 'body'): Promise<string[]> {
  return page.evaluate((selector) => {
    interface Line { node: Text; left: number; right: number; top: number; bottom: number }
    const root = document.querySelector(selector)
    if (!root) return [`nothing matches ${selector}`]
    const view = { left: 0, top: 0, right: document.documentElement.clientWidth, bottom: window.innerHeight }
    const sticky = [...document.querySelectorAll('.workspace__bar')].map((bar) => bar.getBoundingClientRect())
    const hiddenBy = (el: Element): boolean => {
      if (!el.checkVisibility({ opacityProperty: true, visibilityProperty: true, contentVisibilityAuto: true })) return true
      for (let at: Element | null = el; at; at = at.parentElement) {
        const style = getComputedStyle(at)
        if (at.classList.contains('visually-hidden')) return true
        if (style.clip !== 'auto' && style.position === 'absolute') return true
      }
      return false
    }
    /** The part of a box left visible by the scroll boxes around it. */
    const clipOf = (el: Element) => {
      const clip = { ...view }
      for (let at: Element | null = el; at && at !== document.body; at = at.parentElement) {
        const style = getComputedStyle(at)
        if (style.overflowX === 'visible' && style.overflowY === 'visible') continue
        const box = at.getBoundingClientRect()
        clip.left = Math.max(clip.left, box.left)
        clip.right = Math.min(clip.right, box.right)
        clip.top = Math.max(clip.top, box.top)
        clip.bottom = Math.min(clip.bottom, box.bottom)
      }
      return clip
    }
    const lines: Line[] = []
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      const parent = node.parentElement
      if (!parent || !(node.textContent ?? '').trim() || ['SCRIPT', 'STYLE', 'OPTION', 'TITLE'].includes(parent.tagName)) continue
      const range = document.createRange()
      range.selectNodeContents(node)
      const rects = [...range.getClientRects()].filter((r) => r.width > 1 && r.height > 1)
      if (!rects.length || hiddenBy(parent)) continue
      const clip = clipOf(parent)
      const inBar = sticky.length > 0 && parent.closest('.workspace__bar') !== null
      for (const r of rects) {
        const line = { node, left: Math.max(r.left, clip.left), right: Math.min(r.right, clip.right), top: Math.max(r.top, clip.top), bottom: Math.min(r.bottom, clip.bottom) }
        if (line.right - line.left < 2 || line.bottom - line.top < 2) continue
        if (!inBar && sticky.some((bar) => line.top < bar.bottom && line.bottom > bar.top)) continue
        lines.push(line)
      }
    }
    const found: string[] = []
    const where = (line: Line) => `${line.node.parentElement?.closest('[id]')?.id ?? ''} "${(line.node.textContent ?? '').trim().slice(0, 30)}"`
    for (let i = 0; i < lines.length; i++)
      for (let j = i + 1; j < lines.length; j++) {
        const a = lines[i]!
        const b = lines[j]!
        if (a.node === b.node) continue
        const wide = Math.min(a.right, b.right) - Math.max(a.left, b.left)
        const high = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top)
        // Glyph boxes of two lines may touch where the line height is tight; a third of a line is text over text.
        if (wide > 2 && high > Math.min(a.bottom - a.top, b.bottom - b.top) / 3) found.push(`${where(a)} over ${where(b)}`)
      }
    return found
  }, scope)
}
