import { compareCandidates, isAcceptable, isDecisive, scoreCandidate, type ScoredCandidate } from './candidate-score';
import { bracketedElsewhere, type Bracket } from './context-brackets';
import type { NormalisedText } from './normalise-text';
import type { QuoteModel } from './quote-model';
import type { Hit } from './range-search';

/** Collects scored candidates for one quote in one normalised text, each place once. */
export class CandidatePool {
  private readonly seen = new Set<string>();
  private readonly all: ScoredCandidate[] = [];
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
      this.all.push(scoreCandidate(this.text, this.model, hit, this.hint));
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
