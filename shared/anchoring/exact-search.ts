import type { Hit } from './range-search';

/** Exact occurrences examined at most; more only arise for very short quotes in huge texts. */
const MAX_EXACT = 2000;

/**
 * Exact occurrences of `needle` in `haystack` that start in [from, to), in order, at most 2000.
 */
export function findExact(haystack: string, needle: string, from: number, to: number): Hit[] {
  const hits: Hit[] = [];
  if (needle.length === 0) return hits;
  const offset = Math.max(0, from);
  // Searching a slice bounds the scan when the needle is absent.
  const stretch = haystack.slice(offset, Math.min(haystack.length, to + needle.length - 1));
  let at = stretch.indexOf(needle);
  while (at !== -1 && hits.length < MAX_EXACT) {
    hits.push({ start: offset + at, end: offset + at + needle.length, errors: 0 });
    at = stretch.indexOf(needle, at + 1);
  }
  return hits;
}
