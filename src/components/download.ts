/** Offers text to the user as a file download; nothing leaves the machine. */
export function download(filename: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }))
  saveUrl(filename, url)
  setTimeout(() => URL.revokeObjectURL(url), 1000)
}

/** Offers a URL (a blob or data URL the app made) as a file download. */
export function saveUrl(filename: string, url: string): void {
  const link = document.createElement('a')
  link.href = url
  link.download = filename
  link.rel = 'noopener'
  document.body.append(link)
  link.click()
  link.remove()
}

/**
 * A file name from a case title: its letters and digits in any script (a Chinese title stays
 * Chinese), words joined by dashes; punctuation, which some systems refuse in names, is left out.
 */
export function fileNameFor(title: string, id: string): string {
  const slug = title
    .normalize('NFKC')
    .replace(/[^\p{L}\p{M}\p{N}\s_-]/gu, '')
    .trim()
    .replace(/\s+/g, '-')
  // By characters, so a character outside the Basic Multilingual Plane is never cut in half.
  const short = [...slug].slice(0, 60).join('').replace(/^-+|-+$/g, '')
  // Windows reserves these names whatever the extension.
  if (/^(con|prn|aux|nul|com\d|lpt\d)$/i.test(short)) return `${short}-case`
  return short || id
}
