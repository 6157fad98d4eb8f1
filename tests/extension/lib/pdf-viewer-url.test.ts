import { describe, expect, it, vi } from 'vitest';
import { activateOnTab, type ActivationApi } from '../../../extension/lib/activate-tab';
import { isPdfUrl, originPatternOf, requestedPage, viewerPathFor, viewerTargetOf } from '../../../extension/lib/pdf-viewer-url';
import { fingerprintOfTarget, withFingerprint } from '../../../extension/ui/document-identity';
import { buildAnnotation } from '../../../extension/ui/build-annotation';
import { pdfFingerprintUrn } from '../../../shared/schemas/document-fingerprint';

const PDF = 'https://www.svmn.nl/media/voortgangsrapportage 2025.pdf?versie=2#page=4';

describe('viewer URLs', () => {
  it('recognises PDF addresses by their path, and only web and file addresses', () => {
    expect(isPdfUrl(PDF)).toBe(true);
    expect(isPdfUrl('https://gemeente.example/Bijlage.PDF')).toBe(true);
    expect(isPdfUrl('file:///home/raadslid/rapport.pdf')).toBe(true);
    expect(isPdfUrl('https://gemeente.example/download.aspx?file=rapport.pdf')).toBe(false);
    expect(isPdfUrl('chrome://settings/x.pdf')).toBe(false);
    expect(isPdfUrl(undefined)).toBe(false);
  });

  it('round-trips a PDF URL through viewer.html?file=, dropping the fragment from the source', () => {
    const path = viewerPathFor(PDF);
    expect(path).toBe(`/viewer.html?file=${encodeURIComponent(PDF)}`);
    const target = viewerTargetOf(path.slice(path.indexOf('?')));
    expect(target).toEqual({ fileUrl: PDF, sourceUrl: 'https://www.svmn.nl/media/voortgangsrapportage%202025.pdf?versie=2' });
    expect(requestedPage(PDF)).toBe(4);
  });

  it('refuses a missing or unsafe file parameter', () => {
    expect(viewerTargetOf('')).toBeNull();
    expect(viewerTargetOf(`?file=${encodeURIComponent('javascript:alert(1)')}`)).toBeNull();
    expect(viewerTargetOf('?file=niet%20een%20adres')).toBeNull();
  });

  it('asks for the whole site of a PDF, never more', () => {
    expect(originPatternOf(PDF)).toBe('https://www.svmn.nl/*');
    expect(originPatternOf('file:///x.pdf')).toBeNull();
  });
});

describe('activating Kantlijn on a tab', () => {
  const api = (overrides: Partial<ActivationApi> = {}): ActivationApi => ({
    injectAnnotator: vi.fn(async () => undefined),
    openViewer: vi.fn(async () => undefined),
    servesPdf: vi.fn(async () => false),
    ...overrides,
  });

  it('sends a .pdf tab to the viewer without trying to run the annotator there', async () => {
    const browser = api();
    expect(await activateOnTab({ id: 7, url: PDF }, browser)).toBe('viewer');
    expect(browser.openViewer).toHaveBeenCalledWith(7, PDF);
    expect(browser.injectAnnotator).not.toHaveBeenCalled();
  });

  it('runs the annotator on a web page', async () => {
    const browser = api();
    expect(await activateOnTab({ id: 7, url: 'https://svmn.example/rapport.html' }, browser)).toBe('annotator');
    expect(browser.openViewer).not.toHaveBeenCalled();
  });

  it('opens the viewer when the browser refuses scripts and the address serves a PDF', async () => {
    const url = 'https://gemeente.example/document.aspx?id=12';
    const browser = api({ injectAnnotator: vi.fn(async () => Promise.reject(new Error('Cannot access contents of the page'))), servesPdf: vi.fn(async () => true) });
    expect(await activateOnTab({ id: 3, url }, browser)).toBe('viewer');
    expect(browser.openViewer).toHaveBeenCalledWith(3, url);
    const refused = api({ injectAnnotator: vi.fn(async () => Promise.reject(new Error('chrome:// page'))) });
    expect(await activateOnTab({ id: 3, url: 'chrome://extensions' }, refused)).toBe('none');
    expect(refused.servesPdf).not.toHaveBeenCalled();
  });
});

describe('document identity', () => {
  it('turns pdf.js fingerprints into urn:x-pdf: and refuses what is not hex', () => {
    expect(pdfFingerprintUrn('59C2412822A17395E5014FDBE12AEC8E')).toBe('urn:x-pdf:59c2412822a17395e5014fdbe12aec8e');
    expect(pdfFingerprintUrn(null)).toBeNull();
    expect(pdfFingerprintUrn('not hex at all!')).toBeNull();
  });

  it('adds the fingerprint to a document target only, and reads it back', () => {
    const input = buildAnnotation({ id: '00000000-0000-4000-8000-000000000001', source: PDF, selectors: [], remark: '', termIds: [], language: 'nl' });
    const withIt = withFingerprint(input, 'urn:x-pdf:0123456789abcdef');
    expect(fingerprintOfTarget(withIt.target)).toBe('urn:x-pdf:0123456789abcdef');
    expect(withFingerprint(input, null)).toBe(input);
    expect(withFingerprint({ ...input, target: 'urn:uuid:x' }, 'urn:x-pdf:0123456789abcdef').target).toBe('urn:uuid:x');
  });
});
