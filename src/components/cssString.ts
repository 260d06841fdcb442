/**
 * A CSS string literal for any text: every character but letters, digits and
 * spaces is hex-escaped, so a case title can never end the string and add rules
 * of its own (CSS also treats form feeds and other controls as line breaks).
 */
export function cssString(text: string): string {
  let out = '"'
  for (const char of text) {
    if (/^[\p{L}\p{N} ]$/u.test(char)) out += char
    else out += `\\${(char.codePointAt(0) ?? 0).toString(16)} `
  }
  return `${out}"`
}
