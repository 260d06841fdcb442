// The title of a copy, apart from the repository, so the case list words it without loading Dexie.
import { MAX_TEXT_LENGTH } from '@/domain/caseFile/values'

/**
 * The title of a copy, worded by `wrap` (`Title (copy)`, `Title（副本）`), the original shortened
 * (by characters, never splitting one) so the whole stays within the longest title allowed.
 */
export function copyTitleWith(wrap: (title: string) => string): (title: string) => string {
  return (title) => {
    const room = MAX_TEXT_LENGTH - [...wrap('')].length
    const chars = [...title]
    return wrap(chars.length > room ? chars.slice(0, room).join('') : title)
  }
}
