import { annotationFragment, withAnnotationFragment } from '../../shared/urls/annotation-fragment';
import { isPdfUrl, viewerPathFor } from './pdf-viewer-url';

export { requestedAnnotation } from '../../shared/urls/annotation-fragment';

/**
 * Where to open `annotationId` on `source`: the web page itself, or (a PDF) Kantlijn's viewer, with
 * `#kantlijn=ID` so the page opens its sidebar at that annotation. `viewerUrl` turns the viewer's
 * path into the extension's full URL (`browser.runtime.getURL`).
 */
export function annotationLink(source: string, annotationId: string, viewerUrl: (path: string) => string): string {
  if (isPdfUrl(source)) return `${viewerUrl(viewerPathFor(source))}#${annotationFragment(annotationId)}`;
  return withAnnotationFragment(source, annotationId);
}
