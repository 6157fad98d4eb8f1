import { getDocument, GlobalWorkerOptions, type PDFDocumentProxy } from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import { pdfFingerprintUrn } from '../../shared/schemas/document-fingerprint';
import { createPdfIntegration } from '../annotator/pdf-integration';
import { isTextless } from '../annotator/pdf-document-text';
import { createTextContentCache, extractDocumentText } from '../annotator/read-pdf-text';
import { requestedPage, type ViewerTarget } from '../lib/pdf-viewer-url';
import type { AnnotatorHost } from '../lib/annotator-host';
import { mountAnnotator } from './mount-annotator';
import { createPageHost } from './page-host';
import type { FetchFailure, FetchOutcome } from './pdf-fetch';
import { createPdfPages } from './pdf-pages';
import type { ViewerMessages } from './viewer-messages';
import type { ViewerShell } from './viewer-shell';
import { mountZoomControls } from './zoom-controls';
import { MAX_ZOOM as MAX_ZOOM_PERCENT, MIN_ZOOM as MIN_ZOOM_PERCENT } from './zoom-steps';

// pdf.js parses in its worker, bundled with the extension: the extension's CSP allows no remote code.
GlobalWorkerOptions.workerSrc = workerUrl;

/**
 * Where the viewer runs and how it gets its PDF: the extension's viewer page fetches with its
 * host permissions and talks to its background; the reader in the browser gets the bytes from the
 * Kantlijn server (which fetched them safely) and talks to the API with its session.
 */
export interface PdfEnvironment {
  host: AnnotatorHost;
  fetchPdf(fileUrl: string): Promise<FetchOutcome>;
  /** Asks the user to let Kantlijn read a site; absent where no such permission exists. */
  requestSiteAccess?(origin: string): Promise<boolean>;
  /** Folder URLs (ending in `/`) of pdf.js's decoders and standard fonts. */
  wasmUrl: string;
  standardFontDataUrl: string;
}

/** CSS pixels per PDF point at 100 %. */
const CSS_PER_POINT = 96 / 72;
/** Largest zoom the viewer opens at: wide screens get readable pages, not giant ones. */
const MAX_OPENING_ZOOM = 1.25;

/** Zoom (as a fraction of printed size) at which the first page's width fills the pages' container. */
function widthFit(pageWidthInPoints: number, available: number): number {
  const fit = (available - 32) / (pageWidthInPoints * CSS_PER_POINT);
  return Math.min(MAX_ZOOM_PERCENT / 100, Math.max(MIN_ZOOM_PERCENT / 100, fit));
}

function failureText(failure: FetchFailure, messages: ViewerMessages): string {
  switch (failure.reason) {
    case 'permission':
      return messages.permission(failure.origin.replace(/\/\*$/, ''));
    case 'file-access':
      return messages.fileAccess;
    case 'http':
      return messages.httpStatus(failure.status);
    case 'network':
      return messages.network;
    case 'not-pdf':
      return messages.notPdf;
  }
}

function openFailureText(error: unknown, messages: ViewerMessages): string {
  const name = (error as { name?: unknown } | null)?.name;
  return name === 'PasswordException' ? messages.password : messages.damaged;
}

/** Tells the reader which pages have no text to annotate (scans). */
function noticeTextless(shell: ViewerShell, textless: number, total: number): void {
  if (textless === 0) return;
  shell.notice('textless', textless === total ? shell.messages.textlessAll : shell.messages.textlessSome(textless, total));
}

async function loadDocument(data: Uint8Array, environment: PdfEnvironment): Promise<PDFDocumentProxy> {
  return getDocument({
    data,
    // No `eval`: the extension's CSP forbids it, and pdf.js has a path without.
    isEvalSupported: false,
    // Decoders for scanned images (JBIG2, CCITT, JPEG 2000) and the standard fonts, shipped with the extension.
    wasmUrl: environment.wasmUrl,
    standardFontDataUrl: environment.standardFontDataUrl,
  }).promise;
}

/**
 * Opens the PDF `target` names in the viewer: fetches it (offering to allow the site when the
 * browser needs that), lays out its pages, reads all its text, and then starts Kantlijn on it.
 */
export async function openPdf(shell: ViewerShell, target: ViewerTarget, environment: PdfEnvironment): Promise<void> {
  const { messages } = shell;
  shell.notice('loading', messages.loading);
  const fetched = await environment.fetchPdf(target.fileUrl);
  shell.notice('loading', null);
  if (!fetched.ok) {
    const retry = () => {
      shell.notice('fetch', null);
      void openPdf(shell, target, environment);
    };
    const action =
      fetched.reason === 'permission' && environment.requestSiteAccess
        ? { label: messages.allowSite, onClick: () => void environment.requestSiteAccess?.(fetched.origin).then((granted) => granted && retry()) }
        : fetched.reason === 'network'
          ? { label: messages.retry, onClick: retry }
          : undefined;
    shell.notice('fetch', failureText(fetched, messages), { kind: 'error', ...(action ? { action } : {}) });
    return;
  }
  let pdf: PDFDocumentProxy;
  try {
    pdf = await loadDocument(fetched.data, environment);
  } catch (error) {
    shell.notice('fetch', openFailureText(error, messages), { kind: 'error' });
    return;
  }
  const first = await pdf.getPage(1);
  const firstWidth = first.getViewport({ scale: 1 }).width;
  const fitWidth = () => CSS_PER_POINT * widthFit(firstWidth, shell.pages.clientWidth || window.innerWidth);
  const scale = Math.min(fitWidth(), CSS_PER_POINT * MAX_OPENING_ZOOM);
  const textContentOf = createTextContentCache(async (pageNumber) => {
    const page = await pdf.getPage(pageNumber);
    pages.setViewportOf(pageNumber, page.getViewport({ scale: 1 }));
    return page.getTextContent();
  });
  const pages = createPdfPages(shell.pages, pdf, {
    scale,
    firstViewport: first.getViewport({ scale }),
    textContentOf,
    pageLabel: messages.page,
  });
  mountZoomControls(
    shell.header,
    {
      percent: () => (100 * pages.scale()) / CSS_PER_POINT,
      setPercent: (percent) => pages.setScale((CSS_PER_POINT * percent) / 100),
      fitWidth: () => pages.setScale(fitWidth()),
    },
    messages,
  );
  const startPage = requestedPage(target.fileUrl);
  if (startPage) void pages.show(startPage);

  const text = await extractDocumentText({ numPages: pdf.numPages, textContentOf }, (done, total) => {
    // Every tenth page: a status read out for each of a hundred pages would drown the reader.
    if (done === total) shell.notice('loading', null);
    else if (done % 10 === 1 && total > 10) shell.notice('loading', messages.readingText(done, total));
  });
  noticeTextless(shell, text.pages.filter(isTextless).length, text.pages.length);
  const integration = createPdfIntegration({
    host: createPageHost(pages, text),
    text,
    sourceUrl: target.sourceUrl,
    fingerprint: pdfFingerprintUrn(pdf.fingerprints[0]),
  });
  mountAnnotator(integration, environment.host);
}
