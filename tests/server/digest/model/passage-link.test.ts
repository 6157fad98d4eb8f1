import { describe, expect, it } from 'vitest';
import type { Selector } from '../../../../shared/schemas/selectors';
import { collapseWhitespace, encodeDirectiveValue, passageLink, textDirective } from '../../../../server/services/digest/model/passage-link';

describe('textDirective', () => {
  const cases: Array<{ name: string; quote: { exact: string; prefix?: string; suffix?: string }; expected: string | null }> = [
    { name: 'a plain quote', quote: { exact: 'hello world' }, expected: 'text=hello%20world' },
    { name: 'whitespace and line breaks collapse', quote: { exact: '  foo \n\t bar\u00a0baz ' }, expected: 'text=foo%20bar%20baz' },
    { name: 'dash, comma and ampersand are encoded', quote: { exact: 'a-b, c & d' }, expected: 'text=a%2Db%2C%20c%20%26%20d' },
    { name: 'percent and hash are encoded', quote: { exact: '100% #1' }, expected: 'text=100%25%20%231' },
    { name: 'non-ASCII is UTF-8 percent-encoded', quote: { exact: 'cliënten' }, expected: 'text=cli%C3%ABnten' },
    { name: 'a lone surrogate becomes U+FFFD', quote: { exact: 'a\uD800b' }, expected: 'text=a%EF%BF%BDb' },
    {
      name: 'long context keeps the nearest three whole words',
      quote: { exact: 'target', prefix: 'one two three four ', suffix: ' five six seven eight' },
      expected: 'text=two%20three%20four-,target,-five%20six%20seven',
    },
    {
      name: 'short context drops the outer word, which may be cut off',
      quote: { exact: 'target', prefix: 'ord de ', suffix: ' en wo' },
      expected: 'text=de-,target,-en',
    },
    { name: 'a single context word is dropped entirely', quote: { exact: 'target', prefix: 'xyz', suffix: 'abc' }, expected: 'text=target' },
    { name: 'context dashes are encoded too', quote: { exact: 'x', prefix: 'a b-c d-e ', suffix: ' f-g h i' }, expected: 'text=b%2Dc%20d%2De-,x,-f%2Dg%20h' },
    {
      name: 'a long quote becomes textStart,textEnd of four words each',
      quote: {
        exact: 'De samenwerking met de gemeenten is in 2024 verder versterkt door maandelijkse overleggen, gezamenlijke casusbesprekingen en een nieuw escalatiemodel.',
      },
      expected: 'text=De%20samenwerking%20met%20de,en%20een%20nieuw%20escalatiemodel.',
    },
    {
      name: 'a long quote of few words stays exact',
      quote: { exact: `${'a'.repeat(60)} ${'b'.repeat(60)}` },
      expected: `text=${'a'.repeat(60)}%20${'b'.repeat(60)}`,
    },
    {
      name: 'one character more becomes a range',
      quote: { exact: `${'word '.repeat(19)}abcdef` },
      expected: 'text=word%20word%20word%20word,word%20word%20word%20abcdef',
    },
    { name: 'exactly 100 characters stays exact', quote: { exact: `${'word '.repeat(19)}abcde` }, expected: `text=${'word%20'.repeat(19)}abcde` },
    { name: 'an empty quote gives no directive', quote: { exact: ' \n ' }, expected: null },
  ];
  it.each(cases)('$name', ({ quote, expected }) => {
    expect(textDirective(quote)).toBe(expected);
  });

  it('decodes back to the collapsed quote', () => {
    const exact = 'Proactieve communicatie over kritische dossiers, dilemma’s & termijnen - 2024';
    const directive = textDirective({ exact });
    expect(decodeURIComponent((directive ?? '').replace(/^text=/, ''))).toBe(exact);
  });
});

describe('encodeDirectiveValue', () => {
  it.each([
    ['-', '%2D'],
    [',', '%2C'],
    ['&', '%26'],
    [' ', '%20'],
    ['é', '%C3%A9'],
    ['abc', 'abc'],
  ])('%s → %s', (input, expected) => {
    expect(encodeDirectiveValue(input)).toBe(expected);
  });
});

describe('passageLink', () => {
  const quote: Selector = { type: 'TextQuoteSelector', exact: 'de passage', prefix: 'dit is echt ', suffix: ' die we bedoelen hier' };
  const cases: Array<{ name: string; source: string; selectors: Selector[]; expected: string }> = [
    {
      name: 'web page with context',
      source: 'https://www.svmn.nl/rapport.html',
      selectors: [quote],
      expected: 'https://www.svmn.nl/rapport.html#:~:text=is%20echt-,de%20passage,-die%20we%20bedoelen',
    },
    {
      name: 'an existing fragment is replaced',
      source: 'https://www.svmn.nl/rapport.html#hoofdstuk-2',
      selectors: [{ type: 'TextQuoteSelector', exact: 'x' }],
      expected: 'https://www.svmn.nl/rapport.html#:~:text=x',
    },
    {
      name: 'a PDF page is kept before the directive',
      source: 'https://www.svmn.nl/rapport.pdf',
      selectors: [{ type: 'TextQuoteSelector', exact: 'x' }, { type: 'FragmentSelector', value: 'page=12' }],
      expected: 'https://www.svmn.nl/rapport.pdf#page=12:~:text=x',
    },
    {
      name: 'a page without a quote links to the page',
      source: 'https://www.svmn.nl/rapport.pdf',
      selectors: [{ type: 'FragmentSelector', value: 'page=3' }],
      expected: 'https://www.svmn.nl/rapport.pdf#page=3',
    },
    {
      name: 'a fragment selector that is not a page is ignored',
      source: 'https://www.svmn.nl/rapport.pdf',
      selectors: [{ type: 'FragmentSelector', value: 'viewrect=1,2,3,4' }, { type: 'TextQuoteSelector', exact: 'x' }],
      expected: 'https://www.svmn.nl/rapport.pdf#:~:text=x',
    },
    { name: 'no selectors: the document itself', source: 'https://www.svmn.nl/rapport.html', selectors: [], expected: 'https://www.svmn.nl/rapport.html' },
    {
      name: 'only a position selector: the document itself',
      source: 'https://www.svmn.nl/rapport.html',
      selectors: [{ type: 'TextPositionSelector', start: 1, end: 4 }],
      expected: 'https://www.svmn.nl/rapport.html',
    },
  ];
  it.each(cases)('$name', ({ source, selectors, expected }) => {
    expect(passageLink(source, selectors)).toBe(expected);
  });
});

describe('collapseWhitespace', () => {
  it('folds every kind of whitespace run into one space and trims', () => {
    expect(collapseWhitespace('\n a\u00a0\u2003b\r\n\tc  ')).toBe('a b c');
  });
});
