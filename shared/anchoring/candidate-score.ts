import { anchoredSimilarity } from './anchored-distance';
import { echoesContext } from './context-echo';
import { sourceEnd, type NormalisedText } from './normalise-text';
import type { QuoteModel } from './quote-model';
import type { Hit } from './range-search';

/** A candidate place for the quote, in normalised offsets, with the evidence for it. */
export interface ScoredCandidate {
  readonly start: number;
  readonly end: number;
  readonly errors: number;
  /** 1 − errors / quote length. */
  readonly quoteSimilarity: number;
  /**
   * Similarity of the stored prefix to the text before the candidate (0 when a number of the
   * prefix is missing there); undefined without prefix.
   */
  readonly prefixSimilarity: number | undefined;
  /** Similarity of the stored suffix to the text after the candidate; undefined without suffix. */
  readonly suffixSimilarity: number | undefined;
  /** Closeness to the position hint in (0, 1]; undefined without hint. */
  readonly positionSimilarity: number | undefined;
  /** Whether the candidate has the same numbers, in the same order, as the quote. */
  readonly sameNumbers: boolean;
  /** How many of the quote's numbers differ in the candidate (position by position). */
  readonly changedNumbers: number;
  /** For an edited candidate: whether it looks like the text that stood beside the quote (see context-echo.ts). */
  readonly echoesContext: boolean;
  /** Confidence in [0, 1] reported to callers: weighted quote, context and position evidence. */
  readonly score: number;
  /** Ranking cost: differences in quote and context (units) plus a small distance penalty. */
  readonly cost: number;
}

/** Weights of the reported score; absent evidence is left out and the rest renormalised. */
const QUOTE_WEIGHT = 0.6;
const CONTEXT_WEIGHT = 0.3;
const POSITION_WEIGHT = 0.1;
/** Distance (UTF-16 units) from the hint at which position evidence has halved. */
const POSITION_HALF_DISTANCE = 2048;
/** Lowest reported score ever accepted. */
const MIN_SCORE = 0.6;
/** Context at least this similar counts as still in place. */
const STRONG_CONTEXT = 0.8;
/** Context at least this similar around a candidate whose figures changed. */
const UNTOUCHED_FIGURE_CONTEXT = 0.9;
/** Context this similar counts as practically untouched. */
const UNTOUCHED_CONTEXT = 0.95;
/** Context this similar counts as recognisably the same, edited. */
const FAIR_CONTEXT = 0.65;
/** Lowest quote similarity accepted between intact context on both sides. */
export const MIN_BRACKETED_SIMILARITY = 0.65;
/**
 * Unrelated text is typically 25% and rarely over 40% similar to a context string: similarity up
 * to that level is noise, so context cost is capped there and position decides between places
 * whose context is all noise.
 */
const CONTEXT_COST_CAP = 0.6;
/** Ranking cost of a candidate away from the text edge the quote was taken at (a few context units). */
const EDGE_COST = 8;
/** Cost of one error inside the quote, relative to one (unweighted) context unit. */
const QUOTE_ERROR_COST = 1;

const NUMBER = /\d+/g;
/** Context units next to the quote whose numbers must all be found beside a candidate. */
const NEAR_CONTEXT = 32;

/** A figure as a reader sees it: "5.2", "412.000" and "2,8" are one each. */
const FIGURE = /\d+(?:[.,]\d+)*/g;

/** Figures differing position by position between two texts (extra or missing ones count too). */
function changedNumbers(a: string, b: string): number {
  const first = a.match(FIGURE) ?? [];
  const second = b.match(FIGURE) ?? [];
  let changed = Math.abs(first.length - second.length);
  for (let i = 0; i < Math.min(first.length, second.length); i += 1) if (first[i] !== second[i]) changed += 1;
  return changed;
}

/**
 * Whether every number in stored context `context` also occurs in `stretch` (the text beside a
 * candidate). A number cut off at the far edge of the context (`farEdgeAtStart` tells which edge
 * that is) is not required. In a report of recurring sentences, "actie 61.2" beside the quote
 * where "actie 67.3" was is a different place however similar the rest reads.
 */
function numbersKept(context: string, stretch: string, farEdgeAtStart: boolean): boolean {
  // Only numbers near the quote: farther context may run into sentences that differ anyway.
  const near = farEdgeAtStart ? context.slice(-NEAR_CONTEXT) : context.slice(0, NEAR_CONTEXT);
  const wanted = [...near.matchAll(NUMBER)].filter((match) => {
    const start = match.index ?? 0;
    return farEdgeAtStart ? start > 0 : start + match[0].length < near.length;
  });
  if (wanted.length === 0) return true;
  const present = new Set(stretch.match(NUMBER) ?? []);
  return wanted.every((match) => present.has(match[0]));
}

/** The number evidence of a candidate with `changed` figures differing from the quote. */
function numberChange(changed: number): { sameNumbers: boolean; changedNumbers: number } {
  return { sameNumbers: changed === 0, changedNumbers: changed };
}

/**
 * Ranking cost of a candidate `distance` original units from the hint. Weak evidence: enough to
 * choose between equally good places, not to outvote text. Every candidate that far costs at least
 * this much.
 */
export function distanceCost(distance: number): number {
  return 0.5 * Math.log2(1 + distance / 256);
}

/**
 * Context similarities already computed for one quote in one text, by candidate start (prefix)
 * and end (suffix): the candidates of a search share their edges a lot (approximate hits end at
 * neighbouring places, exact and pinned hits start at the same context edge).
 */
export interface ContextMemo {
  readonly prefix: Map<number, number>;
  readonly suffix: Map<number, number>;
}

/** An empty memo, for one quote model and one normalised text. */
export function createContextMemo(): ContextMemo {
  return { prefix: new Map(), suffix: new Map() };
}

function prefixSimilarityAt(text: NormalisedText, model: QuoteModel, start: number): number {
  const span = model.prefix.length + (model.prefix.length >> 2) + 2;
  const before = text.text.slice(Math.max(0, start - span), start);
  return numbersKept(model.prefix, before, true) ? anchoredSimilarity(model.prefix, before, true) : 0;
}

function suffixSimilarityAt(text: NormalisedText, model: QuoteModel, end: number): number {
  const span = model.suffix.length + (model.suffix.length >> 2) + 2;
  const after = text.text.slice(end, end + span);
  return numbersKept(model.suffix, after, false) ? anchoredSimilarity(model.suffix, after, false) : 0;
}

/** `compute(key)` through `cache` when one is given. */
function cached(cache: Map<number, number> | undefined, key: number, compute: (key: number) => number): number {
  if (cache === undefined) return compute(key);
  let value = cache.get(key);
  if (value === undefined) {
    value = compute(key);
    cache.set(key, value);
  }
  return value;
}

/**
 * Scores candidate `hit` (normalised offsets into `text`) for `model`. `hint` is an original
 * UTF-16 offset or undefined. Context is compared over the stored context length plus a quarter
 * of slack, so a few inserted characters next to the quote do not make it unrecognisable.
 * `memo` (for this text and model) saves recomputing context shared with earlier candidates.
 */
export function scoreCandidate(text: NormalisedText, model: QuoteModel, hit: Hit, hint: number | undefined, memo?: ContextMemo): ScoredCandidate {
  const quoteSimilarity = Math.max(0, 1 - hit.errors / Math.max(1, model.exact.length));
  let cost = QUOTE_ERROR_COST * hit.errors;
  let prefixSimilarity: number | undefined;
  if (model.prefix.length > 0) {
    prefixSimilarity = cached(memo?.prefix, hit.start, (start) => prefixSimilarityAt(text, model, start));
    cost += model.prefix.length * Math.min(CONTEXT_COST_CAP, 1 - prefixSimilarity);
  }
  let suffixSimilarity: number | undefined;
  if (model.suffix.length > 0) {
    suffixSimilarity = cached(memo?.suffix, hit.end, (end) => suffixSimilarityAt(text, model, end));
    cost += model.suffix.length * Math.min(CONTEXT_COST_CAP, 1 - suffixSimilarity);
  }
  // A quote taken at an edge of the text (empty context there) most likely still is at that edge.
  if (model.startsText && hit.start > 0) cost += EDGE_COST;
  if (model.endsText && hit.end < text.text.length) cost += EDGE_COST;
  let positionSimilarity: number | undefined;
  if (hint !== undefined) {
    const distance = Math.abs((text.starts[hit.start] ?? text.source.length) - hint);
    positionSimilarity = 1 / (1 + distance / POSITION_HALF_DISTANCE);
    cost += distanceCost(distance);
  }
  let weighted = QUOTE_WEIGHT * quoteSimilarity;
  let weights = QUOTE_WEIGHT;
  const sides = [prefixSimilarity, suffixSimilarity].filter((value): value is number => value !== undefined);
  if (sides.length > 0) {
    weighted += (CONTEXT_WEIGHT * sides.reduce((sum, value) => sum + value, 0)) / sides.length;
    weights += CONTEXT_WEIGHT;
  }
  if (positionSimilarity !== undefined) {
    weighted += POSITION_WEIGHT * positionSimilarity;
    weights += POSITION_WEIGHT;
  }
  return {
    start: hit.start,
    end: hit.end,
    errors: hit.errors,
    quoteSimilarity,
    prefixSimilarity,
    suffixSimilarity,
    positionSimilarity,
    // On the original text: normalisation drops the space that keeps "45 71" two numbers.
    ...numberChange(hit.errors === 0 ? 0 : changedNumbers(model.raw, text.source.slice(text.starts[hit.start] ?? 0, sourceEnd(text, hit.end - 1)))),
    echoesContext: hit.errors > 0 && echoesContext(text.text.slice(hit.start, hit.end), model),
    score: weighted / weights,
    cost,
  };
}

/** The context similarities a candidate has (none, one or two sides). */
function contextSides(candidate: ScoredCandidate): number[] {
  return [candidate.prefixSimilarity, candidate.suffixSimilarity].filter((value): value is number => value !== undefined);
}

/**
 * Whether the evidence suffices to say the quote is at `candidate` rather than gone.
 *
 * - An exact (normalised) quote of 20+ units is accepted anywhere: such text does not recur by
 *   chance. A shorter exact quote needs some context or nearness to the hint.
 * - A similar sentence elsewhere is the commonest wrong place in a report built from recurring
 *   phrases. So an edited quote counts only when edited in place (all context still there, near
 *   the hint) if it is short (under 32 units), has other numbers ("66 procent" for "43 procent";
 *   then the context must be practically untouched) or lost more than a tenth. Only a lightly
 *   edited quote (90%+) may have moved, with its context fairly similar on both sides (or one
 *   side when it has only one). An edited candidate that looks like the text that stood beside
 *   the quote is that text (a near twin), not the quote.
 * - More than half of the figures changed (and more than one) is always another statement.
 * - Edited in place between intact context on both sides, two thirds of the quote suffice (heavy
 *   edits); less is replaced text.
 */
export function isAcceptable(candidate: ScoredCandidate, model: QuoteModel): boolean {
  const length = model.exact.length;
  if (candidate.score < MIN_SCORE) return false;
  const sides = contextSides(candidate);
  const position = candidate.positionSimilarity;
  const low = sides.length > 0 ? Math.min(...sides) : 0;
  const high = sides.length > 0 ? Math.max(...sides) : 0;
  const intact = sides.length > 0 && low >= STRONG_CONTEXT;
  if (candidate.errors === 0) {
    if (length >= 20 || sides.length === 0) return true;
    const mean = sides.reduce((sum, value) => sum + value, 0) / sides.length;
    return mean >= 0.5 || (position ?? 0) >= 0.5;
  }
  // A near twin of the passage that stood right beside it is not the passage edited.
  if (candidate.echoesContext) return false;
  const q = candidate.quoteSimilarity;
  // Edited in place: all context still there and near the old position.
  const inPlace = intact && (position === undefined || position >= 0.5);
  // A figure or two may be updated in place; most figures changed make another statement.
  const figures = (model.raw.match(FIGURE) ?? []).length;
  if (candidate.changedNumbers > Math.max(1, Math.floor(figures / 2))) return false;
  if (candidate.errors > model.maxErrors) return sides.length === 2 && inPlace && q >= MIN_BRACKETED_SIMILARITY;
  // A changed figure is only an update when everything around it is as it was.
  if (!candidate.sameNumbers) return inPlace && low >= UNTOUCHED_FIGURE_CONTEXT;
  // Where similar statements elsewhere look alike (short quotes, more than light edits) only an
  // edit in place counts.
  if (length < 32 || q < 0.9) return inPlace;
  // Lightly edited: may have moved, with its context.
  // Both sides must have come along: a near twin elsewhere (a sentence that differs in a word)
  // often shares one side of the context, never both.
  if (sides.length === 2) return low >= FAIR_CONTEXT;
  if (sides.length === 1) return high >= 0.7;
  return position === undefined || position >= 0.3;
}

/** Whether all of a candidate's context (at least one side) is still in place. */
export function hasIntactContext(candidate: ScoredCandidate): boolean {
  const sides = contextSides(candidate);
  return sides.length > 0 && Math.min(...sides) >= STRONG_CONTEXT;
}

/**
 * Whether an acceptable candidate is so well supported that searching further cannot find a
 * better one: same numbers and all available context in place; the quote exact or nearly so, or,
 * with the context right around it practically untouched, edited in place.
 */
export function isDecisive(candidate: ScoredCandidate, model: QuoteModel): boolean {
  if (!isAcceptable(candidate, model)) return false;
  const sides = contextSides(candidate);
  if (sides.length === 0) return candidate.errors === 0;
  const low = Math.min(...sides);
  return candidate.sameNumbers && low >= STRONG_CONTEXT && (candidate.quoteSimilarity >= 0.9 || low >= UNTOUCHED_CONTEXT);
}

/**
 * Orders candidates for a quote of `length` normalised units best first: lower cost, fewer
 * errors, length closer to the quote's (ties between ends one unit apart), then earlier.
 */
export function compareCandidates(a: ScoredCandidate, b: ScoredCandidate, length: number): number {
  const lengthGap = Math.abs(a.end - a.start - length) - Math.abs(b.end - b.start - length);
  return a.cost - b.cost || a.errors - b.errors || lengthGap || a.start - b.start;
}
