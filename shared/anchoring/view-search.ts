import { CandidatePool } from './candidate-pool';
import { isDecisive, type ScoredCandidate } from './candidate-score';
import { refine, toOriginal } from './found-edges';
import type { NormalisedView } from './normalised-view';
import { sourceEnd, toNormalisedOffset } from './normalise-text';
import type { Evidence } from './piece-evidence';
import { CONTEXT_LENGTH, type QuoteModel } from './quote-model';
import type { Carried, Outcome } from './search-outcome';

/** Normalised units around the hint searched before the whole text (plus twice the quote length). */
export const LOCAL_RADIUS = 2048;

/**
 * One search of a quote in one view: the view's text, the range near the hint (`from`–`to`, the
 * whole text without a hint), the candidate pool, and what other views or verbatim copies carried
 * in. The phases of `searchView` each add to it.
 */
export interface ViewSearch {
  readonly view: NormalisedView;
  readonly model: QuoteModel;
  /** The hint as an original offset in the whole document. */
  readonly hint: number | undefined;
  readonly text: string;
  readonly pool: CandidatePool;
  /** The hint in normalised units of this view. */
  readonly centre: number | undefined;
  readonly from: number;
  readonly to: number;
  /** The near range is the whole text: there is no "far" to search. */
  readonly whole: boolean;
  /** A partial view already searched near the hint: the complete view does not do it twice. */
  readonly skipNear: boolean;
  /** The near range in original offsets (a partial view searches the rest through the raw text). */
  readonly rawFrom: number;
  readonly rawTo: number;
  /** Candidates from elsewhere: carried from a partial view, or verbatim copies outside it. */
  readonly others: Carried[];
  /** The quote pieces found near the hint, once looked for: they sharpen the found edges. */
  localEvidence: Evidence | undefined;
}

/** The outcome of a view that cannot decide. */
export const UNDECIDED: Outcome = { decided: false, nearDone: false, best: undefined };

/**
 * Sets up the search of `model` in `view`, or answers at once: a text too short to hold the quote
 * (not there, or undecided in a partial view), or a partial view that does not hold the whole
 * near range with its context, as the complete view would.
 */
export function startViewSearch(view: NormalisedView, model: QuoteModel, hint: number | undefined, earlier: Outcome | undefined): ViewSearch | Outcome {
  const normalised = view.normalised;
  const text = normalised.text;
  const n = text.length;
  const m = model.exact.length;
  if (n === 0 || n < m - model.maxErrors) return view.complete ? { decided: true, found: null } : UNDECIDED;
  const localHint = hint === undefined ? undefined : hint - view.offset;
  let from = 0;
  let to = n;
  let centre: number | undefined;
  if (localHint !== undefined) {
    centre = toNormalisedOffset(normalised, localHint);
    const radius = LOCAL_RADIUS + 2 * m;
    from = Math.max(0, centre - radius);
    to = Math.min(n, centre + radius);
  }
  if (!view.complete) {
    const margin = 2 * CONTEXT_LENGTH + m;
    const cutAtStart = centre === undefined || (centre - LOCAL_RADIUS - 2 * m - margin < 0 && view.offset > 0);
    const cutAtEnd = centre === undefined || (centre + LOCAL_RADIUS + 2 * m + margin > n && view.offset + normalised.source.length < view.document.length);
    if (cutAtStart || cutAtEnd) return UNDECIDED;
  }
  const carriedOver = earlier !== undefined && !earlier.decided ? earlier : undefined;
  return {
    view,
    model,
    hint,
    text,
    pool: new CandidatePool(normalised, model, localHint),
    centre,
    from,
    to,
    whole: from === 0 && to === n,
    skipNear: carriedOver?.nearDone ?? false,
    rawFrom: view.offset + (normalised.starts[from] ?? 0),
    rawTo: view.offset + (to > 0 ? sourceEnd(normalised, to - 1) : 0),
    others: carriedOver?.best !== undefined ? [carriedOver.best] : [],
    localEvidence: undefined,
  };
}

/** A candidate of this view in original offsets of the whole document, with its edges refined. */
export function carriedOf(search: ViewSearch, candidate: ScoredCandidate): Carried {
  const normalised = search.view.normalised;
  const edges = refine(normalised, search.model, candidate, search.localEvidence);
  const range = toOriginal(normalised, search.model, edges.start, edges.end);
  return {
    found: { start: search.view.offset + range.start, end: search.view.offset + range.end, score: Math.round(candidate.score * 1e4) / 1e4 },
    cost: candidate.cost,
    settles: candidate.errors === 0 && isDecisive(candidate, search.model),
  };
}

/** Decides the search: the cheapest of `candidate` and what was carried in, or not found. */
export function finish(search: ViewSearch, candidate: ScoredCandidate | undefined): Outcome {
  let best = candidate === undefined ? undefined : carriedOf(search, candidate);
  for (const other of search.others) if (best === undefined || other.cost < best.cost) best = other;
  return { decided: true, found: best === undefined ? null : best.found };
}
