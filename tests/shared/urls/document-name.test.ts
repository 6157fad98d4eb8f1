import { describe, expect, it } from 'vitest';
import { documentName, shortAddress } from '../../../shared/urls/document-name';

describe('how a document is named to people', () => {
  it('uses the registered title when there is one, trimmed', () => {
    expect(documentName('https://www.svmn.nl/media/rapport.pdf', '  Voortgangsrapportage najaar 2024 ')).toBe('Voortgangsrapportage najaar 2024');
  });

  it('falls back to the host and the last part of the path, without query or fragment', () => {
    expect(documentName('https://www.svmn.nl/media/2024/11/voortgang-def.pdf?v=3#pagina=2', null)).toBe('www.svmn.nl/…/voortgang-def.pdf');
    expect(documentName('https://www.svmn.nl/rapporten', undefined)).toBe('www.svmn.nl/rapporten');
    expect(documentName('http://127.0.0.1:8080/', '   ')).toBe('127.0.0.1:8080');
  });

  it('reads an encoded path part as people read it, and keeps one that does not decode', () => {
    expect(shortAddress('https://raad.woerden.nl/stukken/Rapport%20jeugdhulp.pdf')).toBe('raad.woerden.nl/…/Rapport jeugdhulp.pdf');
    expect(shortAddress('https://raad.woerden.nl/stukken/100%zeker.pdf')).toBe('raad.woerden.nl/…/100%zeker.pdf');
  });

  it('keeps a path part encoded when it decodes to line breaks or direction marks, which could fake lines in a mail or turn a name around', () => {
    expect(shortAddress('https://x.example/a/rapport%0A%0AKlik%20hier%3A%20x.example')).toBe('x.example/…/rapport%0A%0AKlik%20hier%3A%20x.example');
    expect(shortAddress('https://x.example/a/verslag%E2%80%AEfdp.exe')).toBe('x.example/…/verslag%E2%80%AEfdp.exe');
    expect(documentName('https://x.example/a/regel%0D%0Aregel', null)).not.toMatch(/[\r\n]/);
    // A registered title (an import may bring one) is one line, without direction marks.
    expect(documentName('https://x.example/a', 'Raadsbrief\n\nKlik hier: https://x.example\u202E')).toBe('Raadsbrief Klik hier: https://x.example');
  });

  it('cuts a very long last part, and names a PDF known only by its file', () => {
    const name = shortAddress(`https://www.svmn.nl/${'a'.repeat(200)}.pdf`);
    expect(name.length).toBeLessThan(80);
    expect(name.endsWith('…')).toBe(true);
    expect(shortAddress('urn:x-pdf:0123456789abcdef0123456789abcdef')).toBe('PDF 01234567');
  });
});
