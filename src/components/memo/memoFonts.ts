// The memo's typefaces (loaded by the print view: src/views/print/printFonts.ts).
// The Latin face comes before the CJK one, so Latin letters and punctuation are
// never set in the CJK face; Chinese falls through to it.
export const MEMO_FONTS = "'Noto Serif', 'Noto Serif SC', serif"

/** Characters the Latin face leaves to the CJK one: CJK scripts, symbols and full-width forms. */
const CJK = /[\u2e80-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef]/gu

/**
 * Loads the slices of the memo's faces that `text` needs, in the given styles ("400",
 * "italic 700"): the Latin face for all of it, the CJK face only for its CJK
 * characters, so an English memo fetches no CJK slice at all.
 */
export async function loadMemoFonts(text: string, styles: readonly string[]): Promise<void> {
  const fonts = globalThis.document?.fonts
  if (!fonts) return
  const cjk = [...new Set(text.match(CJK) ?? [])].join('')
  await Promise.all(
    styles.flatMap((style) => [fonts.load(`${style} 16px 'Noto Serif'`, text), ...(cjk ? [fonts.load(`${style} 16px 'Noto Serif SC'`, cjk)] : [])]),
  )
}
