import { randomBytes } from 'node:crypto';
import type { Context } from 'hono';
import type { ReaderPageTexts } from '../dashboard/texts/reader-texts';
import { escapeHtml } from '../services/digest/render/html/escape-html';
import { csrfTokenFor } from '../services/reader-sessions-service';
import { READER_PATH } from '../routes/reader-paths';
import type { FetchedDocument } from './fetch-types';
import { createHtmlCopy, READER_CONFIG_ID } from './html-copy';
import { renderRefusalPage } from './notice-page';
import type { ReaderBuild } from './reader-assets';
import type { SafeFetcher } from './safe-fetch';

/**
 * The CSP of a reader page: only the script with this response's nonce runs (Kantlijn's, and the
 * modules it imports), nothing may be framed or embedded, forms send nothing. A web page's copy
 * keeps its look (its styles, images and fonts from the web); a PDF page needs only this server.
 */
function readerCsp(nonce: string, kind: FetchedDocument['kind']): string {
  const common = `default-src 'none'; script-src 'nonce-${nonce}'; connect-src 'self'; object-src 'none'; frame-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`;
  if (kind === 'html') return `${common}; style-src 'self' 'unsafe-inline' http: https:; img-src 'self' data: http: https:; font-src 'self' data: http: https:; media-src http: https:`;
  return `${common}; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; worker-src 'self'`;
}

/** JSON safe inside a `<script type="application/json">`. */
function embeddedJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

/** The page of a PDF: the extension's viewer, built for the reader, fed by this server. */
function pdfPage(fetched: FetchedDocument, build: ReaderBuild, nonce: string, config: Record<string, unknown>, texts: ReaderPageTexts): string {
  const styles = build.pdf.styles.map((href) => `<link rel="stylesheet" href="${escapeHtml(href)}">`).join('');
  const bytesUrl = `${READER_PATH}/pdf?url=${encodeURIComponent(fetched.requestedUrl)}`;
  return (
    `<!DOCTYPE html><html lang="${texts.language}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">` +
    `<title>Kantlijn – PDF</title><link rel="icon" href="data:,">${styles}</head><body>` +
    `<script type="application/json" id="${READER_CONFIG_ID}">${embeddedJson({ ...config, kind: 'pdf', pdfBytesUrl: bytesUrl, pdfAssets: build.pdfjs })}</script>` +
    `<script type="module" nonce="${nonce}" src="${escapeHtml(build.pdf.script)}"></script></body></html>`
  );
}

/** What opening a document needs. */
export interface DocumentOpenerDeps {
  fetcher: SafeFetcher;
  /** The built reader, or null when `npm run build` has not made it yet. */
  build: () => ReaderBuild | null;
  /** The reader's texts for this request. */
  textsOf: (c: Context) => ReaderPageTexts;
}

/**
 * Opens `url` for a signed-in reader: fetched through the safe fetcher (a refusal gets its page),
 * then shown as a cleaned copy (web pages) or in the PDF viewer, with the annotator on it. The
 * annotations target the URL where the document was found, as the extension's would.
 */
export function createDocumentOpener(deps: DocumentOpenerDeps) {
  return async (c: Context, url: string, sessionId: string): Promise<Response> => {
    const outcome = await deps.fetcher.fetch(url);
    if (!outcome.ok) return renderRefusalPage(c, outcome.reason, outcome.url);
    const build = deps.build();
    if (!build) return c.text('De lezer is nog niet gebouwd: voer npm run build uit. / The reader has not been built yet: run npm run build.', 503);
    const texts = deps.textsOf(c);
    const nonce = randomBytes(18).toString('base64');
    const config = { source: outcome.document.finalUrl, csrfToken: csrfTokenFor(sessionId), language: texts.language };
    c.header('Content-Security-Policy', readerCsp(nonce, outcome.document.kind));
    c.header('Referrer-Policy', 'no-referrer');
    c.header('Cache-Control', 'no-store');
    c.header('X-Content-Type-Options', 'nosniff');
    if (outcome.document.kind === 'pdf') return c.html(pdfPage(outcome.document, build, nonce, config, texts));
    return c.html(createHtmlCopy(outcome.document, { nonce, scriptUrl: build.html.script, config, texts }));
  };
}

/** `GET /lezen/pdf?url=`: the PDF's bytes for the reader's viewer, through the same checks. */
export function createPdfBytesHandler(fetcher: SafeFetcher) {
  return async (c: Context, url: string): Promise<Response> => {
    const outcome = await fetcher.fetch(url);
    if (!outcome.ok) return renderRefusalPage(c, outcome.reason, outcome.url);
    if (outcome.document.kind !== 'pdf') return renderRefusalPage(c, 'unsupported_type', outcome.document.requestedUrl);
    c.header('Content-Type', 'application/pdf');
    c.header('Cache-Control', 'private, no-store');
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('Content-Disposition', 'inline');
    return c.body(new Uint8Array(outcome.document.body));
  };
}
