import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describeQuote } from '../../../shared/anchoring/describe-quote';
import { matchQuote } from '../../../shared/anchoring/text-quote';

/** Text of the kind reports hold, plus the odd characters PDFs and editors bring. */
const reportText = fc.string({
  unit: fc.constantFrom(...'abcdeéëijklmnoprstuvz ABCD.,;:-\n\t\u00ad\u00a0\ufb01\u2019"0123456789'.split(''), '\ud83d\ude00', '\ud800'),
  maxLength: 600,
});

describe('property: matchQuote', { timeout: 60_000 }, () => {
  it('never throws and returns a range inside the text with a score in [0, 1], or null', () => {
    fc.assert(
      fc.property(reportText, reportText, reportText, reportText, fc.option(fc.integer({ min: -10, max: 2000 })), (text, exact, prefix, suffix, start) => {
        const match = matchQuote(text, { exact, prefix, suffix }, start === null ? undefined : { start });
        if (match === null) return;
        expect(match.start).toBeGreaterThanOrEqual(0);
        expect(match.end).toBeGreaterThanOrEqual(match.start);
        expect(match.end).toBeLessThanOrEqual(text.length);
        expect(match.score).toBeGreaterThanOrEqual(0);
        expect(match.score).toBeLessThanOrEqual(1);
      }),
      { numRuns: 3000 },
    );
  });

  it('finds a passage described in an unchanged text at exactly its place', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom(...'abcdefghij klmnop.'.split('')), minLength: 40, maxLength: 800 }),
        fc.nat(),
        fc.integer({ min: 5, max: 60 }),
        (text, at, length) => {
          const start = at % (text.length - 4);
          const end = Math.min(text.length, start + length);
          if (text.slice(start, end).trim().length < 5) return;
          const quote = describeQuote(text, start, end);
          const match = matchQuote(text, quote, { start });
          expect(match && text.slice(match.start, match.end)).toBe(text.slice(start, end));
        },
      ),
      { numRuns: 2000 },
    );
  });
});
