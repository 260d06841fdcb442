// The printed page's footer (an @page rule worked out from the case) as a constructed
// style sheet, not a <style> element: the Content Security Policy allows no inline styles.
import { computed, onBeforeUnmount, watchEffect, type ComputedRef } from 'vue'

/** Keeps the document's footer sheet equal to `css` while the calling view is mounted. */
export function usePageFooter(css: () => string): ComputedRef<string> {
  const footerCss = computed(css)
  const sheet = new CSSStyleSheet()
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet]
  onBeforeUnmount(() => (document.adoptedStyleSheets = document.adoptedStyleSheets.filter((kept) => kept !== sheet)))
  watchEffect(() => sheet.replaceSync(footerCss.value))
  return footerCss
}
