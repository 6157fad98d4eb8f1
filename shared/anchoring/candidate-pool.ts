import { compareCandidates, createContextMemo, distanceCost, isAcceptable, isDecisive, scoreCandidate, type ContextMemo, type ScoredCandidate } from './candidate-score';
import { bracketedElsewhere, type Bracket } from './context-brackets';
import type { NormalisedText } from './normalise-text';
import type { QuoteModel } from './quote-model';
import type { Hit } from './range-search';

/**
 * Exact occurrences of the normalised quote scored at most, nearest the hint first. A phrase that
 * recurs more often than this cannot be told apart by its context far from its old place anyway.
 */
const MAX_SCORED_COPIES = 32;

/** Collects scored candidates for one quote in one normalised text, each place once. */
export class CandidatePool {
  private readonly seen = new Set<string>();
  private readonly all: ScoredCandidate[] = [];
  /** Context similarities by candidate edge, shared by every candidate of this search. */
  readonly memo: ContextMemo = createContextMemo();
  private brackets: readonly Bracket[] = [];
  private centre: number | undefined;

  /** `hint` is an offset in the original of `text` (not of the whole document), or undefined. */
  constructor(
    private readonly text: NormalisedText,
    private readonly model: QuoteModel,
    private readonly hint: number | undefined,
  ) {}

  /** Scores and keeps hits (normalised offsets) not seen before. */
  add(hits: readonly Hit[]): void {
    for (const hit of hits) {
      const key = `${hit.start}:${hit.end}`;
      if (this.seen.has(key)) continue;
      this.seen.add(key);
      this.all.push(scoreCandidate(this.text, this.model, hit, this.hint, this.memo));
    }
  }

  /**
   * Adds exact occurrences nearest the hint first, and stops where even a perfect context could
   * not make an occurrence cheaper than the best acceptable candidate so far (its distance cost
   * alone is higher): a short quote may occur hundreds of times, and scoring each one's context is
   * most of the work. At most the nearest 32 are scored. Without hint, all are added.
   */
  addNearestFirst(hits: readonly Hit[]): void {
    const hint = this.hint;
    if (hint === undefined || hits.length < 2) {
      this.add(hits);
      return;
    }
    const distance = (hit: Hit): number => Math.abs((this.text.starts[hit.start] ?? this.text.source.length) - hint);
    const ordered = hits.map((hit) => ({ hit, distance: distance(hit) })).sort((a, b) => a.distance - b.distance);
    let bound = this.best()?.cost ?? Infinity;
    for (const [index, { hit, distance: far }] of ordered.entries()) {
      if (distanceCost(far) > bound || index >= MAX_SCORED_COPIES) break;
      this.add([hit]);
      const last = this.all[this.all.length - 1];
      if (last !== undefined && last.cost < bound && this.acceptable(last)) bound = last.cost;
    }
  }

  /**
   * Places where the quote's context, intact on both sides, encloses other text (see
   * context-brackets.ts), and the normalised offset of the quote's old place: from now on no
   * edited candidate farther from that place than such a bracket is acceptable.
   */
  noteBrackets(brackets: readonly Bracket[], centre: number | undefined): void {
    this.brackets = brackets;
    this.centre = centre;
  }

  private acceptable(candidate: ScoredCandidate): boolean {
    if (!isAcceptable(candidate, this.model)) return false;
    return candidate.errors === 0 || !bracketedElsewhere(this.brackets, candidate.start, candidate.end, this.model.maxErrors + 8, this.centre);
  }

  /**
   * Best acceptable candidate so far (lowest cost), or undefined. An edited candidate that
   * overlaps an acceptable exact occurrence is the same place: the exact occurrence's edges are
   * the quote's (the edited one only fitted its context better, e.g. after a heading before the
   * quote was deleted).
   */
  best(): ScoredCandidate | undefined {
    let best: ScoredCandidate | undefined;
    for (const candidate of this.all) {
      if (!this.acceptable(candidate)) continue;
      if (best === undefined || compareCandidates(candidate, best, this.model.exact.length) < 0) best = candidate;
    }
    if (best === undefined || best.errors === 0) return best;
    const edited = best;
    const exact = this.all.find((c) => c.errors === 0 && c.start < edited.end && edited.start < c.end && this.acceptable(c));
    return exact ?? best;
  }

  /** The best candidate when it is decisive (searching further cannot beat it), else undefined. */
  decided(): ScoredCandidate | undefined {
    const best = this.best();
    return best !== undefined && isDecisive(best, this.model) ? best : undefined;
  }
}
