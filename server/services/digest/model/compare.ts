/**
 * Code-unit order for ids, URLs and ISO timestamps: unlike `localeCompare` it does not depend on
 * the server's locale or ICU version, so the same input always sorts the same way.
 */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

const DUTCH = new Intl.Collator('nl', { sensitivity: 'base', numeric: true });

/** Dutch alphabetical order for names people read (organisations), code-unit order on ties. */
export function compareDutch(a: string, b: string): number {
  return DUTCH.compare(a, b) || compareText(a, b);
}
