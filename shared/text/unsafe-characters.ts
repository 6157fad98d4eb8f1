/**
 * Characters that text from outside (an imported file, an address) must not bring into what
 * Kantlijn shows as plain text: control characters (a line break would start a line of its own in
 * a plain-text mail, where it could pass for the mail's own words; an escape sequence could
 * rewrite a terminal's lines) and the marks that turn the direction of text (`verslag‮fdp.exe`
 * shows as `verslagexe.pdf`).
 */
const UNSAFE = /[\p{Cc}\u2028\u2029\u202A-\u202E\u2066-\u2069]/u;
const UNSAFE_ALL = new RegExp(UNSAFE.source, 'gu');

/** Whether `text` holds any of those characters. */
export function hasUnsafeCharacters(text: string): boolean {
  return UNSAFE.test(text);
}

/** `text` with each of those characters replaced by `replacement`. */
export function replaceUnsafeCharacters(text: string, replacement: string): string {
  return text.replace(UNSAFE_ALL, replacement);
}
