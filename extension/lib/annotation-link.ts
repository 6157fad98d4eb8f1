import { isPdfUrl, viewerPathFor } from './pdf-viewer-url';

/** The fragment parameter that names the annotation a page should open at: `#kantlijn=ID`. */
const PARAMETER = 'kantlijn';

/**
 * Where to open `annotationId` on `source`: the web page itself, or (a PDF) Kantlijn's viewer, with
 * `#kantlijn=ID` so the page opens its sidebar at that annotation. `viewerUrl` turns the viewer's
 * path into the extension's full URL (`browser.runtime.getURL`). The fragment is the reader's own:
 * it is never sent to a server, and annotations are stored without it.
 */
export function annotationLink(source: string, annotationId: string, viewerUrl: (path: string) => string): string {
  const fragment = `${PARAMETER}=${encodeURIComponent(annotationId)}`;
  if (isPdfUrl(source)) return `${viewerUrl(viewerPathFor(source))}#${fragment}`;
  const url = new URL(source);
  url.hash = fragment;
  return url.toString();
}

/** The annotation a page's fragment asks to open at (`#kantlijn=ID`, among other parameters), or null. */
export function requestedAnnotation(hash: string): string | null {
  const value = new URLSearchParams(hash.replace(/^#/, '')).get(PARAMETER);
  return value ? value : null;
}
