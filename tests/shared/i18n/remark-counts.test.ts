import { describe, expect, it } from 'vitest';
import { remarkCountText } from '../../../shared/i18n/remark-counts';

describe('remarks and replies in words', () => {
  it('names remarks and replies apart, in the plural the count needs', () => {
    expect(remarkCountText('nl', { remarks: 2, replies: 1 })).toBe('2 opmerkingen, 1 reactie');
    expect(remarkCountText('nl', { remarks: 1, replies: 3 })).toBe('1 opmerking, 3 reacties');
    expect(remarkCountText('en', { remarks: 1, replies: 2 })).toBe('1 remark, 2 replies');
  });

  it('says so plainly when there are no replies, or nothing at all', () => {
    expect(remarkCountText('nl', { remarks: 4, replies: 0 })).toBe('4 opmerkingen, geen reacties');
    expect(remarkCountText('nl', { remarks: 0, replies: 0 })).toBe('nog geen opmerkingen');
    expect(remarkCountText('en', { remarks: 0, replies: 0 })).toBe('no remarks yet');
  });

  it('writes large counts the way the language groups digits', () => {
    expect(remarkCountText('nl', { remarks: 1200, replies: 0 })).toBe('1.200 opmerkingen, geen reacties');
    expect(remarkCountText('en', { remarks: 1200, replies: 1 })).toBe('1,200 remarks, 1 reply');
  });
});
