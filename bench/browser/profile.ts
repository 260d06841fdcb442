// `--profile N`: after the measured edits at the largest size, N more edits with
// Chromium's CPU profiler on, each followed by its autosave. Prints the functions
// with the most self time and the inclusive time of the app's own functions (per
// edit), and writes the profile (open it in Chromium's DevTools, Performance) to
// bench-profile-<offers>.cpuprofile in the system's temporary folder. Read it on a
// build with readable names: `npx vite build --minify false`, then
// `tsx bench/browser.ts --sizes 5,5000 --runs 1 --profile 10`.
import { writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from 'playwright-core'

interface ProfileNode {
  id: number
  callFrame: { functionName: string; url: string; lineNumber: number }
  children?: number[]
}
interface CpuProfile {
  nodes: ProfileNode[]
  samples: number[]
  timeDeltas: number[]
}

const nameOf = (node: ProfileNode) => {
  const { functionName, url, lineNumber } = node.callFrame
  const file = url.split('/').pop() ?? ''
  return `${functionName || '(anonymous)'} ${file}:${lineNumber + 1}`
}

/** Self and inclusive milliseconds per function name, over the whole profile. */
function times(profile: CpuProfile): { self: Map<string, number>; total: Map<string, number> } {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]))
  const parent = new Map<number, number>()
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id)
  const selfById = new Map<number, number>()
  profile.samples.forEach((id, i) => selfById.set(id, (selfById.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000))
  const self = new Map<string, number>()
  const total = new Map<string, number>()
  for (const [id, ms] of selfById) {
    const node = byId.get(id)!
    self.set(nameOf(node), (self.get(nameOf(node)) ?? 0) + ms)
    // Each function once per stack (recursion counted once).
    const seen = new Set<string>()
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const name = nameOf(byId.get(at)!)
      if (seen.has(name)) continue
      seen.add(name)
      total.set(name, (total.get(name) ?? 0) + ms)
    }
  }
  return { self, total }
}

function top(map: Map<string, number>, count: number, per: number, keep: (name: string) => boolean = () => true): string {
  return [...map]
    .filter(([name]) => keep(name) && !name.startsWith('(idle)') && !name.startsWith('(program)') && !name.startsWith('(root)'))
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([name, ms]) => `  ${(ms / per).toFixed(2).padStart(8)} ms  ${name}`)
    .join('\n')
}

/** Runs `edits` edits (each awaited with its autosave) under the profiler and prints where the time went. */
export async function profileEdits(page: Page, offers: number, edits: number, edit: (i: number) => Promise<void>): Promise<void> {
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('Profiler.enable')
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 })
  await cdp.send('Profiler.start')
  for (let i = 1; i <= edits; i++) await edit(i)
  const { profile } = (await cdp.send('Profiler.stop')) as { profile: CpuProfile }
  await cdp.detach()
  const path = join(tmpdir(), `bench-profile-${offers}.cpuprofile`)
  await writeFile(path, JSON.stringify(profile))
  const { self, total } = times(profile)
  const busy = [...self].filter(([name]) => !name.startsWith('(idle)')).reduce((sum, [, ms]) => sum + ms, 0)
  console.log(`\nCPU profile of ${edits} edits at ${offers.toLocaleString('en-US')} offers, each with its autosave (${path}):`)
  console.log(`busy ${(busy / edits).toFixed(1)} ms per edit (garbage collection and (program) included)`)
  console.log(`most self time, per edit:\n${top(self, 30, edits)}`)
  console.log(`most inclusive time in the app's own code, per edit:\n${top(total, 40, edits, (name) => !/\b(vendor|vue|dexie|chart)[-.]/i.test(name))}`)
}

interface TraceEvent {
  name: string
  ph: string
  dur?: number
  tid: number
  pid: number
  args?: { name?: string; data?: unknown }
}

/**
 * Runs `edits` edits under Chromium's tracing and prints, per edit, the time the page's main
 * thread spent in each kind of work (script, style, layout, paint…), longest first.
 */
export async function traceEdits(page: Page, offers: number, edits: number, edit: (i: number) => Promise<void>): Promise<void> {
  const cdp = await page.context().newCDPSession(page)
  const events: TraceEvent[] = []
  // (playwright's CDPSession types name only its own events)
  ;(cdp as unknown as { on: (event: string, listener: (data: { value: TraceEvent[] }) => void) => void }).on('Tracing.dataCollected', ({ value }) => events.push(...value))
  const done = new Promise<void>((resolve) => (cdp as unknown as { once: (event: string, listener: () => void) => void }).once('Tracing.tracingComplete', () => resolve()))
  await cdp.send('Tracing.start', { categories: 'devtools.timeline,blink,v8', transferMode: 'ReportEvents' })
  for (let i = 1; i <= edits; i++) await edit(i)
  await cdp.send('Tracing.end')
  await done
  await cdp.detach()
  const path = join(tmpdir(), `bench-trace-${offers}.json`)
  await writeFile(path, JSON.stringify({ traceEvents: events }))
  // The renderer's main thread: the one named CrRendererMain with the most events.
  const mains = events.filter((event) => event.name === 'thread_name' && event.args?.name === 'CrRendererMain')
  const count = (m: TraceEvent) => events.filter((event) => event.pid === m.pid && event.tid === m.tid).length
  const main = mains.sort((a, b) => count(b) - count(a))[0]
  if (!main) return
  const byName = new Map<string, number>()
  for (const event of events)
    if (event.pid === main.pid && event.tid === main.tid && event.ph === 'X' && event.dur)
      byName.set(event.name, (byName.get(event.name) ?? 0) + event.dur / 1000)
  console.log(`\nTrace of ${edits} edits at ${offers.toLocaleString('en-US')} offers, each with its autosave (${path}): main thread per edit (nested events overlap):`)
  console.log(top(byName, 25, edits))
}
