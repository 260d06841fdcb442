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
