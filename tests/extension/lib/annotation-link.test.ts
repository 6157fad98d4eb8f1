import { describe, expect, it } from 'vitest';
import { annotationLink, requestedAnnotation } from '../../../extension/lib/annotation-link';
import { viewerTargetOf } from '../../../extension/lib/pdf-viewer-url';

const ID = 'urn:uuid:0b0e6d0e-6f4c-4d8a-9b53-2a0d3c1f4e51';
const viewerUrl = (path: string) => `chrome-extension://abc${path}`;

describe('annotationLink', () => {
  it('opens a web page at the annotation through its fragment, replacing any fragment it had', () => {
    const link = annotationLink('https://www.svmn.nl/rapport.html?jaar=2024#inhoud', ID, viewerUrl);
    expect(link).toBe(`https://www.svmn.nl/rapport.html?jaar=2024#kantlijn=${encodeURIComponent(ID)}`);
    expect(requestedAnnotation(new URL(link).hash)).toBe(ID);
  });

  it('opens a PDF in Kantlijn’s viewer, whose query still names the PDF', () => {
    const link = annotationLink('https://www.svmn.nl/rapport.pdf', ID, viewerUrl);
    const url = new URL(link);
    expect(link.startsWith('chrome-extension://abc/viewer.html?file=')).toBe(true);
    expect(viewerTargetOf(url.search)?.sourceUrl).toBe('https://www.svmn.nl/rapport.pdf');
    expect(requestedAnnotation(url.hash)).toBe(ID);
  });

  it('finds nothing in a fragment without the parameter', () => {
    expect(requestedAnnotation('')).toBeNull();
    expect(requestedAnnotation('#page=3')).toBeNull();
    expect(requestedAnnotation('#kantlijn=')).toBeNull();
    expect(requestedAnnotation(`#page=3&kantlijn=${encodeURIComponent(ID)}`)).toBe(ID);
  });
});
