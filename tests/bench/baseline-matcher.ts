import search from 'approx-string-match';

/**
 * Baseline for the bench: the text-quote strategy of the best-known open-source web annotator,
 * re-implemented from its description. Raw text (no normalisation); exact occurrences when there
 * are any, otherwise approx-string-match with maxErrors = min(256, floor(quote length / 2));
 * every candidate scored 50 × quote + 20 × prefix + 20 × suffix + 2 × position similarity; no
 * minimum score: the best candidate always wins.
 */

const QUOTE_WEIGHT = 50;
const PREFIX_WEIGHT = 20;
const SUFFIX_WEIGHT = 20;
const POSITION_WEIGHT = 2;

function occurrences(text: string, quote: string, maxErrors: number): { start: number; end: number; errors: number }[] {
  const exact: { start: number; end: number; errors: number }[] = [];
  let at = text.indexOf(quote);
  while (at !== -1) {
    exact.push({ start: at, end: at + quote.length, errors: 0 });
    at = text.indexOf(quote, at + 1);
  }
  return exact.length > 0 ? exact : search(text, quote, maxErrors);
}

/** Similarity in [0, 1] of `context` to the best approximate occurrence of it in `window`. */
function contextScore(window: string, context: string): number {
  if (context.length === 0 || window.length === 0) return 0;
  const found = search(window, context, context.length);
  const best = found[0];
  return best === undefined ? 0 : 1 - best.errors / context.length;
}

/** Context the annotator itself stores on each side of a quote. */
const CONTEXT = 32;

/**
 * The baseline: same signature as Kantlijn's `matchQuote`. Null only when no candidate exists at
 * all. Context longer than the 32 characters the annotator itself stores is cut to 32 (Kantlijn's
 * `describeQuote` stores more for recurring passages; the baseline would neither have nor expect it,
 * and its context scoring slows down with context length).
 */
export function baselineMatchQuote(
  text: string,
  selector: { exact: string; prefix?: string; suffix?: string },
  hint?: { start?: number },
): { start: number; end: number; score: number } | null {
  const quote = { exact: selector.exact, prefix: (selector.prefix ?? '').slice(-CONTEXT), suffix: (selector.suffix ?? '').slice(0, CONTEXT) };
  if (quote.exact.length === 0) return null;
  const maxErrors = Math.min(256, Math.floor(quote.exact.length / 2));
  const candidates = occurrences(text, quote.exact, maxErrors);
  let best: { start: number; end: number; score: number } | null = null;
  for (const candidate of candidates) {
    const quoteScore = 1 - candidate.errors / quote.exact.length;
    const prefix = quote.prefix ?? '';
    const suffix = quote.suffix ?? '';
    const prefixScore = prefix.length > 0 ? contextScore(text.slice(Math.max(0, candidate.start - prefix.length), candidate.start), prefix) : 1;
    const suffixScore = suffix.length > 0 ? contextScore(text.slice(candidate.end, candidate.end + suffix.length), suffix) : 1;
    const positionScore = hint?.start === undefined ? 1 : 1 - Math.abs(candidate.start - hint.start) / Math.max(1, text.length);
    const score =
      (QUOTE_WEIGHT * quoteScore + PREFIX_WEIGHT * prefixScore + SUFFIX_WEIGHT * suffixScore + POSITION_WEIGHT * positionScore) /
      (QUOTE_WEIGHT + PREFIX_WEIGHT + SUFFIX_WEIGHT + POSITION_WEIGHT);
    if (best === null || score > best.score) best = { start: candidate.start, end: candidate.end, score };
  }
  return best;
}
