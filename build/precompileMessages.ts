// The app's messages, compiled when the app is built: vue-i18n then needs no
// message compiler in the browser (its runtime formats the compiled messages),
// and each language is a module of its own, so a language is downloaded only
// when it is shown.
//
//   virtual:messages/en          the English the app starts with (in a build, HOME_WORDS only)
//   virtual:messages/en-rest     the rest of English (in a build; empty otherwise)
//   virtual:messages/zh-CN       one language's catalogue
//   virtual:messages/preloaded   the languages there whole from the start
//
// In a build, each catalogue is src/i18n/messages.ts evaluated at build time, every
// message compiled to vue-i18n's message syntax tree; a message that does not
// compile fails the build, naming its key. English is split in two: the words the
// shell and the case list show (HOME_WORDS in messages.ts) go into the app's first
// script, the rest into a module downloaded with the first other page. Served for
// development and tests, the modules hand out the catalogues as written (vue-i18n
// compiles them as they are used) and every language is preloaded whole, so a test
// can mount any page in any language at once.
import { fileURLToPath } from 'node:url'
import { baseCompile, type CompileError } from '@intlify/message-compiler'
import { runnerImport, type Plugin } from 'vite'
import { splitCatalogue, type Catalogue } from './splitCatalogue.ts'

const PREFIX = 'virtual:messages/'
const SOURCE = fileURLToPath(new URL('../src/i18n/messages.ts', import.meta.url))
const SRC = fileURLToPath(new URL('../src', import.meta.url))

/** The syntax tree vue-i18n's compiler gives a message without placeholders, plurals or links. */
const staticTree = (text: string) => ({ t: 0, b: { t: 2, i: [{ t: 3 }], s: text } })

/**
 * A catalogue as a JavaScript module: every message compiled to vue-i18n's message syntax tree,
 * a message that is plain text written as `s(text)` (the same tree, made when the module loads,
 * at a third of the size). Throws naming every message that does not compile.
 */
export function compileCatalogue(catalogue: Catalogue, locale: string): string {
  const failures: string[] = []
  const walk = (node: Catalogue, path: string[]): string => {
    const entries = Object.entries(node).map(([key, value]) => {
      const at = [...path, key]
      if (typeof value !== 'string') return `${JSON.stringify(key)}:${walk(value, at)}`
      const errors: CompileError[] = []
      const { ast } = baseCompile(value, { jit: true, location: false, minify: true, onError: (error) => errors.push(error) })
      if (errors.length > 0) failures.push(`${locale} ${at.join('.')}: ${errors.map((error) => error.message).join('; ')}`)
      const tree = JSON.stringify(ast)
      return `${JSON.stringify(key)}:${tree === JSON.stringify(staticTree(value)) ? `s(${JSON.stringify(value)})` : tree}`
    })
    return `{${entries.join(',')}}`
  }
  const body = walk(catalogue, [])
  if (failures.length > 0) throw new Error(`Messages that do not compile:\n  ${failures.join('\n  ')}`)
  return `const s = (text) => ({ t: 0, b: { t: 2, i: [{ t: 3 }], s: text } })\nexport default ${body}\n`
}

export function precompiledMessages(): Plugin {
  let building = false
  let catalogues: Promise<Record<string, Catalogue>> | null = null
  const read = () =>
    (catalogues ??= runnerImport<{ messages: Record<string, Catalogue>; HOME_WORDS: readonly string[] }>(SOURCE, {
      configFile: false,
      logLevel: 'error',
      resolve: { alias: { '@': SRC } },
    }).then(({ module: { messages, HOME_WORDS } }): Record<string, Catalogue> => {
      const [home, rest] = splitCatalogue(messages.en!, HOME_WORDS)
      return { ...messages, en: home, 'en-rest': rest }
    }))

  return {
    name: 'precompiled-messages',
    config(_config, env) {
      building = env.command === 'build'
      // Only compiled messages reach the browser, so vue-i18n's compiler can be left out.
      return building ? { define: { __INTLIFY_DROP_MESSAGE_COMPILER__: 'true' } } : {}
    },
    resolveId(id) {
      return id.startsWith(PREFIX) ? `\0${id}` : undefined
    },
    async load(id) {
      if (!id.startsWith(`\0${PREFIX}`)) return undefined
      const name = id.slice(PREFIX.length + 1)
      if (!building) {
        if (name === 'preloaded') return `import { messages } from ${JSON.stringify(SOURCE)}\nexport default messages\n`
        if (name === 'en-rest') return 'export default {}\n'
        return `import { messages } from ${JSON.stringify(SOURCE)}\nexport default messages[${JSON.stringify(name)}]\n`
      }
      if (name === 'preloaded') return 'export default {}\n'
      const catalogue = (await read())[name]
      if (!catalogue) throw new Error(`No catalogue for ${name} in src/i18n/messages.ts`)
      return compileCatalogue(catalogue, name)
    },
  }
}
