/** Helpers for the anchoring test tables: finding passages and editing texts, failing loudly. */

/** Start of the `occurrence`-th (0-based) occurrence of `needle` in `text`; throws when absent. */
export function offsetOf(text: string, needle: string, occurrence = 0): number {
  let at = -1;
  for (let i = 0; i <= occurrence; i += 1) {
    at = text.indexOf(needle, at + 1);
    if (at === -1) throw new Error(`not found (occurrence ${occurrence}): ${JSON.stringify(needle.slice(0, 80))}`);
  }
  return at;
}

/** Number of occurrences of `needle` in `text`. */
export function countOf(text: string, needle: string): number {
  let count = 0;
  for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1)) count += 1;
  return count;
}

/** Replaces the single occurrence of `search`; throws unless it occurs exactly once. */
export function replaceOnce(text: string, search: string, replacement: string): string {
  const count = countOf(text, search);
  if (count !== 1) throw new Error(`expected one occurrence, found ${count}: ${JSON.stringify(search.slice(0, 80))}`);
  const at = text.indexOf(search);
  return text.slice(0, at) + replacement + text.slice(at + search.length);
}

/** The paragraph (blank-line separated) that starts with `opening`; throws unless exactly one does. */
export function paragraphStartingWith(text: string, opening: string): string {
  const found = text.split('\n\n').filter((paragraph) => paragraph.startsWith(opening));
  if (found.length !== 1) throw new Error(`expected one paragraph starting with ${JSON.stringify(opening)}, found ${found.length}`);
  return found[0] ?? '';
}

/** Re-wraps a paragraph at `width` columns, as re-layout of a report does. */
export function hardWrap(paragraph: string, width: number): string {
  const lines: string[] = [];
  let line = '';
  for (const word of paragraph.split(' ')) {
    if (line.length > 0 && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line.length > 0 ? `${line} ${word}` : word;
    }
  }
  if (line.length > 0) lines.push(line);
  return lines.join('\n');
}
