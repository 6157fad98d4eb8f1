import { hasIntactContext, MIN_BRACKETED_SIMILARITY, type ScoredCandidate } from './candidate-score';
import { contextBrackets } from './context-brackets';
import { findExact } from './exact-search';
import type { NormalisedView } from './normalised-view';
import { clusterVotes, gatherEvidence } from './piece-evidence';
import { pinnedCandidates } from './pinned-search';
import type { QuoteModel } from './quote-model';
import type { Hit } from './range-search';
import type { Outcome } from './search-outcome';
import { rawCopies, scoreCopy } from './verbatim-copies';
import { verifyClusters } from './verify-candidates';
import { carriedOf, finish, startViewSearch, UNDECIDED, type ViewSearch } from './view-search';

/** Pieces looked for near the hint, and in the rest of the text. */
const LOCAL_PIECES = { quotePieces: 8, context: true } as const;
const FAR_PIECES = { quotePieces: 5, context: false } as const;
/** An edited quote away from its old place must be this long and this similar (see isAcceptable). */
const MIN_MOVED_LENGTH = 32;
const MIN_MOVED_SIMILARITY = 0.9;

/** Adds the candidates `verifyClusters` finds to the pool, stopping once one decides. */
const addUntilDecided = (search: ViewSearch) => (hits: readonly Hit[]) => {
  search.pool.add(hits);
  return search.pool.decided() !== undefined;
};

/**
 * Exact occurrences: near the hint first, then in the whole text. A partial view cannot see the
 * whole normalised text: it looks for verbatim copies of the quote in the raw text instead, as the
 * exact search of the whole text would find them. Returns an outcome when that settles it.
 */
function searchExact(search: ViewSearch): Outcome | undefined {
  const { view, model, text, pool } = search;
  if (!search.skipNear) {
    pool.addNearestFirst(findExact(text, model.exact, search.from, search.to));
    const local = pool.decided();
    if (local !== undefined) return finish(search, local);
  }
  if (view.complete) {
    if (!search.whole) pool.addNearestFirst(findExact(text, model.exact, 0, text.length));
    const exact = pool.decided();
    return exact === undefined ? undefined : finish(search, exact);
  }
  const copies = rawCopies(view.document, model.raw, search.rawFrom, search.rawTo);
  if (copies === undefined) return UNDECIDED;
  for (const at of copies) {
    const found = scoreCopy(view.document, at, model, search.hint);
    if (found !== undefined) search.others.push(found);
  }
  const settled = search.others.filter((other) => other.settles).sort((a, b) => a.cost - b.cost)[0];
  return settled === undefined ? undefined : { decided: true, found: settled.found };
}

/**
 * Approximate candidates near the hint: clusters of quote pieces verified by edit distance, then
 * candidates pinned by the context. With an acceptable exact occurrence (`exactFallback`) only
 * the quote edited in place with its context intact can beat it, so only pinning is tried.
 */
function searchNear(search: ViewSearch, exactFallback: ScoredCandidate | undefined): Outcome | undefined {
  const { model, text, pool, centre } = search;
  const evidence = gatherEvidence(text, model, [[search.from, search.to]], LOCAL_PIECES);
  search.localEvidence = evidence;
  pool.noteBrackets(contextBrackets(search.view.normalised, model, evidence, pool.memo), centre);
  if (exactFallback === undefined) {
    verifyClusters(text, model, clusterVotes(evidence, model.maxErrors + 2, centre), evidence.quotePieces, addUntilDecided(search));
    const verified = pool.decided();
    if (verified !== undefined) return finish(search, verified);
  }
  // Pinning to the context only adds something when no candidate has its context in place yet.
  const settledNear = pool.best();
  if (settledNear === undefined || settledNear.errors === 0 || !hasIntactContext(settledNear)) {
    pool.add(pinnedCandidates(text, model.exact, evidence, centre, MIN_BRACKETED_SIMILARITY, exactFallback === undefined));
  }
  const near = pool.decided();
  return near === undefined ? undefined : finish(search, near);
}

/**
 * Far from the hint only a moved passage is looked for: fewer pieces, no context. Away from its
 * old place an edited quote is only accepted when long and lightly edited (see isAcceptable), so
 * only such candidates are searched: a tenth of errors, most pieces intact.
 */
function searchFar(search: ViewSearch): void {
  const { model, text } = search;
  const far = gatherEvidence(
    text,
    model,
    [
      [0, search.from],
      [search.to, text.length],
    ],
    FAR_PIECES,
  );
  const limits = { maxErrors: Math.floor(model.exact.length * (1 - MIN_MOVED_SIMILARITY)), minPieceShare: 0.6 };
  verifyClusters(text, model, clusterVotes(far, model.maxErrors + 2, search.centre), far.quotePieces, addUntilDecided(search), limits);
}

/**
 * Searches `model` in `view`: near the hint first, exact before approximate, then the rest of the
 * text: in a complete view with quote pieces; a partial view (a window around the hint) only
 * looks for verbatim copies of the quote elsewhere in the raw text, and is undecided when the
 * passage is not settled near the hint (it may have moved and been edited).
 * `hint` is an original offset in the whole document. `earlier` passes on what a partial view
 * already did near the hint, so that a complete view does not do it twice.
 */
export function searchView(view: NormalisedView, model: QuoteModel, hint: number | undefined, earlier?: Outcome): Outcome {
  const search = startViewSearch(view, model, hint, earlier);
  if ('decided' in search) return search;
  const exact = searchExact(search);
  if (exact !== undefined) return exact;
  // An acceptable exact occurrence with weak context can only be beaten by the quote edited in
  // place with its context intact (see searchNear).
  const exactFallback = search.pool.best();
  if (!search.skipNear) {
    const near = searchNear(search, exactFallback);
    if (near !== undefined) return near;
  }
  if (!view.complete) {
    // With an acceptable exact occurrence the whole-text search would stop here too; otherwise
    // the passage may have moved and been edited: that needs the whole text.
    if (exactFallback !== undefined) return finish(search, search.pool.best());
    const best = search.pool.best();
    return { decided: false, nearDone: true, best: best === undefined ? undefined : carriedOf(search, best) };
  }
  if (exactFallback === undefined && !search.whole && model.exact.length >= MIN_MOVED_LENGTH) searchFar(search);
  return finish(search, search.pool.best());
}
