import { CandidatePool } from './candidate-pool';
import { findExact } from './exact-search';
import { toOriginal } from './found-edges';
import { normaliseText } from './normalise-text';
import { CONTEXT_LENGTH, type QuoteModel } from './quote-model';
import type { Carried } from './search-outcome';

/*
 * A search in a window around the hint cannot see the rest of the text normalised; verbatim copies
 * of the quote elsewhere are found in the raw text instead and scored on their own, so that the
 * window search decides as the whole-text search would.
 */

/** Verbatim copies of a quote looked at one by one, at most; more mean searching the whole text. */
const MAX_COPIES = 4;

/**
 * Raw offsets of verbatim occurrences of `quote` in `document` outside [from, to), or undefined
 * when there are more than four.
 */
export function rawCopies(document: string, quote: string, from: number, to: number): number[] | undefined {
  const copies: number[] = [];
  let at = quote.length === 0 ? -1 : document.indexOf(quote);
  while (at !== -1) {
    if (at < from || at >= to) {
      if (copies.length >= MAX_COPIES) return undefined;
      copies.push(at);
    }
    at = document.indexOf(quote, at + 1);
  }
  return copies;
}

/**
 * Scores a verbatim copy of the quote at raw offset `at` of the document, normalising only the
 * copy and room for its context. Returns it as a candidate when acceptable, else undefined.
 */
export function scoreCopy(document: string, at: number, model: QuoteModel, hint: number | undefined): Carried | undefined {
  const margin = 3 * CONTEXT_LENGTH + 64;
  const offset = Math.max(0, at - margin);
  const normalised = normaliseText(document.slice(offset, Math.min(document.length, at + model.raw.length + margin)));
  const pool = new CandidatePool(normalised, model, hint === undefined ? undefined : hint - offset);
  pool.add(findExact(normalised.text, model.exact, 0, normalised.text.length));
  const best = pool.best();
  if (best === undefined) return undefined;
  const range = toOriginal(normalised, model, best.start, best.end);
  return {
    found: { start: offset + range.start, end: offset + range.end, score: Math.round(best.score * 1e4) / 1e4 },
    cost: best.cost,
    settles: best.errors === 0 && pool.decided() !== undefined,
  };
}
