import { describe, expect, it } from 'vitest';
import { normaliseSource } from '../../../shared/urls/normalise-source';

describe('normaliseSource', () => {
  it.each([
    ['drops the fragment', 'https://svmn.nl/rapport.html#h2', 'https://svmn.nl/rapport.html'],
    ['lower-cases the host', 'https://WWW.SVMN.NL/Rapport.html', 'https://www.svmn.nl/Rapport.html'],
    ['drops utm parameters', 'https://svmn.nl/r.html?utm_source=x&utm_medium=mail', 'https://svmn.nl/r.html'],
    ['drops click ids but keeps the rest in order', 'https://svmn.nl/r?b=2&fbclid=abc&a=1&gclid=z', 'https://svmn.nl/r?b=2&a=1'],
    ['removes a default port', 'https://svmn.nl:443/r.pdf', 'https://svmn.nl/r.pdf'],
    ['keeps parameters that select a document', 'https://raad.woerden.nl/document?id=123', 'https://raad.woerden.nl/document?id=123'],
    ['keeps the path case', 'https://svmn.nl/Bijlage-1.PDF', 'https://svmn.nl/Bijlage-1.PDF'],
    ['returns a non-URL unchanged', 'geen url', 'geen url'],
  ])('%s', (_name, input, expected) => {
    expect(normaliseSource(input)).toBe(expected);
  });

  it('is idempotent', () => {
    const once = normaliseSource('https://SVMN.nl/r?utm_campaign=a&x=1#top');
    expect(normaliseSource(once)).toBe(once);
  });
});
