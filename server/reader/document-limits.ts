import type { DocumentKind } from './fetch-types';

/** Largest PDF the reader fetches (council reports with scans run to tens of MB). */
export const MAX_PDF_BYTES = 50 * 1024 * 1024;
/** Largest HTML page the reader fetches: a report page, not a site dump. */
export const MAX_HTML_BYTES = 5 * 1024 * 1024;
/** How long one fetch may take in all, redirects included. */
export const FETCH_TIMEOUT_MS = 20_000;
/** Redirects followed before giving up. */
export const MAX_REDIRECTS = 3;

/** The caps of one fetcher; tests pass smaller ones. */
export interface DocumentLimits {
  maxPdfBytes: number;
  maxHtmlBytes: number;
  timeoutMs: number;
  maxRedirects: number;
}

/** The limits the server runs with. */
export const DEFAULT_LIMITS: DocumentLimits = { maxPdfBytes: MAX_PDF_BYTES, maxHtmlBytes: MAX_HTML_BYTES, timeoutMs: FETCH_TIMEOUT_MS, maxRedirects: MAX_REDIRECTS };

/** What a `Content-Type` header says the body is, or null when the reader cannot show it. */
export interface DeclaredType {
  /** `pdf`/`html` as declared; `sniff` for a generic binary type that may still be a PDF. */
  kind: DocumentKind | 'sniff';
  charset: string | null;
}

const HTML_TYPES = new Set(['text/html', 'application/xhtml+xml']);
const PDF_TYPES = new Set(['application/pdf', 'application/x-pdf']);
// Some servers send PDFs as a generic download; the first bytes then decide.
const GENERIC_TYPES = new Set(['application/octet-stream', 'binary/octet-stream', 'application/download', 'application/force-download']);

/** Reads a `Content-Type` header value. */
export function declaredType(header: string | undefined): DeclaredType | null {
  if (!header) return null;
  const [media = '', ...parameters] = header.split(';');
  const type = media.trim().toLowerCase();
  const charsetParameter = parameters.map((part) => part.trim()).find((part) => /^charset=/i.test(part));
  const charset = charsetParameter ? charsetParameter.slice('charset='.length).replace(/^"|"$/g, '').trim().toLowerCase() || null : null;
  if (HTML_TYPES.has(type)) return { kind: 'html', charset };
  if (PDF_TYPES.has(type)) return { kind: 'pdf', charset: null };
  if (GENERIC_TYPES.has(type)) return { kind: 'sniff', charset: null };
  return null;
}

/** True when `body` starts as a PDF file does. */
export function looksLikePdf(body: Buffer): boolean {
  return body.subarray(0, 1024).includes('%PDF-');
}

/** The byte cap for a body of `kind` (a body still to be sniffed may be a PDF). */
export function capFor(kind: DeclaredType['kind'], limits: DocumentLimits): number {
  return kind === 'html' ? limits.maxHtmlBytes : limits.maxPdfBytes;
}
