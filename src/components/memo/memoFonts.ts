// The memo's typefaces (loaded by the print view: src/views/print/printFonts.ts).
// The Latin face comes before the CJK one, so Latin letters and punctuation are
// never set in the CJK face; Chinese falls through to it.
export const MEMO_FONTS = "'Noto Serif', 'Noto Serif SC', serif"
