import { wholeView, windowView, type NormalisedView } from './normalised-view';
import { buildQuoteModel } from './quote-model';
import { searchView } from './quote-search';
import { LOCAL_RADIUS } from './view-search';
import type { Outcome } from './search-outcome';

/** A quote selector: the quoted passage and, optionally, the text just before and after it. */
export interface TextQuote {
  exact: string;
  prefix?: string;
  suffix?: string;
}

/** Where a quote was found: UTF-16 offsets into the searched text and the confidence in [0, 1]. */
export interface QuoteMatch {
  start: number;
  end: number;
  score: number;
}

/** Original units before the hint from which the verbatim quote and context are looked for first. */
const VERBATIM_REACH = 4096;

/**
 * The commonest case, a passage whose text and context are unchanged, costs an indexOf or two on
 * the raw text: quote and context found verbatim is the strongest evidence there is. Of several
 * such places the one nearest the hint wins (the later one on a tie; the first without hint).
 * The scan starts a little before the hint, so that a passage near or after its old place does not
 * cost a scan of the whole text before it. Null when not found verbatim.
 */
function findVerbatim(text: string, quote: TextQuote, hint: number | undefined): QuoteMatch | null {
  const prefix = typeof quote.prefix === 'string' ? quote.prefix : '';
  const suffix = typeof quote.suffix === 'string' ? quote.suffix : '';
  const whole = prefix + quote.exact + suffix;
  const around = hint === undefined ? 0 : Math.max(0, hint - prefix.length);
  const distance = (at: number): number => Math.abs(at - around);
  /** The copy nearest `around` among those from `from` on, stopping at the first one past `around` (or at `until`). */
  // Forward scans only, on a bounded slice where there is a bound (lastIndexOf is a slow scan).
  const nearestFrom = (from: number, until: number): number => {
    const stretch = until === Infinity ? text : text.slice(0, Math.min(text.length, until + whole.length - 1));
    let best = -1;
    for (let at = stretch.indexOf(whole, from); at !== -1 && at < until; at = stretch.indexOf(whole, at + 1)) {
      if (best === -1 || distance(at) <= distance(best)) best = at;
      if (at >= around) break;
    }
    return best;
  };
  const from = Math.max(0, around - VERBATIM_REACH);
  let at = nearestFrom(from, Infinity);
  if (at === -1) {
    // Nothing from `from` on: the last copy before it, if any, is the nearest.
    at = from > 0 ? nearestFrom(0, from) : -1;
  } else if (from > 0 && distance(at) > around - from) {
    // A copy before `from` could be nearer: only the stretch within the same distance matters.
    const earlier = nearestFrom(Math.max(0, around - distance(at)), from);
    if (earlier !== -1 && distance(earlier) < distance(at)) at = earlier;
  }
  if (at === -1) return null;
  return { start: at + prefix.length, end: at + prefix.length + quote.exact.length, score: 1 };
}

function locate(text: string, quote: TextQuote, hint: { start?: number } | undefined): QuoteMatch | null {
  if (typeof text !== 'string' || quote === null || typeof quote !== 'object' || typeof quote.exact !== 'string') return null;
  const hintStart = hint?.start;
  const hintOffset =
    typeof hintStart === 'number' && Number.isFinite(hintStart) ? Math.max(0, Math.min(text.length, Math.round(hintStart))) : undefined;
  if (quote.exact.length > 0) {
    const verbatim = findVerbatim(text, quote, hintOffset);
    if (verbatim !== null) return verbatim;
  }
  const model = buildQuoteModel(quote);
  if (model.exact.length === 0 || text.length === 0) return null;
  let earlier: Outcome | undefined;
  let part: NormalisedView | undefined;
  if (hintOffset !== undefined) {
    // Window for the search near the hint: about 1.25 original units per normalised unit (the
    // whitespace that normalisation drops) plus room for context. When it falls short, the search
    // notices and the whole text is used.
    const radius = Math.ceil(1.25 * (LOCAL_RADIUS + 2 * model.exact.length)) + 1024;
    part = windowView(text, hintOffset, hintOffset + quote.exact.length, radius);
    if (part !== undefined) {
      earlier = searchView(part, model, hintOffset);
      if (earlier.decided) return earlier.found;
    }
  }
  const outcome = searchView(wholeView(text, part), model, hintOffset, earlier);
  return outcome.decided ? outcome.found : null;
}

/**
 * Finds where `quote` now lies in `text`, a document that may have been revised since the quote
 * was taken.
 *
 * Text and quote are compared in a normalised form that ignores whitespace, soft and layout
 * hyphens, ligatures, case, diacritics and typographic quote/dash variants; small edits inside
 * the quote are tolerated (about a quarter of a long quote, less for short ones). When the
 * quote occurs more than once, the prefix/suffix context and then closeness to `hint.start` (the
 * quote's old start offset) decide.
 *
 * Returns the UTF-16 range [start, end) in the original `text` and a score in [0, 1], or null when
 * the passage is not found with enough confidence (gone, or replaced by different text): a wrong
 * place is worse than none. Pure, synchronous; never throws (non-string input, empty strings,
 * lone surrogates and huge inputs give null or a result).
 *
 * How: quote and context found verbatim settle it at once. Otherwise, near the hint first and
 * then in the rest of the text, exact occurrences of the normalised quote are scored; failing a
 * decisive one, short pieces of the quote and its context are looked up exactly and the places
 * they point to are verified with approx-string-match (filter and verify), and the quote is also
 * aligned between its context where that was found intact. Candidates are ranked by the
 * differences in quote and context plus a small distance penalty, and accepted only under the
 * rules of `isAcceptable` (candidate-score.ts). The first call for a long text normalises only a
 * window around the hint; later calls reuse the whole normalised text (the last four texts are
 * remembered).
 */
export function matchQuote(text: string, quote: TextQuote, hint?: { start?: number }): QuoteMatch | null {
  try {
    return locate(text, quote, hint);
  } catch {
    // Defensive: anchoring must never break the caller's rendering of the document.
    return null;
  }
}
