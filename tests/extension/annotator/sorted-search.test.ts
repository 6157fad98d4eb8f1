import { describe, expect, it } from 'vitest';
import { firstIndexWhere, lastAtOrBefore } from '../../../extension/annotator/sorted-search';

describe('the annotator’s one binary search', () => {
  const starts = [0, 5, 5, 9, 20];
  it.each<[number, number]>([
    [-1, -1],
    [0, 0],
    [4, 0],
    [5, 2],
    [8, 2],
    [9, 3],
    [19, 3],
    [20, 4],
    [1_000, 4],
  ])('finds the last start at or before %i: index %i', (offset, expected) => {
    expect(lastAtOrBefore(starts.length, (index) => starts[index]!, offset)).toBe(expected);
    // The same answer as reading the list from the end.
    expect(starts.findLastIndex((start) => start <= offset)).toBe(expected);
  });

  it('answers -1 in an empty list, and the first index where a condition starts to hold', () => {
    expect(lastAtOrBefore(0, () => 0, 10)).toBe(-1);
    const flags = [false, false, true, true];
    expect(firstIndexWhere(flags.length, (index) => flags[index]!)).toBe(2);
    expect(firstIndexWhere(flags.length, () => false)).toBe(flags.length);
    expect(firstIndexWhere(flags.length, () => true)).toBe(0);
  });
});
