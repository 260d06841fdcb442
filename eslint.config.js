import js from '@eslint/js'
import globals from 'globals'
import pluginVue from 'eslint-plugin-vue'
import tseslint from 'typescript-eslint'
import { importX } from 'eslint-plugin-import-x'
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript'
import importCycles from './eslint/importCycles.js'

// House rule 1: money is Decimal, never a JavaScript number. The chart adapter is
// the one place where an exact figure becomes a number, for chart.js.
const NO_NUMBERS_FOR_MONEY = [
  { selector: "CallExpression[callee.name='Number']", message: 'Money is Decimal, never a JavaScript number (only the chart adapter converts).' },
  { selector: "CallExpression[callee.name='parseFloat']", message: 'Money is Decimal, never a JavaScript number.' },
  { selector: "CallExpression[callee.object.name='Number'][callee.property.name='parseFloat']", message: 'Money is Decimal, never a JavaScript number.' },
  { selector: "CallExpression[callee.property.name='toNumber']", message: 'Money is Decimal, never a JavaScript number.' },
]

// Symbols that are not words: they need no translation.
const NOT_WORDS = ['·', '—', '–', '‹', '›', '→', '←', '+', '−', '*', '✓', '⚠', '×', '(', ')', ',', ':', ';', '.', '/', '%', '…', '|', '#']

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'test-results/**', 'dev-dist/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...pluginVue.configs['flat/recommended'],
  {
    files: ['**/*.vue'],
    languageOptions: { parserOptions: { parser: tseslint.parser } },
  },
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node }, ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      'vue/no-v-html': 'error',
      'vue/multi-word-component-names': 'off',
      'vue/max-attributes-per-line': 'off',
      'vue/singleline-html-element-content-newline': 'off',
      'vue/html-self-closing': 'off',
      'vue/html-indent': 'off',
      'vue/html-closing-bracket-newline': 'off',
      'vue/multiline-html-element-content-newline': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', ignoreRestSiblings: true }],
    },
  },
  {
    // No import cycles anywhere in the app: a cycle means two files share one job.
    files: ['src/**/*.ts', 'src/**/*.vue'],
    plugins: { 'import-x': importX, local: importCycles },
    // import-x parses each imported .vue file itself: tell vue-eslint-parser how to read its TypeScript.
    languageOptions: { parserOptions: { parser: tseslint.parser, extraFileExtensions: ['.vue'] } },
    settings: {
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: 'tsconfig.app.json' })],
      'import-x/extensions': ['.ts', '.vue'],
      'import-x/parsers': { 'vue-eslint-parser': ['.vue'], '@typescript-eslint/parser': ['.ts'] },
    },
    rules: {
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      // import-x skips type-only imports; this one counts them too.
      'local/no-import-cycles': 'error',
      'no-restricted-syntax': ['error', ...NO_NUMBERS_FOR_MONEY],
      // Files with one job stay short enough to read in one sitting.
      'max-lines': ['error', { max: 300 }],
    },
  },
  {
    files: ['src/components/analysis/chartAdapter.ts'],
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    // Every word on screen comes from the catalogues (src/i18n), in the user's language.
    files: ['src/**/*.vue'],
    rules: {
      'vue/no-bare-strings-in-template': [
        'error',
        {
          allowlist: NOT_WORDS,
          attributes: { '/.+/': ['title', 'aria-label', 'aria-placeholder', 'aria-roledescription', 'aria-valuetext', 'placeholder', 'alt'] },
          directives: ['v-text'],
        },
      ],
    },
  },
  {
    // Presentational components take what they show as props and say what happened
    // with events; the views (one per route, and their parts) talk to the stores.
    files: ['src/components/**/*.ts', 'src/components/**/*.vue'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['@/stores/*', '../stores/*', '../../stores/*'], message: 'Components do not read stores: a view passes them what they show.' },
            { group: ['@/persistence/*', '../persistence/*', '../../persistence/*', '../../../persistence/*'], message: 'Components do not touch storage: a view or a store does.' },
            { group: ['@/sync/*', '../sync/*', '../../sync/*', '../../../sync/*'], message: 'Components do not sync: a view or a store does.' },
          ],
        },
      ],
    },
  },
  {
    // Components receive figures and show them: parsing a decimal (Dec from text) is the domain's
    // job (statedMoney, readMoney, payersPlaced, ...). Only the chart adapter, which hands chart.js
    // its numbers, builds decimals. Dec as a type is fine.
    files: ['src/components/**/*.ts', 'src/components/**/*.vue'],
    ignores: ['src/components/analysis/chartAdapter.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [
            { name: '@/domain', importNames: ['Dec'], message: 'Components do not parse decimals: the domain gives them shown values (statedMoney, a Shown, a reading).', allowTypeImports: true },
            { name: 'decimal.js', message: 'Components do not parse decimals: the domain does.', allowTypeImports: true },
          ],
          patterns: [{ group: ['@/domain/decimal', '**/domain/decimal'], message: 'Components do not parse decimals: the domain does.', allowTypeImports: true }],
        },
      ],
    },
  },
  {
    // The engine is plain TypeScript: no framework, no storage, no DOM.
    files: ['src/domain/**/*.ts'],
    languageOptions: { globals: { ...globals.es2021 } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['vue', 'vue/*', '@vue/*', 'pinia', 'pinia/*', 'dexie', 'dexie/*', 'vue-router', 'vue-i18n', 'chart.js', 'chart.js/*'], message: 'src/domain must not depend on the UI, storage or the DOM.' },
            {
              // Relative paths at any depth too: a file in src/domain/view/ reaches src/stores/ as ../../stores/.
              group: layerPaths(['components', 'views', 'stores', 'persistence', 'i18n', 'sync']),
              message: 'src/domain is the innermost layer.',
            },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'localStorage', 'indexedDB', 'navigator', 'sessionStorage'],
    },
  },
  {
    // Storage and the catalogues are inner layers: they know nothing of sync (docs/sync.md).
    files: ['src/persistence/**/*.ts', 'src/i18n/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: layerPaths(['sync', 'stores', 'views', 'components']), message: 'An inner layer: it does not import sync, stores, views or components.' }] },
      ],
    },
  },
  {
    // Sync (docs/sync.md) builds on the domain and storage; the stores and the views build on it.
    files: ['src/sync/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: layerPaths(['stores', 'views', 'components', 'i18n']), message: 'src/sync may import the domain and persistence only.' }] },
      ],
    },
  },
)

/** The import paths of these layers under src/, by `@/` or by a relative path at any depth. */
function layerPaths(layers) {
  return layers.flatMap((layer) => [`@/${layer}/*`, `../${layer}/*`, `../../${layer}/*`, `../../../${layer}/*`])
}
