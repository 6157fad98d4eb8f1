/** Distance (units) over which the extra weight of context next to the quote decays by 1/e. */
const DECAY = 16;

/**
 * Weight of the `i`-th context unit counted from the quote (1-based): 5 right at the quote,
 * falling off exponentially to 1. Whole sentences around a passage get rewritten, and recurring
 * phrases match anywhere; the few units right beside the quote say the most.
 */
function contextWeight(i: number): number {
  return i < WEIGHTS.length ? (WEIGHTS[i] ?? 1) : 1 + 4 * Math.exp(-(i - 1) / DECAY);
}

/** Weights (index i, from 1) and their running totals for context up to 512 units: computed once. */
const WEIGHTS = new Float64Array(513);
const TOTALS = new Float64Array(513);
for (let i = 1; i < WEIGHTS.length; i += 1) {
  WEIGHTS[i] = 1 + 4 * Math.exp(-(i - 1) / DECAY);
  TOTALS[i] = (TOTALS[i - 1] ?? 0) + (WEIGHTS[i] ?? 0);
}

/**
 * Weighted edit distance between `pattern` and the closest string that `text` begins with (or,
 * when `fromEnd` is true, ends with). The far end of `text` is free: only the edge where context
 * touches the quote is pinned. Errors next to the pinned edge weigh 5, falling off exponentially
 * to 1 (see `contextWeight`): context right beside the quote is the most telling. Returns a value
 * in [0, total weight]; see `anchoredSimilarity`. O(pattern × text) time, O(text) memory; for
 * inputs of a few hundred units.
 */
export function anchoredDistance(pattern: string, text: string, fromEnd: boolean): number {
  const m = pattern.length;
  const n = text.length;
  if (m === 0) return 0;
  const weight = (i: number): number => contextWeight(i);
  if (n === 0) {
    let total = 0;
    for (let i = 1; i <= m; i += 1) total += weight(i);
    return total;
  }
  // row[j]: cost of aligning the first i pattern units (counted from the pinned edge) with the
  // first j text units.
  const row = new Float64Array(n + 1);
  const w0 = weight(1);
  for (let j = 0; j <= n; j += 1) row[j] = j * w0;
  let deleted = 0;
  for (let i = 1; i <= m; i += 1) {
    const w = weight(i);
    const p = pattern.charCodeAt(fromEnd ? m - i : i - 1);
    let diagonal = row[0] ?? 0;
    deleted += w;
    row[0] = deleted;
    let left = deleted;
    for (let j = 1; j <= n; j += 1) {
      const up = row[j] ?? 0;
      const t = text.charCodeAt(fromEnd ? n - j : j - 1);
      let value = diagonal + (p === t ? 0 : w);
      if (up + w < value) value = up + w;
      if (left + w < value) value = left + w;
      row[j] = value;
      diagonal = up;
      left = value;
    }
  }
  let best = Infinity;
  for (let j = 0; j <= n; j += 1) best = Math.min(best, row[j] ?? Infinity);
  return best;
}

/**
 * Similarity in [0, 1] between stored context `pattern` and the text beside a candidate:
 * 1 − weighted distance / total weight (see `anchoredDistance`). 1 for an empty pattern.
 */
export function anchoredSimilarity(pattern: string, text: string, fromEnd: boolean): number {
  const m = pattern.length;
  if (m === 0) return 1;
  let total = m < TOTALS.length ? (TOTALS[m] ?? 0) : 0;
  if (m >= TOTALS.length) for (let i = 1; i <= m; i += 1) total += contextWeight(i);
  return Math.max(0, 1 - anchoredDistance(pattern, text, fromEnd) / total);
}
