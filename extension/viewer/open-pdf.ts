import { getDocument, GlobalWorkerOptions, type PDFDocumentProxy } from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import { pdfFingerprintUrn } from '../../shared/schemas/document-fingerprint';
import { createPdfIntegration } from '../annotator/pdf-integration';
import { isTextless } from '../annotator/pdf-text';
import { createTextContentCache, extractDocumentText } from '../annotator/pdf-text-extraction';
import { requestedPage, type ViewerTarget } from '../lib/pdf-viewer-url';
import { mountAnnotator } from './mount-annotator';
import { createPageHost } from './page-host';
import { fetchPdf, requestSiteAccess, type FetchFailure } from './pdf-fetch';
import { createPdfPages } from './pdf-pages';
import type { ViewerShell } from './viewer-shell';

// pdf.js parses in its worker, bundled with the extension: the extension's CSP allows no remote code.
GlobalWorkerOptions.workerSrc = workerUrl;

/** CSS pixels per PDF point at 100 %. */
const CSS_PER_POINT = 96 / 72;
/** Largest zoom the viewer opens at: wide screens get readable pages, not giant ones. */
const MAX_ZOOM = 1.25;

/** Zoom that fits the first page's width in the pages' container. */
function fitScale(pageWidthInPoints: number, available: number): number {
  const fit = (available - 32) / (pageWidthInPoints * CSS_PER_POINT);
  return CSS_PER_POINT * Math.min(MAX_ZOOM, Math.max(0.5, fit));
}

function failureText(failure: FetchFailure): string {
  switch (failure.reason) {
    case 'permission':
      return `Kantlijn mag deze PDF van ${failure.origin.replace(/\/\*$/, '')} nog niet lezen. Geef Kantlijn toegang tot deze website om de PDF hier te openen en te annoteren.`;
    case 'file-access':
      return 'Kantlijn mag geen bestanden van deze computer lezen. Zet bij Kantlijn in de extensie-instellingen van de browser “Toegang tot bestands-URL’s toestaan” aan, of open de PDF vanaf de website.';
    case 'http':
      return `De PDF kon niet worden opgehaald: de website antwoordde met status ${failure.status}.`;
    case 'network':
      return 'De PDF kon niet worden opgehaald: de website is niet bereikbaar.';
    case 'not-pdf':
      return 'Op dit adres staat geen PDF.';
  }
}

function openFailureText(error: unknown): string {
  const name = (error as { name?: unknown } | null)?.name;
  return name === 'PasswordException'
    ? 'Deze PDF is met een wachtwoord beveiligd; Kantlijn kan hem niet openen.'
    : 'Dit bestand kon niet als PDF worden geopend; het is beschadigd of geen PDF.';
}

/** Tells the reader which pages have no text to annotate (scans). */
function noticeTextless(shell: ViewerShell, textless: number, total: number): void {
  if (textless === 0) return;
  const text =
    textless === total
      ? 'Deze PDF heeft geen tekstlaag: het is waarschijnlijk een scan. Kantlijn kan alleen tekst annoteren. Vraag de afzender om een doorzoekbare PDF, of zet de scan eerst met tekstherkenning (OCR) om.'
      : `${textless} van de ${total} pagina’s hebben geen tekstlaag (waarschijnlijk gescand of alleen een afbeelding); op die pagina’s kunt u geen tekst annoteren.`;
  shell.notice('textless', text);
}

async function loadDocument(data: Uint8Array): Promise<PDFDocumentProxy> {
  return getDocument({
    data,
    // No `eval`: the extension's CSP forbids it, and pdf.js has a path without.
    isEvalSupported: false,
    // Decoders for scanned images (JBIG2, CCITT, JPEG 2000) and the standard fonts, shipped with the extension.
    wasmUrl: new URL('/pdfjs/wasm/', location.origin).href,
    standardFontDataUrl: new URL('/pdfjs/standard_fonts/', location.origin).href,
  }).promise;
}

/**
 * Opens the PDF `target` names in the viewer: fetches it (offering to allow the site when the
 * browser needs that), lays out its pages, reads all its text, and then starts Kantlijn on it.
 */
export async function openPdf(shell: ViewerShell, target: ViewerTarget): Promise<void> {
  shell.notice('loading', 'PDF laden…');
  const fetched = await fetchPdf(target.fileUrl);
  shell.notice('loading', null);
  if (!fetched.ok) {
    const retry = () => {
      shell.notice('fetch', null);
      void openPdf(shell, target);
    };
    const action =
      fetched.reason === 'permission'
        ? { label: 'Toegang geven tot deze website', onClick: () => void requestSiteAccess(fetched.origin).then((granted) => granted && retry()) }
        : fetched.reason === 'network'
          ? { label: 'Opnieuw proberen', onClick: retry }
          : undefined;
    shell.notice('fetch', failureText(fetched), { kind: 'error', ...(action ? { action } : {}) });
    return;
  }
  let pdf: PDFDocumentProxy;
  try {
    pdf = await loadDocument(fetched.data);
  } catch (error) {
    shell.notice('fetch', openFailureText(error), { kind: 'error' });
    return;
  }
  const first = await pdf.getPage(1);
  const scale = fitScale(first.getViewport({ scale: 1 }).width, shell.pages.clientWidth || window.innerWidth);
  const textContentOf = createTextContentCache(async (pageNumber) => {
    const page = await pdf.getPage(pageNumber);
    pages.setViewportOf(pageNumber, page.getViewport({ scale }));
    return page.getTextContent();
  });
  const pages = createPdfPages(shell.pages, pdf, scale, first.getViewport({ scale }), textContentOf);
  const startPage = requestedPage(target.fileUrl);
  if (startPage) void pages.show(startPage);

  const text = await extractDocumentText({ numPages: pdf.numPages, textContentOf }, (done, total) => {
    // Every tenth page: a status read out for each of a hundred pages would drown the reader.
    if (done === total) shell.notice('loading', null);
    else if (done % 10 === 1 && total > 10) shell.notice('loading', `Tekst lezen: pagina ${done} van ${total}…`);
  });
  noticeTextless(shell, text.pages.filter(isTextless).length, text.pages.length);
  const integration = createPdfIntegration({
    host: createPageHost(pages, text),
    text,
    sourceUrl: target.sourceUrl,
    fingerprint: pdfFingerprintUrn(pdf.fingerprints[0]),
  });
  mountAnnotator(integration);
}
