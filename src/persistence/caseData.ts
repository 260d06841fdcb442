// Case data on its way to storage or a file: a plain copy, checked by the engine, compared and serialized.
import { CaseFileError, isCheckedCase, parseCaseFile, type CaseFile } from '@/domain'

/**
 * A deep plain copy. Callers may pass Vue reactive proxies, which IndexedDB
 * cannot store and which must never be stored (house rule 4); a JSON round
 * trip drops them along with anything that is not case-file data.
 */
export function plainCopy(value: unknown): unknown {
  let text: string | undefined
  try {
    text = JSON.stringify(value)
  } catch {
    throw new CaseFileError([
      { path: '', message: 'This case could not be read for saving, so nothing was saved. Reload the case and try again.' },
    ])
  }
  return text === undefined ? undefined : JSON.parse(text)
}

/**
 * The normalized, plain case file, or CaseFileError with every problem: the only way anything
 * reaches storage. A case the engine itself checked (an edit of the open case) is that already,
 * and is not checked a second time.
 */
export function validCase(value: unknown): CaseFile {
  return isCheckedCase(value) ? (value as CaseFile) : parseCaseFile(plainCopy(value))
}

/** The text of an exported case file; the same case always gives the same text. */
export function serializeCase(file: CaseFile): string {
  return `${JSON.stringify(file, null, 2)}\n`
}

/** Whether two cases hold the same data, whatever the order of their keys. */
export function sameCase(a: CaseFile, b: CaseFile): boolean {
  return canonical(a) === canonical(b)
}

function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) =>
    typeof item === 'object' && item !== null && !Array.isArray(item)
      ? Object.fromEntries(Object.entries(item).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : item,
  )
}
