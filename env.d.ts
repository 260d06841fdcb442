/// <reference types="vite/client" />
declare module '*.vue' {
  import type { DefineComponent } from 'vue'
  const component: DefineComponent<object, object, unknown>
  export default component
}

/** The app's messages, one language per module (build/precompileMessages.ts). */
declare module 'virtual:messages/*' {
  const messages: Record<string, unknown>
  export default messages
}
