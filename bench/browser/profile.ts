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
