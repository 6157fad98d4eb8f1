/*
 * The one binary search of the annotator. Text indexes keep their pieces (text nodes, pages,
 * text items) sorted by where they start in the document text; every lookup of "which piece holds
 * this offset" is `lastAtOrBefore` over those starts.
 */

/**
 * The first index in `[0, length)` at which `holds` is true, or `length` when it is true nowhere.
 * `holds` must be false up to some index and true from there on.
 */
export function firstIndexWhere(length: number, holds: (index: number) => boolean): number {
  let low = 0;
  let high = length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (holds(middle)) high = middle;
    else low = middle + 1;
  }
  return low;
}

/**
 * The last index in `[0, length)` whose start is at or before `offset`, or -1 when every start
 * lies after it. `startOf` must not decrease with the index.
 */
export function lastAtOrBefore(length: number, startOf: (index: number) => number, offset: number): number {
  return firstIndexWhere(length, (index) => startOf(index) > offset) - 1;
}
