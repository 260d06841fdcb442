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

/** A file name from a case title: letters, digits and dashes. */
export function fileNameFor(title: string, id: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[^\w\s-]/g, '')
    .trim()
    .replace(/\s+/g, '-')
    .slice(0, 60)
  return slug || id
}
