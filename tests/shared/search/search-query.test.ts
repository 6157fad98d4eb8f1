import { describe, expect, it } from 'vitest';
import { isEmptySearch, parseSearch, type ParsedSearch } from '../../../shared/search/search-query';
import { highlightSegments } from '../../../shared/search/search-highlight';
import { markWords } from '../../../shared/search/mark-words';

const words = (...list: string[]) => list.map((word) => ({ field: null, words: [word] }));

describe('parseSearch', () => {
  const cases: [string, ParsedSearch][] = [
    ['wachttijden jeugd', { clauses: words('wachttijden', 'jeugd'), termCodes: [] }],
    ['wat zei Woerden over meldingsbereidheid?', { clauses: words('Woerden', 'meldingsbereidheid'), termCodes: [] }],
    ['de het een', { clauses: words('de', 'het', 'een'), termCodes: [] }],
    ['De reünie', { clauses: words('reünie'), termCodes: [] }],
    ['reünie-avond', { clauses: words('reünie', 'avond'), termCodes: [] }],
    ['"lange wachttijden" jeugd', { clauses: [...words('jeugd'), { field: null, words: ['lange', 'wachttijden'] }], termCodes: [] }],
    ['door:Anna zorg', { clauses: [...words('zorg'), { field: 'author', words: ['Anna'] }], termCodes: [] }],
    ['door:"Anna de Vries"', { clauses: [{ field: 'author', words: ['Anna', 'de', 'Vries'] }], termCodes: [] }],
    ['label:Planning citaat:aanspreekpunt', { clauses: [{ field: 'tags', words: ['Planning'] }, { field: 'quote', words: ['aanspreekpunt'] }], termCodes: [] }],
    ['by:Anna tag:x quote:"vast punt"', { clauses: [{ field: 'author', words: ['Anna'] }, { field: 'tags', words: ['x'] }, { field: 'quote', words: ['vast', 'punt'] }], termCodes: [] }],
    ['term:2.1 de', { clauses: [], termCodes: ['2.1'] }],
    ['Door:Anna', { clauses: [{ field: 'author', words: ['Anna'] }], termCodes: [] }],
    // Not a facet: the name and the value are words.
    ['http://voorbeeld.nl', { clauses: words('http', 'voorbeeld', 'nl'), termCodes: [] }],
    ['door: zorg', { clauses: words('zorg'), termCodes: [] }],
  ];
  it.each(cases)('reads %j', (input, expected) => {
    expect(parseSearch(input)).toEqual(expected);
  });

  const hostile = ['"', '*', 'NEAR(', 'OR', 'a OR b', 'x AND NOT y', '"unterminated', '^start', '{author}:x', 'col:"', ')(', '-', 'a*b', "'; DROP TABLE annotations; --", '\u0000\u0002'];
  it.each(hostile)('reads hostile input %j as plain words only', (input) => {
    const parsed = parseSearch(input);
    for (const clause of parsed.clauses) for (const word of clause.words) expect(word).toMatch(/^[\p{L}\p{N}][\p{L}\p{N}\p{M}]*$/u);
  });

  it('finds nothing to search in punctuation alone, and something in one word', () => {
    expect(isEmptySearch(parseSearch('" * ( ) :'))).toBe(true);
    expect(isEmptySearch(parseSearch('zorg'))).toBe(false);
  });

  it('keeps at most 20 clauses', () => {
    expect(parseSearch(Array.from({ length: 30 }, (_, i) => `woord${i}`).join(' ')).clauses).toHaveLength(20);
  });
});

describe('highlights', () => {
  it('escape the text, mark the words that begin with a search word, and read back as plain pieces', () => {
    const html = markWords('<b>a & "b"</b> Zorgen \'x\'', ['zorg']);
    expect(html).toBe('&lt;b&gt;a &amp; &quot;b&quot;&lt;/b&gt; <mark>Zorgen</mark> &#39;x&#39;');
    expect(highlightSegments(html!)).toEqual([
      { text: '<b>a & "b"</b> ', marked: false },
      { text: 'Zorgen', marked: true },
      { text: " 'x'", marked: false },
    ]);
  });

  it('fold diacritics and case as the index does, and match one letter only as a whole word', () => {
    expect(markWords('De Reünie en de reunie', ['REU'])).toBe('De <mark>Reünie</mark> en de <mark>reunie</mark>');
    expect(markWords('a ab b', ['a'])).toBe('<mark>a</mark> ab b');
  });

  it('are absent where nothing matched', () => {
    expect(markWords('geen treffer', ['zorg'])).toBeNull();
    // The letters are there, but inside a word rather than at its start.
    expect(markWords('Ballen en bellen', ['alle'])).toBeNull();
  });

  it('find words with diacritics on either side, in any case', () => {
    expect(markWords('Is de RAAD GEÏNFORMEERD?', ['geinf'])).toBe('Is de RAAD <mark>GEÏNFORMEERD</mark>?');
    expect(markWords('De raad is geinformeerd.', ['Geïnformeerd'])).toBe('De raad is <mark>geinformeerd</mark>.');
    expect(markWords('Cliëntenraad en cliënten', ['CLIENT'])).toBe('<mark>Cliëntenraad</mark> en <mark>cliënten</mark>');
  });

  it('cut a long text to a piece around its first match, at spaces', () => {
    const long = `${'woord '.repeat(60)}meldingsbereidheid ${'slot '.repeat(60)}`;
    const html = markWords(long, ['melding'])!;
    expect(html.startsWith('…woord')).toBe(true);
    expect(html.endsWith('…')).toBe(true);
    expect(html).toContain('<mark>meldingsbereidheid</mark>');
    expect(html.length).toBeLessThan(300);
  });

  it('read any other markup as text', () => {
    expect(highlightSegments('<img src=x onerror=alert(1)><mark>a</mark>')).toEqual([
      { text: '<img src=x onerror=alert(1)>', marked: false },
      { text: 'a', marked: true },
    ]);
  });
});
