import { compareCandidates, isAcceptable, isDecisive, scoreCandidate, type ScoredCandidate } from './candidate-score';
import type { NormalisedText } from './normalise-text';
import type { QuoteModel } from './quote-model';
import type { Hit } from './range-search';

/** Collects scored candidates for one quote in one normalised text, each place once. */
export class CandidatePool {
  private readonly seen = new Set<string>();
  private readonly all: ScoredCandidate[] = [];

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

  /** Best acceptable candidate so far (lowest cost), or undefined. */
  best(): ScoredCandidate | undefined {
    let best: ScoredCandidate | undefined;
    for (const candidate of this.all) {
      if (!isAcceptable(candidate, this.model)) continue;
      if (best === undefined || compareCandidates(candidate, best, this.model.exact.length) < 0) best = candidate;
    }
    return best;
  }

  /** The best candidate when it is decisive (searching further cannot beat it), else undefined. */
  decided(): ScoredCandidate | undefined {
    const best = this.best();
    return best !== undefined && isDecisive(best, this.model) ? best : undefined;
  }
}
