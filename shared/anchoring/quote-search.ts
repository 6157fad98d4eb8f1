import { CandidatePool } from './candidate-pool';
import { hasIntactContext, isDecisive, MIN_BRACKETED_SIMILARITY, type ScoredCandidate } from './candidate-score';
import { contextBrackets } from './context-brackets';
import { findExact } from './exact-search';
import { refine, toOriginal } from './found-edges';
import type { NormalisedView } from './normalised-view';
import { sourceEnd, toNormalisedOffset } from './normalise-text';
import { clusterVotes, gatherEvidence, type Evidence } from './piece-evidence';
import { pinnedCandidates } from './pinned-search';
import { CONTEXT_LENGTH, type QuoteModel } from './quote-model';
import type { Carried, Outcome } from './search-outcome';
import { rawCopies, scoreCopy } from './verbatim-copies';
import { verifyClusters } from './verify-candidates';

/** Normalised units around the hint searched before the whole text (plus twice the quote length). */
export const LOCAL_RADIUS = 2048;
/** Pieces looked for near the hint, and in the rest of the text. */
const LOCAL_PIECES = { quotePieces: 8, context: true } as const;
const FAR_PIECES = { quotePieces: 5, context: false } as const;
/** An edited quote away from its old place must be this long and this similar (see isAcceptable). */
const MIN_MOVED_LENGTH = 32;
const MIN_MOVED_SIMILARITY = 0.9;

/**
 * Searches `model` in `view`: near the hint first, exact before approximate, then the rest of the
 * text: in a complete view with quote pieces; a partial view (a window around the hint) only
 * looks for verbatim copies of the quote elsewhere in the raw text, and is undecided when the
 * passage is not settled near the hint (it may have moved and been edited).
 * `hint` is an original offset in the whole document. `earlier` passes on what a partial view
 * already did near the hint, so that a complete view does not do it twice.
 */
export function searchView(view: NormalisedView, model: QuoteModel, hint: number | undefined, earlier?: Outcome): Outcome {
  const normalised = view.normalised;
  const text = normalised.text;
  const n = text.length;
  const m = model.exact.length;
  const undecided: Outcome = { decided: false, nearDone: false, best: undefined };
  if (n === 0 || n < m - model.maxErrors) return view.complete ? { decided: true, found: null } : undecided;
  const localHint = hint === undefined ? undefined : hint - view.offset;
  const pool = new CandidatePool(normalised, model, localHint);
  let localEvidence: Evidence | undefined;
  const carriedOf = (candidate: ScoredCandidate): Carried => {
    const edges = refine(normalised, model, candidate, localEvidence);
    const range = toOriginal(normalised, model, edges.start, edges.end);
    return {
      found: { start: view.offset + range.start, end: view.offset + range.end, score: Math.round(candidate.score * 1e4) / 1e4 },
      cost: candidate.cost,
      settles: candidate.errors === 0 && isDecisive(candidate, model),
    };
  };
  // Candidates from elsewhere: carried from a partial view, or verbatim copies outside it.
  const others: Carried[] = [];
  if (earlier !== undefined && !earlier.decided && earlier.best !== undefined) others.push(earlier.best);
  const finish = (candidate: ScoredCandidate | undefined): Outcome => {
    let best = candidate === undefined ? undefined : carriedOf(candidate);
    for (const other of others) if (best === undefined || other.cost < best.cost) best = other;
    return { decided: true, found: best === undefined ? null : best.found };
  };
  const skipNear = earlier !== undefined && !earlier.decided && earlier.nearDone;

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
    // A partial view must hold the whole local range and its context, as the complete view would.
    const margin = 2 * CONTEXT_LENGTH + m;
    const cutAtStart = centre === undefined || (centre - LOCAL_RADIUS - 2 * m - margin < 0 && view.offset > 0);
    const cutAtEnd = centre === undefined || (centre + LOCAL_RADIUS + 2 * m + margin > n && view.offset + normalised.source.length < view.document.length);
    if (cutAtStart || cutAtEnd) return undecided;
  }
  const whole = from === 0 && to === n;
  // The local range in original offsets (a partial view searches the rest through the raw text).
  const rawFrom = view.offset + (normalised.starts[from] ?? 0);
  const rawTo = view.offset + (to > 0 ? sourceEnd(normalised, to - 1) : 0);
  if (!skipNear) {
    pool.addNearestFirst(findExact(text, model.exact, from, to));
    const local = pool.decided();
    if (local !== undefined) return finish(local);
  }
  if (view.complete) {
    if (!whole) pool.addNearestFirst(findExact(text, model.exact, 0, n));
    const exact = pool.decided();
    if (exact !== undefined) return finish(exact);
  } else {
    // The rest of the text is not normalised. Verbatim copies of the quote elsewhere are found in
    // the raw text and searched on their own, as the exact search of the whole text would.
    const copies = rawCopies(view.document, model.raw, rawFrom, rawTo);
    if (copies === undefined) return undecided;
    for (const at of copies) {
      const found = scoreCopy(view.document, at, model, hint);
      if (found !== undefined) others.push(found);
    }
    const settled = others.filter((other) => other.settles).sort((a, b) => a.cost - b.cost)[0];
    if (settled !== undefined) return { decided: true, found: settled.found };
  }
  // An acceptable exact occurrence with weak context can only be beaten by the quote edited in
  // place with its context intact: then only context-pinned candidates near the hint are tried.
  const exactFallback = pool.best();

  if (!skipNear) {
    const evidence = gatherEvidence(text, model, [[from, to]], LOCAL_PIECES);
    localEvidence = evidence;
    pool.noteBrackets(contextBrackets(normalised, model, evidence, pool.memo), centre);
    if (exactFallback === undefined) {
      verifyClusters(text, model, clusterVotes(evidence, model.maxErrors + 2, centre), evidence.quotePieces, (hits) => {
        pool.add(hits);
        return pool.decided() !== undefined;
      });
      const verified = pool.decided();
      if (verified !== undefined) return finish(verified);
    }
    // Pinning to the context only adds something when no candidate has its context in place yet.
    const settledNear = pool.best();
    if (settledNear === undefined || settledNear.errors === 0 || !hasIntactContext(settledNear)) {
      pool.add(pinnedCandidates(text, model.exact, evidence, centre, MIN_BRACKETED_SIMILARITY, exactFallback === undefined));
    }
    const near = pool.decided();
    if (near !== undefined) return finish(near);
  }
  if (!view.complete) {
    // With an acceptable exact occurrence the whole-text search would stop here too; otherwise
    // the passage may have moved and been edited: that needs the whole text.
    if (exactFallback !== undefined) return finish(pool.best());
    const best = pool.best();
    return { decided: false, nearDone: true, best: best === undefined ? undefined : carriedOf(best) };
  }

  // Far from the hint only a moved passage is looked for: fewer pieces, no context. Away from its
  // old place an edited quote is only accepted when long and lightly edited (see isAcceptable),
  // so only such candidates are searched: a tenth of errors, most pieces intact.
  if (exactFallback === undefined && !whole && m >= MIN_MOVED_LENGTH) {
    const far = gatherEvidence(
      text,
      model,
      [
        [0, from],
        [to, n],
      ],
      FAR_PIECES,
    );
    const limits = { maxErrors: Math.floor(m * (1 - MIN_MOVED_SIMILARITY)), minPieceShare: 0.6 };
    verifyClusters(
      text,
      model,
      clusterVotes(far, model.maxErrors + 2, centre),
      far.quotePieces,
      (hits) => {
        pool.add(hits);
        return pool.decided() !== undefined;
      },
      limits,
    );
  }
  return finish(pool.best());
}
