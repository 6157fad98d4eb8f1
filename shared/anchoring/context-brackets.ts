import { scoreCandidate, type ContextMemo } from './candidate-score';
import type { NormalisedText } from './normalise-text';
import type { Evidence } from './piece-evidence';
import type { QuoteModel } from './quote-model';

/** Context at least this similar on both sides brackets a place as the quote's own did. */
const BRACKETING_CONTEXT = 0.8;
/** Pairs of context edges looked at, at most. */
const MAX_PAIRS = 64;

/** A stretch [start, end) of normalised text with the quote's context intact on both sides. */
export interface Bracket {
  readonly start: number;
  readonly end: number;
}

/**
 * Places where the stored prefix and suffix, both practically intact, enclose some text (or none:
 * a deleted passage leaves its context joined), found from the context edges in `evidence`.
 * `memo` shares context similarities with the search's candidates. Where such a place holds
 * something other than the quote, the passage was deleted or replaced
 * there; an edited look-alike of the quote elsewhere is then a near twin, not the passage.
 */
export function contextBrackets(text: NormalisedText, model: QuoteModel, evidence: Evidence, memo?: ContextMemo): Bracket[] {
  if (model.prefix === '' || model.suffix === '') return [];
  const brackets: Bracket[] = [];
  // Replacement text of about the quote's length, or none at all.
  const longest = Math.ceil(1.5 * model.exact.length) + 8;
  let pairs = 0;
  for (const start of evidence.quoteStarts) {
    for (const end of evidence.quoteEnds) {
      const gap = end - start;
      if (gap < 0 || gap > longest) continue;
      pairs += 1;
      if (pairs > MAX_PAIRS) return brackets;
      const scored = scoreCandidate(text, model, { start, end: Math.max(start, end), errors: 0 }, undefined, memo);
      if ((scored.prefixSimilarity ?? 0) >= BRACKETING_CONTEXT && (scored.suffixSimilarity ?? 0) >= BRACKETING_CONTEXT) brackets.push({ start, end });
    }
  }
  return brackets;
}

/**
 * Whether one of `brackets` lies away from the edited candidate [start, end), and nearer to
 * `centre` (the quote's old place, when known): there the quote's context, intact, encloses other
 * text, so that is where the passage was, and it is gone. A bracket farther away than the
 * candidate is only a recurring phrase. `reach` is how far edges may drift and still be the
 * candidate's own.
 */
export function bracketedElsewhere(brackets: readonly Bracket[], start: number, end: number, reach: number, centre: number | undefined): boolean {
  return brackets.some(
    (bracket) =>
      Math.abs(bracket.start - start) > reach &&
      Math.abs(bracket.end - end) > reach &&
      (centre === undefined || Math.abs(bracket.start - centre) < Math.abs(start - centre)),
  );
}
