import type { ScoredCandidate } from './candidate-score';
import { sourceEnd, type NormalisedText } from './normalise-text';
import type { Evidence } from './piece-evidence';
import { pinnedSearch } from './pinned-search';
import type { QuoteModel } from './quote-model';

/**
 * Moves the edges of a fuzzy candidate onto the edges of its context where that context was found
 * verbatim nearby: an edit right at an edge of the quote otherwise lets the alignment start or end
 * inside the edit. Kept only when the pinned alignment is about as good.
 */
export function refine(text: NormalisedText, model: QuoteModel, candidate: ScoredCandidate, evidence: Evidence | undefined): { start: number; end: number } {
  const keep = { start: candidate.start, end: candidate.end };
  if (candidate.errors === 0 || evidence === undefined) return keep;
  const reach = model.maxErrors + 8;
  const near = (positions: readonly number[], target: number): number | undefined => {
    let best: number | undefined;
    for (const at of positions) {
      if (Math.abs(at - target) <= reach && (best === undefined || Math.abs(at - target) < Math.abs(best - target))) best = at;
    }
    return best;
  };
  // A quote taken at an edge of the text (no context on that side) still ends there.
  const n = text.text.length;
  const start = near(evidence.quoteStarts, candidate.start) ?? (model.prefix === '' && candidate.start <= reach ? 0 : undefined);
  const end = near(evidence.quoteEnds, candidate.end) ?? (model.suffix === '' && n - candidate.end <= reach ? n : undefined);
  if ((start === undefined || start === candidate.start) && (end === undefined || end === candidate.end)) return keep;
  const pinned = pinnedSearch(text.text, model.exact, Math.max(model.maxErrors, candidate.errors) + 2, start, end);
  if (pinned === null || pinned.errors > candidate.errors + 2) return keep;
  return { start: pinned.start, end: pinned.end };
}

/** Original offsets of a normalised range, widened over dropped characters the quote itself had at its edges. */
export function toOriginal(text: NormalisedText, model: QuoteModel, from: number, to: number): { start: number; end: number } {
  const start = text.starts[from] ?? 0;
  const end = sourceEnd(text, to - 1);
  const floor = from > 0 ? sourceEnd(text, from - 1) : 0;
  const ceiling = to < text.starts.length ? (text.starts[to] ?? text.source.length) : text.source.length;
  return {
    start: Math.max(floor, start - model.leadingDropped),
    end: Math.min(ceiling, end + model.trailingDropped),
  };
}
