import type { PageViewport } from 'pdfjs-dist';
import type { PageRect } from '../annotator/pdf-highlights';
import type { PdfBox } from '../annotator/pdf-document-text';

/**
 * Where a box of PDF user space lies on its page, in percent of the page's size, so a marker
 * stays in place at every zoom; `null` while the page has no size.
 */
export function boxToPagePercent(viewport: PageViewport | null | undefined, box: PdfBox): PageRect | null {
  if (!viewport || viewport.width === 0 || viewport.height === 0) return null;
  const [x1, y1, x2, y2] = viewport.convertToViewportRectangle(box) as [number, number, number, number];
  const left = Math.min(x1, x2);
  const top = Math.min(y1, y2);
  return {
    left: (100 * left) / viewport.width,
    top: (100 * top) / viewport.height,
    width: (100 * Math.abs(x2 - x1)) / viewport.width,
    height: (100 * Math.abs(y2 - y1)) / viewport.height,
  };
}
