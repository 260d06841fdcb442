// Hostile inputs for the importer and the restorer, built by fast-check from the worked
// examples: mutations at random paths, type swaps, truncations, deep nesting and keys that
// could reach a prototype. Each input says whether the contract requires it to be refused.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import fc from 'fast-check'
import { EXAMPLE_DIRS } from './examples'

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json }
type Path = (string | number)[]

export interface FuzzInput {
  /** What was done, for a failure's message. */
  how: string
  text: string
  /** The contract requires a refusal (true), an acceptance (false), or leaves it to the rules (null). */
  mustRefuse: boolean | null
}

/** The worked examples' texts as seeds, each with whether the contract calls it valid. */
export function seedTexts(): { text: string; valid: boolean }[] {
  const seeds: { text: string; valid: boolean }[] = []
  for (const dir of EXAMPLE_DIRS) {
    for (const name of readdirSync(dir)) if (name.endsWith('.case.json')) seeds.push({ text: readFileSync(join(dir, name), 'utf8'), valid: true })
    const invalid = join(dir, 'invalid')
    for (const name of existsSync(invalid) ? readdirSync(invalid) : [])
      if (name.endsWith('.json') && name !== 'expected-errors.json') seeds.push({ text: readFileSync(join(invalid, name), 'utf8'), valid: false })
  }
  return seeds
}

/** Every path to a value inside `value` (the root is []). */
export function pathsIn(value: Json, prefix: Path = [], found: Path[] = []): Path[] {
  found.push(prefix)
  if (Array.isArray(value)) value.forEach((item, index) => pathsIn(item, [...prefix, index], found))
  else if (value !== null && typeof value === 'object') for (const [key, item] of Object.entries(value)) pathsIn(item, [...prefix, key], found)
  return found
}

/** A copy of `root` with the value at `path` given to `change` (which returns undefined to delete it). */
export function changeAt(root: Json, path: Path, change: (old: Json) => Json | undefined): Json | undefined {
  if (path.length === 0) return change(root)
  const [head, ...rest] = path
  if (Array.isArray(root)) {
    const copy = [...root]
    const next = changeAt(copy[head as number] ?? null, rest, change)
    if (next === undefined) copy.splice(head as number, 1)
    else copy[head as number] = next
    return copy
  }
  if (root !== null && typeof root === 'object') {
    const copy: { [key: string]: Json } = { ...root }
    const next = changeAt(copy[head as string] ?? null, rest, change)
    if (next === undefined) delete copy[head as string]
    else copy[head as string] = next
    return copy
  }
  return root
}

/** The same value as another JSON type: a string as a number, a list as a record, anything as null. */
export function swapType(value: Json, choice: number): Json {
  const options: Json[] = [null]
  if (typeof value === 'string') options.push(/^\d+(\.\d+)?$/.test(value) ? Number(value) : value.length, value === 'true')
  if (typeof value === 'number') options.push(String(value), value > 0)
  if (typeof value === 'boolean') options.push(String(value), value ? 1 : 0)
  if (Array.isArray(value)) options.push({ ...value } as Json, value.length)
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) options.push(Object.values(value), JSON.stringify(value))
  return options[choice % options.length] ?? null
}

const insideExtra = (path: Path) => path.includes('extra')

const seedList = seedTexts()
const seeds = seedList.map((seed) => seed.text)
const parsedSeeds = seeds.map((text) => JSON.parse(text) as Json)
const emptyExample = JSON.parse(readFileSync(join(EXAMPLE_DIRS[0]!, 'empty.case.json'), 'utf8')) as { [key: string]: Json }

/** Mutations of a worked example at a random path: delete, replace, swap a type, duplicate a list item, add a key. */
export const mutations: fc.Arbitrary<FuzzInput> = fc
  .record({
    seed: fc.nat(parsedSeeds.length - 1),
    at: fc.nat(),
    kind: fc.constantFrom('delete', 'replace', 'swap', 'duplicate', 'unknownKey'),
    value: fc.jsonValue({ maxDepth: 3 }) as fc.Arbitrary<Json>,
    choice: fc.nat(5),
    key: fc.string({ minLength: 1, maxLength: 12 }),
  })
  .map(({ seed, at, kind, value, choice, key }) => {
    const root = parsedSeeds[seed]!
    const paths = pathsIn(root)
    const path = paths[at % paths.length]!
    let mustRefuse: boolean | null = null
    let next: Json | undefined
    if (kind === 'delete') next = changeAt(root, path, () => undefined)
    else if (kind === 'replace') next = changeAt(root, path, () => value)
    else if (kind === 'swap') {
      next = changeAt(root, path, (old) => swapType(old, choice))
      // Outside `extra`, every value of a valid file has one JSON type: another type is always refused.
      // (In an invalid example a swap may well mend it: a quoted amount is what the contract wants.)
      if (seedList[seed]!.valid && !insideExtra(path) && path.length > 0) mustRefuse = true
    } else if (kind === 'duplicate') {
      next = changeAt(root, path.slice(0, -1), (parent) => (Array.isArray(parent) ? [...parent, parent[path.at(-1) as number] ?? null] : parent))
    } else next = changeAt(root, path, (old) => (old !== null && typeof old === 'object' && !Array.isArray(old) ? { ...old, [key]: value } : old))
    const text = next === undefined ? '' : JSON.stringify(next, null, choice % 2 === 0 ? 2 : undefined)
    return { how: `${kind} at ${JSON.stringify(path)} of example ${seed}`, text, mustRefuse: text === '' ? true : mustRefuse }
  })

/** A worked example's text cut short anywhere: refused unless only trailing white space went. */
export const truncations: fc.Arbitrary<FuzzInput> = fc.record({ seed: fc.nat(seeds.length - 1), at: fc.nat() }).map(({ seed, at }) => {
  const full = seeds[seed]!
  const text = full.slice(0, at % full.length)
  return { how: `example ${seed} cut at ${text.length} of ${full.length}`, text, mustRefuse: text.trim() !== full.trim() ? true : null }
})

/** A valid example with `depth` lists or records nested inside its `extra`: accepted up to level 32, refused below. */
export const deepNesting: fc.Arbitrary<FuzzInput> = fc.record({ depth: fc.integer({ min: 1, max: 120 }), arrays: fc.boolean() }).map(({ depth, arrays }) => {
  const empty = emptyExample
  let inner: Json = arrays ? [] : {}
  for (let i = 1; i < depth; i++) inner = arrays ? [inner] : { level: inner }
  const file = { ...empty, extra: { nested: inner } }
  // The file is level 1, `extra` level 2, its `nested` container level 3, and so on: the deepest is level depth + 2.
  return { how: `${depth} levels of ${arrays ? 'lists' : 'records'} in extra`, text: JSON.stringify(file), mustRefuse: depth + 2 > 32 }
})

/** A key that could reach a prototype, written into the text of an example at a random record. */
export const prototypeKeys: fc.Arbitrary<FuzzInput> = fc
  .record({ seed: fc.nat(seeds.length - 1), at: fc.nat(), key: fc.constantFrom('__proto__', 'constructor', 'prototype'), value: fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Json> })
  .map(({ seed, at, key, value }) => {
    const text = seeds[seed]!
    // Every "{" that opens a record; the key goes right after one of them (JSON.parse keeps "__proto__" as an own key).
    const opens = [...text.matchAll(/\{/g)].map((match) => match.index)
    const where = opens[at % opens.length]!
    const polluting = key === '__proto__' ? { polluted: true, isAdmin: true } : { prototype: { polluted: true } }
    const inserted = `${text.slice(0, where + 1)}${JSON.stringify(key)}: ${JSON.stringify(value === null ? polluting : { ...polluting, value })},${text.slice(where + 1)}`
    return { how: `${key} at character ${where} of example ${seed}`, text: inserted, mustRefuse: true }
  })

export const anyInput: fc.Arbitrary<FuzzInput> = fc.oneof(mutations, truncations, deepNesting, prototypeKeys)
