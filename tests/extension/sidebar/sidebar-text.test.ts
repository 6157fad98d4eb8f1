import { describe, expect, it } from 'vitest';
import { FOLD_CHARACTERS, foldText } from '../../../extension/ui/sidebar/fold-text';
import { formatDateTime } from '../../../extension/ui/sidebar/format-date';
import { shortLabel } from '../../../extension/ui/sidebar/short-label';

describe('dates in the sidebar', () => {
  it('writes date and time the Dutch way in Dutch and the English way in English', () => {
    // 13:05 UTC is 14:05 in Amsterdam in December.
    expect(formatDateTime('2026-12-02T13:05:00.000Z', 'nl', 'Europe/Amsterdam')).toMatch(/^2 dec\.? 2026, 14:05$/);
    expect(formatDateTime('2026-12-02T13:05:00.000Z', 'en', 'Europe/Amsterdam')).toMatch(/^2 Dec 2026, 14:05$/);
  });

  it('shows a value that is not a date as it is', () => {
    expect(formatDateTime('gisteren', 'nl')).toBe('gisteren');
  });
});

describe('folding long remarks', () => {
  it('leaves a short remark whole', () => {
    expect(foldText('Wat is de planning?')).toEqual({ folded: false, preview: 'Wat is de planning?' });
  });

  it('folds a 3,000-character remark to its start, cut between words, with an ellipsis', () => {
    const remark = 'woord '.repeat(500).trim();
    const { folded, preview } = foldText(remark);
    expect(folded).toBe(true);
    expect(preview.length).toBeLessThan(FOLD_CHARACTERS);
    expect(preview.endsWith('woord…')).toBe(true);
    expect(remark.startsWith(preview.slice(0, -1))).toBe(true);
  });

  it('folds a remark of many short lines, and one long word without spaces', () => {
    expect(foldText(Array.from({ length: 10 }, (_, i) => `regel ${i}`).join('\n')).folded).toBe(true);
    const word = foldText('x'.repeat(2_000));
    expect(word.folded).toBe(true);
    expect(word.preview).toBe(`${'x'.repeat(300)}…`);
  });
});

describe('short term names on chips', () => {
  it('keeps a short name and shortens a long one between words', () => {
    expect(shortLabel('Blijvend bouwen')).toBe('Blijvend bouwen');
    expect(shortLabel('Voor SVMN, ketenpartners en de gemeenten in hun rol als samenwerkingspartner')).toBe('Voor SVMN, ketenpartners en…');
  });
});
