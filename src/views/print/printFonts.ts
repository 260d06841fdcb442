// The memo's typefaces, self-hosted from npm (@fontsource, SIL Open Font License)
// and imported by the print view only, so no other screen loads them. Each face
// is split by unicode-range: the browser fetches only the slices the memo's
// characters need. Wherever both are used the Latin face is listed first
// (MEMO_FONTS), so Latin letters and punctuation are never set in the CJK face.
// The build keeps only the WOFF2 files (vite.config.ts).
import '@fontsource/noto-serif/400.css'
import '@fontsource/noto-serif/400-italic.css'
import '@fontsource/noto-serif/700.css'
import '@fontsource/noto-serif/700-italic.css'
import '@fontsource/noto-serif-sc/400.css'
import '@fontsource/noto-serif-sc/700.css'
