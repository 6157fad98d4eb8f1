import { describe, expect, it } from 'vitest';
import { describeQuote } from '../../../shared/anchoring/describe-quote';
import { matchQuote } from '../../../shared/anchoring/text-quote';
import { offsetOf, replaceOnce } from './quote-helpers';

/*
 * The decisions the revision corpus tests in bulk, each on one small report text written for
 * these tests: what counts as the same passage after a revision, and what is gone.
 */

const REPORT = [
  'Voortgang veranderagenda – september 2025',
  'Actie 1.1 loopt volgens planning. Op 1 september had 88 procent van de gezinnen binnen twee weken een vaste jeugdbeschermer, tegen 79 procent in april.',
  'Actie 3.1 loopt achter. Het verloop onder jeugdbeschermers was in het eerste halfjaar 12 procent, tegen 9 procent een jaar eerder. Zonder extra medewerkers is de doelstelling niet haalbaar.',
  'In 2024 ontving de organisatie 214 klachten, tegen 251 in 2023. De meeste klachten gingen over bejegening.',
  '1.2 Rapportage besproken\tachter\t58 procent\t64 procent\t90 procent',
  '2.1 Eén telefoonnummer\tafgerond\t–\t93 procent\t90 procent',
  'Wij hebben zorgen en emoties met hem besproken, zodat hij scherp kreeg wat anders moest. Daarna had hij een goed gesprek met de jeugdbeschermer.',
].join('\n\n');

/** The selector of `passage` (its first occurrence in `text`) and its offset there. */
function selectorOf(text: string, passage: string): { quote: ReturnType<typeof describeQuote>; start: number } {
  const start = offsetOf(text, passage);
  return { quote: describeQuote(text, start, start + passage.length), start };
}

/** Where `quote` is found in `text`, as the text found there, or null. */
function found(text: string, quote: ReturnType<typeof describeQuote>, hint: number): string | null {
  const match = matchQuote(text, quote, { start: hint });
  return match === null ? null : text.slice(match.start, match.end);
}

describe('figures that change', () => {
  const passage = 'Het verloop onder jeugdbeschermers was in het eerste halfjaar 12 procent';

  it('one figure updated in place ("12 procent" → "14 procent") is still the passage', () => {
    const { quote, start } = selectorOf(REPORT, passage);
    const revised = replaceOnce(REPORT, 'halfjaar 12 procent', 'halfjaar 14 procent');
    expect(found(revised, quote, start)).toBe('Het verloop onder jeugdbeschermers was in het eerste halfjaar 14 procent');
  });

  it('the same sentence with most of its figures changed is another statement: gone', () => {
    const sentence = 'In 2024 ontving de organisatie 214 klachten, tegen 251 in 2023.';
    const { quote, start } = selectorOf(REPORT, sentence);
    const revised = replaceOnce(REPORT, sentence, 'In 2025 ontving de organisatie 198 klachten, tegen 214 in 2024.');
    expect(found(revised, quote, start)).toBeNull();
  });

  it('an updated figure far from the old place, in other context, is not taken for the passage', () => {
    const { quote, start } = selectorOf(REPORT, passage);
    const moved = replaceOnce(REPORT, `${passage}, tegen 9 procent een jaar eerder. `, '');
    const revised = `${moved}\n\nUit een andere bron: ${passage.replace('12', '15')}.`;
    expect(found(revised, quote, start)).toBeNull();
  });
});

describe('near twins', () => {
  it('a deleted sentence is not found in the near twin that stood right after it', () => {
    const sentence = 'Zonder extra medewerkers is de doelstelling niet haalbaar.';
    const twin = 'Zonder extra middelen is de doelstelling niet haalbaar.';
    const original = replaceOnce(REPORT, sentence, `${sentence} ${twin}`);
    const { quote, start } = selectorOf(original, sentence);
    const revised = replaceOnce(original, `${sentence} `, '');
    expect(found(revised, quote, start)).toBeNull();
    // The sentence edited in place, its twin still beside it, is found.
    expect(found(replaceOnce(original, 'Zonder extra medewerkers', 'Zonder meer medewerkers'), quote, start)).toBe(
      'Zonder meer medewerkers is de doelstelling niet haalbaar.',
    );
  });

  it('a table cell whose figure changed is found in its own row, not in the row with the old figure', () => {
    const row = '2.1 Eén telefoonnummer\tafgerond\t–\t93 procent\t90 procent';
    const at = offsetOf(REPORT, row) + row.indexOf('procent\t90 procent');
    const quote = describeQuote(REPORT, at, at + 'procent\t90 procent'.length);
    const revised = replaceOnce(REPORT, '93 procent\t90 procent', '93 procent\t88 procent');
    expect(found(revised, quote, at)).toBe('procent\t88 procent');
  });

  it('a phrase replaced inside unchanged context is gone, also when that context recurs nearby around a look-alike', () => {
    const original = `${REPORT}\n\nBij de uitvoering van actie 1.1 zijn de risico’s besproken. Bij de uitvoering van actie 1.2 zijn de risico’s besproken.`;
    const passage = 'van actie 1.1 zijn de risico’s';
    const { quote, start } = selectorOf(original, passage);
    const revised = replaceOnce(original, 'Bij de uitvoering van actie 1.1 zijn de risico’s', 'Bij de uitvoering met alle wijkteams samen');
    expect(found(revised, quote, start)).toBeNull();
  });
});

describe('short quotes and edges of the text', () => {
  it('a short quote with a typo fixed is found between its unchanged context', () => {
    const typo = replaceOnce(REPORT, 'zorgen en emoties', 'zorgen en emoies');
    const at = offsetOf(typo, 'emoies');
    const quote = describeQuote(typo, at - 'zorgen en '.length, at + 'emoies'.length);
    expect(found(REPORT, quote, at)).toBe('zorgen en emoties');
  });

  it('a quote that ended the text prefers the copy still at the end over an earlier copy', () => {
    const last = 'Daarna had hij een goed gesprek met de jeugdbeschermer.';
    const { quote, start } = selectorOf(REPORT, last);
    // A copy is added before the last paragraph; the passage itself still ends the text.
    const copy = `Een vader vertelde het zo. ${last} Dat hielp.`;
    const paragraphs = REPORT.split('\n\n');
    const revised = [...paragraphs.slice(0, -1), copy, paragraphs.at(-1)].join('\n\n');
    const match = matchQuote(revised, quote, { start });
    expect(match).not.toBeNull();
    expect(match?.end).toBe(revised.length);
  });
});
