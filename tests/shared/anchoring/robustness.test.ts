import { describe, expect, it } from 'vitest';
import { describeQuote } from '../../../shared/anchoring/describe-quote';
import { matchQuote } from '../../../shared/anchoring/text-quote';
import { LONG_REPORT } from '../../fixtures/anchoring/long-report';

type Quote = Parameters<typeof matchQuote>[1];

interface EdgeCase {
  readonly name: string;
  readonly text: string;
  readonly quote: Quote;
  readonly hint?: { start?: number };
  /** Expected [start, end), or null. */
  readonly expected: [number, number] | null;
}

const LONE = 'Rapport met een kapot teken \uD800 in de tekst en nog een \uDC00 hier.';

const CASES: EdgeCase[] = [
  { name: 'empty text', text: '', quote: { exact: 'jeugd' }, expected: null },
  { name: 'empty quote', text: LONG_REPORT, quote: { exact: '' }, expected: null },
  { name: 'empty text and quote', text: '', quote: { exact: '', prefix: '', suffix: '' }, expected: null },
  { name: 'quote of whitespace only', text: LONG_REPORT, quote: { exact: ' \n ' }, expected: null },
  { name: 'quote longer than the text', text: 'kort', quote: { exact: 'een veel langere passage dan de tekst zelf' }, expected: null },
  { name: 'text with lone surrogates, quote around one', text: LONE, quote: { exact: 'teken \uD800 in' }, expected: [LONE.indexOf('teken'), LONE.indexOf('teken') + 10] },
  { name: 'quote with a lone surrogate the text does not have', text: LONG_REPORT, quote: { exact: '\uDC00\uDC00\uDC00' }, expected: null },
  { name: 'hint outside the text', text: LONE, quote: { exact: 'nog een' }, hint: { start: 10_000_000 }, expected: [LONE.indexOf('nog een'), LONE.indexOf('nog een') + 7] },
  { name: 'negative hint', text: LONE, quote: { exact: 'nog een' }, hint: { start: -5 }, expected: [LONE.indexOf('nog een'), LONE.indexOf('nog een') + 7] },
  { name: 'non-finite hint', text: LONE, quote: { exact: 'nog een' }, hint: { start: Number.NaN }, expected: [LONE.indexOf('nog een'), LONE.indexOf('nog een') + 7] },
  { name: 'text that is not a string', text: 42 as unknown as string, quote: { exact: 'jeugd' }, expected: null },
  { name: 'quote that is not an object', text: LONG_REPORT, quote: null as unknown as Quote, expected: null },
  { name: 'exact that is not a string', text: LONG_REPORT, quote: { exact: 7 as unknown as string }, expected: null },
  { name: 'prefix and suffix that are not strings', text: LONE, quote: { exact: 'nog een', prefix: 1 as unknown as string, suffix: {} as unknown as string }, expected: [LONE.indexOf('nog een'), LONE.indexOf('nog een') + 7] },
];

describe('matchQuote on edge-case input', () => {
  it.each(CASES)('$name', ({ text, quote, hint, expected }) => {
    let result: ReturnType<typeof matchQuote> = null;
    expect(() => {
      result = matchQuote(text, quote, hint);
    }).not.toThrow();
    if (expected === null) {
      expect(result).toBeNull();
    } else {
      const found = result as { start: number; end: number } | null;
      expect([found?.start, found?.end]).toEqual(expected);
    }
  });
});

describe('matchQuote on huge input', () => {
  // A 2-million-character document made of the report repeated with a marker per copy.
  const copies = Array.from({ length: 80 }, (_, index) => `Exemplaar ${index}.\n\n${LONG_REPORT}`);
  const huge = copies.join('\n\n');

  it('finds a passage in a 2M-character text (the copy nearest the hint) and returns null once it is gone', () => {
    expect(huge.length).toBeGreaterThan(2_000_000);
    const start = huge.indexOf('Exemplaar 61.') + 20;
    const selector = describeQuote(huge, start, start + 120);
    const found = matchQuote(huge, selector, { start });
    expect([found?.start, found?.end]).toEqual([start, start + 120]);
    const revised = huge.replaceAll(selector.exact, 'dit stuk tekst is in zijn geheel vervangen door een andere passage over iets anders');
    expect(matchQuote(revised, selector, { start })).toBeNull();
  }, 60_000);

  it('copes with a 100k-character quote, also after an edit inside it', () => {
    const start = huge.indexOf('Exemplaar 40.');
    const selector = describeQuote(huge, start, start + 100_000);
    expect([matchQuote(huge, selector, { start })?.start]).toEqual([start]);
    const middle = start + 50_000;
    const edited = `${huge.slice(0, middle)}EEN INGEVOEGDE ZIN. ${huge.slice(middle)}`;
    const found = matchQuote(edited, selector, { start });
    expect(found?.start).toBe(start);
    expect(found?.end).toBe(start + 100_000 + 'EEN INGEVOEGDE ZIN. '.length);
  }, 60_000);

  it('copes with pathological repetition', () => {
    const text = 'a'.repeat(500_000);
    expect(() => matchQuote(text, { exact: 'aaaaaaaaab', prefix: 'aaaa', suffix: 'aaaa' }, { start: 250_000 })).not.toThrow();
    const found = matchQuote(text, { exact: 'a'.repeat(40), prefix: 'a'.repeat(32), suffix: 'a'.repeat(32) }, { start: 1000 });
    expect(found?.start).toBe(1000);
  }, 60_000);
});
