import search from 'approx-string-match';

/** An approximate occurrence of a pattern: [start, end) in the searched string, with its edit distance. */
export interface Hit {
  start: number;
  end: number;
  errors: number;
}

/**
 * The best approximate occurrences of `pattern` in `text[from, to)` with at most `maxErrors`
 * errors, as approx-string-match reports them (only those with the lowest error count), with
 * offsets relative to `text`. Callers keep ranges small: the cost is linear in the range and in
 * ⌈maxErrors / 32⌉.
 */
export function searchInRange(text: string, pattern: string, maxErrors: number, from: number, to: number): Hit[] {
  if (pattern.length === 0 || from >= to) return [];
  return search(text.slice(from, to), pattern, maxErrors).map((match) => ({
    start: from + match.start,
    end: from + match.end,
    errors: match.errors,
  }));
}
