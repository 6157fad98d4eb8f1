import type { QuoteModel } from './quote-model';

/** Shortest stretch compared: below this, likeness to the context is chance. */
const MIN_COMPARED = 16;
/** Likeness from which a candidate counts as a copy of the text beside the quote. */
const ECHO_SIMILARITY = 0.8;

/** 1 − Levenshtein distance / longer length, for short strings (a few dozen units). */
function likeness(a: string, b: string): number {
  if (a.length === 0 && b.length === 0) return 1;
  let previous = new Int32Array(b.length + 1);
  let current = new Int32Array(b.length + 1);
  for (let j = 0; j <= b.length; j += 1) previous[j] = j;
  for (let i = 1; i <= a.length; i += 1) {
    current[0] = i;
    const code = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j += 1) {
      const substitution = (previous[j - 1] ?? 0) + (code === b.charCodeAt(j - 1) ? 0 : 1);
      current[j] = Math.min(substitution, (previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1);
    }
    [previous, current] = [current, previous];
  }
  return 1 - (previous[b.length] ?? 0) / Math.max(a.length, b.length);
}

/**
 * A stretch of a candidate echoes the context when it is more like the context than like the
 * quote's stretch, or exactly the context (then a copy of it stood beside the quote, and which
 * of the two the candidate is cannot be told).
 */
function echoes(toContext: number, toQuote: number): boolean {
  return toContext >= ECHO_SIMILARITY && (toContext > toQuote || toContext === 1);
}

/**
 * Whether edited candidate text `found` (normalised) looks like the text that stood right beside
 * the quote when it was taken rather than like the quote (see `echoes`): its end like the end
 * of the stored prefix, or its start like the start of the stored suffix. Then the report had a
 * near twin of the passage next to it ("… 12 procent. … 14 procent."), and the candidate may well
 * be that twin, still there after the passage itself was deleted: the edit cannot be told from
 * the twin, and a missed highlight is better than a wrong one.
 */
export function echoesContext(found: string, model: QuoteModel): boolean {
  const quote = model.exact;
  const before = Math.min(found.length, model.prefix.length);
  if (before >= MIN_COMPARED) {
    const context = model.prefix.slice(-before);
    const stretch = found.slice(-before);
    if (echoes(likeness(stretch, context), likeness(stretch, quote.slice(-before)))) return true;
  }
  const after = Math.min(found.length, model.suffix.length);
  if (after >= MIN_COMPARED) {
    const context = model.suffix.slice(0, after);
    const stretch = found.slice(0, after);
    if (echoes(likeness(stretch, context), likeness(stretch, quote.slice(0, after)))) return true;
  }
  return false;
}
