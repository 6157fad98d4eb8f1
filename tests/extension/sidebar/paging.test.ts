import { describe, expect, it } from 'vitest';
import { PAGE_SIZE, limitShowing, nextLimit } from '../../../extension/ui/sidebar/paging';

describe('rendering the sidebar a page at a time', () => {
  it('starts with one page and adds one per "Meer laden", never past the end', () => {
    expect(PAGE_SIZE).toBe(50);
    expect(nextLimit(50, 1_000)).toBe(100);
    expect(nextLimit(950, 1_000)).toBe(1_000);
    expect(nextLimit(50, 70)).toBe(70);
  });

  it('extends the pages shown to reach the card of a highlight far down the document', () => {
    expect(limitShowing(10, 50)).toBe(50);
    expect(limitShowing(50, 50)).toBe(100);
    expect(limitShowing(873, 50)).toBe(900);
    expect(limitShowing(873, 950)).toBe(950);
  });

  it('keeps the limit for a card that is not in the list', () => {
    expect(limitShowing(-1, 50)).toBe(50);
  });
});
