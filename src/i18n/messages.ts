// The catalogues as written: each language with every feature's strings merged in.
// The app does not ship this file: the build compiles its messages into one module
// per language (build/precompileMessages.ts, `virtual:messages/…`); development
// and tests read it as it is.
import en from './en'
import zhCN from './zh-CN'

/**
 * A feature may keep its strings in `features/NAME.ts`, exporting `en` and `zhCN`
 * (same keys, under its own top-level namespace); they are merged in here.
 */
interface FeatureCatalogue {
  en: Record<string, unknown>
  zhCN: Record<string, unknown>
}
const features = Object.values(import.meta.glob<FeatureCatalogue>('./features/*.ts', { eager: true }))

export type MessageSchema = typeof en & Record<string, unknown>

export const messages: { en: MessageSchema; 'zh-CN': MessageSchema } = {
  en: Object.assign({}, en, ...features.map((feature) => feature.en)),
  'zh-CN': Object.assign({}, zhCN, ...features.map((feature) => feature.zhCN)),
}

/**
 * The English the app's first script carries: what the shell and the case list show
 * (a failed import's problems included), as namespaces or single keys. A build ships the
 * rest of English in a module of its own, downloaded with the first other page
 * (src/router), so the home page does not load the case page's words. A key the case list
 * shows must be here (tests/component/homeWords.test.ts checks).
 */
export const HOME_WORDS = [
  'app',
  'shell',
  'common',
  'errors',
  'cases',
  'case',
  'import',
  'restore',
  'exporting',
  'unlock',
  'safekeeping',
  'safety',
  'sync',
  'level',
  'problem',
  'problemWhat',
  'kind',
  'role',
  'workspace.notFound',
  'workspace.conflict',
  'assessment.short',
  'summary.lossTotal',
] as const
