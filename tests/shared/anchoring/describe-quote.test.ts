import { describe, expect, it } from 'vitest';
import { describeQuote } from '../../../shared/anchoring/describe-quote';
import { matchQuote } from '../../../shared/anchoring/text-quote';
import { LONG_REPORT } from '../../fixtures/anchoring/long-report';
import { YOUTH_REPORT } from '../../fixtures/anchoring/youth-report';
import { countOf, offsetOf } from './quote-helpers';

/** True when `text` has no lone surrogate. */
const isWellFormed = (text: string): boolean => !/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(text);

/** A report in which one boilerplate paragraph recurs verbatim under each action. */
const BOILERPLATE =
  'De voortgang van deze actie wordt elk kwartaal besproken in de stuurgroep jeugdbescherming, waarin de gemeente, de gecertificeerde instelling en Veilig Thuis zijn vertegenwoordigd.';
const REPEATING = ['1.1', '1.2', '1.3', '2.1', '2.2']
  .map(
    (action) =>
      `Actie ${action}: stand van zaken\n\nVoor deze actie zijn in 2024 de eerste resultaten zichtbaar geworden.\n\n${BOILERPLATE}\n\nMeer informatie staat in de bijlage bij deze rapportage.`,
  )
  .join('\n\n');

/** Emoji (surrogate pairs) right around a passage. */
const WITH_EMOJI = `Reactie van jongeren 👍👍 op het netwerkberaad: 🙂positief🙂, maar de wachttijd blijft 😟 te lang.`;

interface RoundTrip {
  readonly name: string;
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

const at = (text: string, needle: string, occurrence = 0): { start: number; end: number } => {
  const start = offsetOf(text, needle, occurrence);
  return { start, end: start + needle.length };
};

const ROUND_TRIPS: RoundTrip[] = [
  { name: 'sentence in the middle of the report', text: LONG_REPORT, ...at(LONG_REPORT, 'Op doel 3 blijven de resultaten achter.') },
  { name: 'quote at the very start of the text (no prefix)', text: LONG_REPORT, ...at(LONG_REPORT, 'Voortgangsrapportage Veranderagenda') },
  { name: 'quote at the very end of the text (no suffix)', text: YOUTH_REPORT, start: YOUTH_REPORT.length - 40, end: YOUTH_REPORT.length },
  { name: 'single word that recurs often', text: LONG_REPORT, ...at(LONG_REPORT, 'gecertificeerde', 3) },
  { name: 'action number that recurs', text: LONG_REPORT, ...at(LONG_REPORT, 'actie 3.2', 1) },
  { name: 'whole paragraph', text: LONG_REPORT, ...at(LONG_REPORT, 'Het vierde doel gaat over de mensen die het werk doen.') },
  { name: 'selection across a paragraph break', text: LONG_REPORT, ...at(LONG_REPORT, 'gedaan om de jeugdbescherming in de regio te verbeteren.') },
  { name: 'selection starting and ending with a space', text: LONG_REPORT, ...at(LONG_REPORT, ' Wij delen die zorg. ') },
  { name: 'recurring boilerplate paragraph, third copy', text: REPEATING, ...at(REPEATING, BOILERPLATE, 2) },
  { name: 'recurring boilerplate paragraph, last copy', text: REPEATING, ...at(REPEATING, BOILERPLATE, 4) },
  { name: 'text with emoji around the quote', text: WITH_EMOJI, ...at(WITH_EMOJI, 'positief') },
  { name: 'single character', text: LONG_REPORT, ...at(LONG_REPORT, '€', 2) },
];

describe('describeQuote', () => {
  it.each(ROUND_TRIPS)('round trip: $name', ({ text, start, end }) => {
    const selector = describeQuote(text, start, end);
    expect(selector.exact).toBe(text.slice(start, end));
    const result = matchQuote(text, selector, { start });
    expect({ start: result?.start, end: result?.end }).toEqual({ start, end });
  });

  it.each(ROUND_TRIPS)('round trip without hint: $name', ({ text, start, end }) => {
    const selector = describeQuote(text, start, end);
    const result = matchQuote(text, selector);
    expect({ start: result?.start, end: result?.end }).toEqual({ start, end });
  });

  it.each(ROUND_TRIPS)('context is at least 32 units or reaches the edge, and makes the quote unique: $name', ({ text, start, end }) => {
    const selector = describeQuote(text, start, end);
    expect(selector.prefix.length >= 32 || selector.prefix === text.slice(0, start)).toBe(true);
    expect(selector.suffix.length >= 32 || selector.suffix === text.slice(end)).toBe(true);
    expect(selector.prefix.length).toBeLessThanOrEqual(257);
    expect(selector.suffix.length).toBeLessThanOrEqual(257);
    expect(text.slice(start - selector.prefix.length, start)).toBe(selector.prefix);
    expect(text.slice(end, end + selector.suffix.length)).toBe(selector.suffix);
    expect(countOf(text, selector.prefix + selector.exact + selector.suffix)).toBe(1);
  });

  it('widens the context of a recurring paragraph beyond 32 units until it is unique', () => {
    const { start, end } = at(REPEATING, BOILERPLATE, 2);
    const selector = describeQuote(REPEATING, start, end);
    // 32 units on either side are the same around every copy.
    expect(countOf(REPEATING, REPEATING.slice(start - 32, end + 32))).toBe(5);
    expect(selector.prefix.length + selector.suffix.length).toBeGreaterThan(64);
    expect(countOf(REPEATING, selector.prefix + selector.exact + selector.suffix)).toBe(1);
  });

  interface EdgeCase {
    readonly name: string;
    readonly start: number;
    readonly end: number;
    readonly exact: string;
  }
  const emoji = WITH_EMOJI.indexOf('👍');
  const EDGES: EdgeCase[] = [
    { name: 'start inside a surrogate pair moves back', start: emoji + 1, end: emoji + 4, exact: '👍👍' },
    { name: 'end inside a surrogate pair moves forward', start: emoji, end: emoji + 1, exact: '👍' },
    { name: 'reversed offsets are swapped', start: emoji + 4, end: emoji, exact: '👍👍' },
    { name: 'offsets beyond the text are clamped', start: WITH_EMOJI.length - 5, end: WITH_EMOJI.length + 100, exact: WITH_EMOJI.slice(-5) },
    { name: 'negative and non-finite offsets are clamped', start: -10, end: Number.NaN, exact: '' },
  ];
  it.each(EDGES)('$name', ({ start, end, exact }) => {
    const selector = describeQuote(WITH_EMOJI, start, end);
    expect(selector.exact).toBe(exact);
    for (const part of [selector.prefix, selector.exact, selector.suffix]) {
      expect(isWellFormed(part)).toBe(true);
    }
  });

  it('never splits a surrogate pair at the edges of the context', () => {
    const text = `${'😀'.repeat(40)}kern${'😀'.repeat(40)}`;
    for (let offset = 0; offset < 6; offset += 1) {
      const start = 80 + offset - 3;
      const selector = describeQuote(text, start, start + 4);
      for (const part of [selector.prefix, selector.exact, selector.suffix]) expect(isWellFormed(part)).toBe(true);
    }
  });
});
