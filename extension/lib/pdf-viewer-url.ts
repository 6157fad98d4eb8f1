/** The viewer page, as the extension's files name it. */
export const VIEWER_PAGE = '/viewer.html';

/** The protocols a PDF may be opened from: the web, and files on disk (if the user allows that). */
const OPENABLE = /^(https?|file):$/;

/** True when `url` looks like a PDF by its path (`….pdf`, any case), whatever its query or fragment. */
export function isPdfUrl(url: string | undefined): boolean {
  if (!url || !URL.canParse(url)) return false;
  const parsed = new URL(url);
  return OPENABLE.test(parsed.protocol) && /\.pdf$/i.test(parsed.pathname);
}

/** The viewer's path and query for a PDF: `/viewer.html?file=ENCODED_URL` (what the contract names). */
export function viewerPathFor(pdfUrl: string): `${typeof VIEWER_PAGE}?file=${string}` {
  return `${VIEWER_PAGE}?file=${encodeURIComponent(pdfUrl)}`;
}

/** The PDF a viewer URL's query names: where to fetch it, and the `source` its annotations target. */
export interface ViewerTarget {
  /** As given, fragment included (a `#page=3` is the reader's, and harmless to fetch). */
  fileUrl: string;
  /** Without the fragment: the document, not a place in it. */
  sourceUrl: string;
}

/** Reads `?file=` from the viewer's query string; `null` when it is missing or not an openable URL. */
export function viewerTargetOf(search: string): ViewerTarget | null {
  const file = new URLSearchParams(search).get('file');
  if (!file || !URL.canParse(file)) return null;
  const url = new URL(file);
  if (!OPENABLE.test(url.protocol)) return null;
  url.hash = '';
  return { fileUrl: file, sourceUrl: url.toString() };
}

/** The `#page=N` a PDF URL asks to open at (RFC 3778), or `null`. */
export function requestedPage(fileUrl: string): number | null {
  const hash = URL.canParse(fileUrl) ? new URL(fileUrl).hash : '';
  const page = /(?:^#|&)page=(\d+)/.exec(hash)?.[1];
  return page ? Number(page) : null;
}

/** The host permission pattern that lets the viewer read PDFs from `url`'s site. */
export function originPatternOf(url: string): string | null {
  if (!URL.canParse(url)) return null;
  const parsed = new URL(url);
  return /^https?:$/.test(parsed.protocol) ? `${parsed.protocol}//${parsed.hostname}/*` : null;
}
