import { describe, expect, it } from 'vitest';
import { normaliseText, sourceEnd, toNormalisedOffset, toOriginalRange } from '../../../shared/anchoring/normalise-text';

interface NormaliseCase {
  readonly name: string;
  readonly input: string;
  readonly expected: string;
}

const CASES: NormaliseCase[] = [
  { name: 'lower case, whitespace dropped', input: 'Doel 2:  Eerder\tHulp', expected: 'doel2:eerderhulp' },
  { name: 'line breaks and CRLF dropped', input: 'actie\r\n1.4\nloopt', expected: 'actie1.4loopt' },
  { name: 'hyphen at a line end before a lower-case letter is a layout hyphen', input: 'veranderings-\nagenda', expected: 'veranderingsagenda' },
  { name: 'hyphen at a line end with spaces around the break', input: 'veranderings- \n  agenda', expected: 'veranderingsagenda' },
  { name: 'hyphen at a line end before a capital stays (a real hyphen)', input: 'Zuid-\nOost', expected: 'zuid-oost' },
  { name: 'hyphen inside a line stays', input: 'avond- en weekenduren', expected: 'avond-enweekenduren' },
  { name: 'soft hyphens dropped', input: 'vermin\u00ADderen', expected: 'verminderen' },
  { name: 'soft hyphen at a line end dropped with the break', input: 'adminis\u00AD\ntratieve', expected: 'administratieve' },
  { name: 'ligatures expanded', input: 'ﬁnanciën ﬂexibel eﬀect eﬃciënt aﬄuent', expected: 'financienflexibeleffectefficientaffluent' },
  { name: 'non-breaking, thin and narrow spaces dropped', input: '€\u00A02,8\u2009mln\u202Fper\u2007jaar', expected: '€2,8mlnperjaar' },
  { name: 'zero-width characters and BOM dropped', input: '\uFEFFjeugd\u200Bzorg\u200D', expected: 'jeugdzorg' },
  { name: 'curly and straight quotes fold together', input: '“rechtsbescherming” ‘lessons’ risico’s "x" \'y\'', expected: "'rechtsbescherming''lessons'risico's'x''y'" },
  { name: 'dashes fold to hyphen', input: '2023–2024 — en − 3', expected: '2023-2024-en-3' },
  { name: 'diacritics removed', input: 'coördinatie ideeën Financiën', expected: 'coordinatieideeenfinancien' },
  { name: 'Dutch ij ligature', input: 'ĳverig', expected: 'ijverig' },
  { name: 'ellipsis expands', input: 'enz…', expected: 'enz...' },
  { name: 'lone surrogates become U+FFFD', input: 'a\uD800b\uDC00c', expected: 'a\uFFFDb\uFFFDc' },
  { name: 'emoji (surrogate pair) kept', input: 'top 👍', expected: 'top👍' },
  { name: 'empty', input: '', expected: '' },
  { name: 'only whitespace', input: ' \n\t\u00A0', expected: '' },
];

describe('normaliseText', () => {
  it.each(CASES)('$name', ({ input, expected }) => {
    expect(normaliseText(input).text).toBe(expected);
  });

  interface MapCase {
    readonly name: string;
    readonly input: string;
    /** A run of the normalised text and the original text it must map back to. */
    readonly normalised: string;
    readonly original: string;
  }
  const MAPS: MapCase[] = [
    { name: 'across collapsed whitespace', input: 'De  rapportage\nvolgt de opbouw', normalised: 'rapportagevolgt', original: 'rapportage\nvolgt' },
    { name: 'across a layout hyphen', input: 'de verander-\nagenda is', normalised: 'veranderagenda', original: 'verander-\nagenda' },
    { name: 'starting inside a ligature takes the whole ligature', input: 'geﬁnancierd', normalised: 'inancierd', original: 'ﬁnancierd' },
    { name: 'ending inside a ligature takes the whole ligature', input: 'geﬁnancierd', normalised: 'gef', original: 'geﬁ' },
    { name: 'surrogate pair kept whole', input: 'goed 👍 gedaan', normalised: '👍ge', original: '👍 ge' },
    { name: 'soft hyphens inside', input: 'de adminis\u00ADtratieve lasten', normalised: 'administratieve', original: 'adminis\u00ADtratieve' },
  ];
  it.each(MAPS)('maps back $name', ({ input, normalised, original }) => {
    const result = normaliseText(input);
    const from = result.text.indexOf(normalised);
    expect(from).toBeGreaterThanOrEqual(0);
    const range = toOriginalRange(result, from, from + normalised.length);
    expect(input.slice(range.start, range.end)).toBe(original);
  });

  it('keeps starts non-decreasing and sources within the text', () => {
    const input = 'Eind 2024 stonden 23 vacatures open; ﬁnanciën “goed” — verander-\nagenda 👍 \uD800 klaar.';
    const result = normaliseText(input);
    expect(result.starts.length).toBe(result.text.length);
    for (let i = 1; i < result.starts.length; i += 1) expect(result.starts[i] ?? 0).toBeGreaterThanOrEqual(result.starts[i - 1] ?? 0);
    for (let i = 0; i < result.starts.length; i += 1) expect(sourceEnd(result, i)).toBeLessThanOrEqual(input.length);
  });

  it('maps original offsets to normalised ones', () => {
    const result = normaliseText('ab  cd');
    expect([0, 1, 2, 3, 4, 5, 6].map((offset) => toNormalisedOffset(result, offset))).toEqual([0, 1, 2, 2, 2, 3, 4]);
  });
});
