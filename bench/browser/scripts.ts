// The JavaScript a page loads: each script's URL and its size as sent and gzipped
// (level 9, as Vite reports it), whatever the preview server's own compression.
import { gzipSync } from 'node:zlib'
import type { Page } from 'playwright-core'

export interface ScriptLoad {
  url: string
  bytes: number
  gzipped: number
  /** The file name without its hash: `index`, `chartSetup`, `zh-CN`… */
  name: string
  /** Which of the libraries and parts in MARKERS it holds. */
  holds: string[]
}

/** Text only each part's code contains: what a page loaded, whatever the chunk is called. */
export const MARKERS: Record<string, string> = {
  'zh-CN catalogue': '退赃退赔谈判记录',
  'message compiler': '`tokenizer`',
  'decimal.js': 'DecimalError',
  zod: '$ZodObject',
  dexie: 'DexieError',
  'chart.js': 'Canvas is already in use',
}

export function chunkName(url: string): string {
  const file = url.split('/').pop() ?? url
  return file.replace(/\.js$/, '').replace(/-[A-Za-z0-9_-]{8}$/, '')
}

/** Starts collecting: the returned list fills with one promise per script the page loads. */
export function collectScripts(page: Page): Promise<ScriptLoad>[] {
  const loads: Promise<ScriptLoad>[] = []
  page.on('response', (response) => {
    if (response.request().resourceType() !== 'script') return
    loads.push(
      response.body().then((body) => {
        const text = body.toString('utf8')
        return {
          url: response.url(),
          bytes: body.length,
          gzipped: gzipSync(body, { level: 9 }).length,
          name: chunkName(response.url()),
          holds: Object.keys(MARKERS).filter((part) => text.includes(MARKERS[part]!) || text.includes(escaped(MARKERS[part]!))),
        }
      }),
    )
  })
  return loads
}

/** The marker as a minifier may write it: non-ASCII characters as \u escapes. */
function escaped(marker: string): string {
  return marker.replace(/[^ -~]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
}
