import { isPdfUrl, viewerPathFor } from '../lib/pdf-viewer-url';

/**
 * Where a click on a document's address goes: a PDF opens in Kantlijn's own viewer (the extension
 * page at `viewerBase`, with the PDF's URL as `?file=`), anything else as it is.
 */
export function openableUrl(url: string, viewerBase: (path: string) => string): string {
  return isPdfUrl(url) ? viewerBase(viewerPathFor(url)) : url;
}

/** A short name for an address, for the list of a document's other addresses: its host. */
export function hostOf(url: string): string {
  return URL.canParse(url) ? new URL(url).host : url;
}
