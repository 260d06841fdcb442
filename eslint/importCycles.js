// A lint rule: no import cycles in src, type-only imports included.
// eslint-plugin-import-x's no-cycle skips `import type` by design, but a cycle
// through types still means two files share one job (the ones we had were such).
// The graph is read once per lint run from the files on disk.
import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'

const IMPORT = /(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g

function filesUnder(dir) {
  const found = []
  for (const name of readdirSync(dir)) {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) found.push(...filesUnder(path))
    else if (/\.(ts|vue)$/.test(name)) found.push(path)
  }
  return found
}

function resolveImport(from, specifier, srcDir) {
  let base
  if (specifier.startsWith('@/')) base = join(srcDir, specifier.slice(2))
  else if (specifier.startsWith('.')) base = resolve(dirname(from), specifier)
  else return null
  for (const candidate of [base, `${base}.ts`, `${base}.vue`, join(base, 'index.ts')])
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate
  return null
}

/** Each file in a cycle, with one cycle it is in (as a list of files). */
function cyclesOf(srcDir) {
  const graph = new Map()
  for (const file of filesUnder(srcDir)) {
    const text = readFileSync(file, 'utf8')
    const targets = new Set()
    for (const match of text.matchAll(IMPORT)) {
      const target = resolveImport(file, match[1] ?? match[2], srcDir)
      // A lazy import() is loaded later, on purpose: it is not a cycle of modules.
      if (target && match[1]) targets.add(target)
    }
    graph.set(file, [...targets])
  }
  // Tarjan's strongly connected components.
  let index = 0
  const indices = new Map()
  const low = new Map()
  const stack = []
  const onStack = new Set()
  const inCycle = new Map()
  const visit = (node) => {
    indices.set(node, index)
    low.set(node, index++)
    stack.push(node)
    onStack.add(node)
    for (const next of graph.get(node) ?? []) {
      if (!indices.has(next)) {
        visit(next)
        low.set(node, Math.min(low.get(node), low.get(next)))
      } else if (onStack.has(next)) low.set(node, Math.min(low.get(node), indices.get(next)))
    }
    if (low.get(node) === indices.get(node)) {
      const component = []
      let member
      do {
        member = stack.pop()
        onStack.delete(member)
        component.push(member)
      } while (member !== node)
      const selfLoop = component.length === 1 && (graph.get(node) ?? []).includes(node)
      if (component.length > 1 || selfLoop) for (const file of component) inCycle.set(file, component)
    }
  }
  for (const node of graph.keys()) if (!indices.has(node)) visit(node)
  return inCycle
}

let cached = null

export default {
  rules: {
    'no-import-cycles': {
      meta: { type: 'problem', docs: { description: 'Disallow import cycles, type-only imports included' }, schema: [] },
      create(context) {
        const srcDir = resolve(context.cwd, 'src')
        // One graph per lint run (the cache lives as long as the process).
        cached ??= cyclesOf(srcDir)
        const cycle = cached.get(context.filename)
        return {
          Program(node) {
            if (!cycle) return
            const names = cycle.map((file) => file.slice(srcDir.length + 1)).sort()
            context.report({ node, message: `Import cycle between ${names.join(', ')}: move what they share into a file of its own.` })
          },
        }
      },
    },
  },
}
