/** Longest term name a chip shows before it is shortened. */
const CHIP_CHARACTERS = 28;

/**
 * The short name of a term for a chip beside its code: the label up to about `max` characters, cut
 * between words, with an ellipsis when shortened. The full label goes in the chip's title and
 * screen reader text, so nothing is lost.
 */
export function shortLabel(label: string, max = CHIP_CHARACTERS): string {
  const clean = label.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const head = clean.slice(0, max + 1);
  const lastSpace = head.lastIndexOf(' ');
  const cut = lastSpace > max / 2 ? head.slice(0, lastSpace) : clean.slice(0, max);
  return `${cut.replace(/[\s,;:.(–-]+$/, '')}…`;
}
