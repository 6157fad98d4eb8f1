import search from 'approx-string-match';
import type { Evidence } from './piece-evidence';
import type { Hit } from './range-search';

/*
 * approx-string-match only finds occurrences with a free start and end. To pin an edge, the
 * pattern and the text get a run of a sentinel character at that edge: an alignment that does not
 * line the two runs up costs at least the run's length, so every alignment within budget starts
 * (or ends) exactly there. The sentinels are Unicode noncharacters, which documents do not contain.
 */
const START_SENTINEL = '\uFDD0';
const END_SENTINEL = '\uFDD1';

/**
 * Aligns `quote` with `text` where one or both edges are fixed: from `start` (when given) up to
 * `end` (when given; otherwise the end is free within `quote.length + maxErrors` units). Returns
 * the best such occurrence with at most `maxErrors` errors, or null. With only `start` fixed the
 * shortest best occurrence is returned, so text inserted at the free edge stays outside.
 */
export function pinnedSearch(text: string, quote: string, maxErrors: number, start: number | undefined, end: number | undefined): Hit | null {
  if (quote.length === 0 || (start === undefined && end === undefined)) return null;
  const run = maxErrors + 1;
  const head = start === undefined ? '' : START_SENTINEL.repeat(run);
  const tail = end === undefined ? '' : END_SENTINEL.repeat(run);
  const from = start ?? Math.max(0, (end ?? 0) - quote.length - maxErrors);
  const to = end ?? Math.min(text.length, from + quote.length + maxErrors);
  if (to < from) return null;
  const haystack = head + text.slice(from, to) + tail;
  const found = search(haystack, head + quote + tail, maxErrors);
  let best: Hit | null = null;
  for (const match of found) {
    const hitStart = from + Math.max(0, match.start - head.length);
    const hitEnd = from + Math.min(to - from, match.end - head.length);
    if (hitEnd <= hitStart) continue;
    if (best === null || hitEnd < best.end) best = { start: hitStart, end: hitEnd, errors: match.errors };
  }
  return best;
}

/** Exactly found context edges used to pin the quote, at most per side. */
const MAX_ANCHORS = 2;
/** Quotes shorter than this are aligned between both context edges even without pieces found there. */
const SHORT_QUOTE = 32;
/** Distinct quote pieces that must be found near a pinned place (half, when the quote has fewer than four). */
const MIN_SUPPORT = 2;

/**
 * Candidates pinned to context found exactly (see `gatherEvidence`): the quote aligned between the
 * end of the prefix and the start of the suffix where both were found a plausible distance apart,
 * and, when `oneSided`, from the one or up to the other otherwise. At most two context edges per
 * side are used: those closest to `centre` (normally the hint), or, without a centre, only when the
 * context occurs at most twice. A pinned place is only aligned when at least two pieces of the quote
 * itself were found there (a passage that is gone leaves its context joined up, and aligning the
 * quote there would be wasted work). Errors are allowed down to `minSimilarity` of the quote, so
 * that the caller can judge a heavily edited quote in an intact context.
 */
export function pinnedCandidates(
  text: string,
  quote: string,
  evidence: Evidence,
  centre: number | undefined,
  minSimilarity: number,
  oneSided: boolean,
): Hit[] {
  const m = quote.length;
  if (m === 0) return [];
  const { quoteStarts, quoteEnds } = evidence;
  if (centre === undefined && (quoteStarts.length > MAX_ANCHORS || quoteEnds.length > MAX_ANCHORS)) return [];
  const closest = (positions: readonly number[], shift: number): number[] =>
    [...positions].sort((a, b) => Math.abs(a + shift - (centre ?? 0)) - Math.abs(b + shift - (centre ?? 0))).slice(0, MAX_ANCHORS);
  const starts = closest(quoteStarts, 0);
  const ends = closest(quoteEnds, -m);
  const limit = Math.floor(m * (1 - minSimilarity)) + 1;
  const supported = (impliedStart: number): boolean => {
    const pieces = new Set<number>();
    for (const vote of evidence.votes) {
      if (vote.fromQuote && Math.abs(vote.start - impliedStart) <= limit) pieces.add(vote.piece);
    }
    return pieces.size >= Math.min(MIN_SUPPORT, Math.ceil(evidence.quotePieces / 2));
  };
  const results: Hit[] = [];
  const pairedStarts = new Set<number>();
  const pairedEnds = new Set<number>();
  for (const start of starts) {
    for (const end of ends) {
      const gap = end - start;
      if (gap < Math.ceil(m / 2) || gap > 2 * m + 8) continue;
      pairedStarts.add(start);
      pairedEnds.add(end);
      // A short quote between both edges of its context costs next to nothing to align, and an
      // edit or two can leave none of its few pieces intact ("90 procent" → "88 procent").
      if (m >= SHORT_QUOTE && !supported(start) && !supported(end - m)) continue;
      const hit = pinnedSearch(text, quote, limit, start, end);
      if (hit !== null) results.push(hit);
    }
  }
  if (!oneSided) return results;
  for (const start of starts) {
    if (pairedStarts.has(start) || !supported(start)) continue;
    const hit = pinnedSearch(text, quote, limit, start, undefined);
    if (hit !== null) results.push(hit);
  }
  for (const end of ends) {
    if (pairedEnds.has(end) || !supported(end - m)) continue;
    const hit = pinnedSearch(text, quote, limit, undefined, end);
    if (hit !== null) results.push(hit);
  }
  return results;
}
