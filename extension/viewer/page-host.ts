import type { PdfPageHost } from '../annotator/pdf-integration';
import type { DocumentText } from '../annotator/pdf-document-text';
import type { PdfPages } from './pdf-pages';

/** The viewer's pages as the PDF integration sees them: rendered text layers joined with their text. */
export function createPageHost(pages: PdfPages, text: DocumentText): PdfPageHost {
  return {
    root: pages.root,
    renderedPages: () =>
      pages.rendered().flatMap(({ pageNumber, itemElements }) => {
        const page = text.pages[pageNumber - 1];
        // A text layer whose elements do not line up with the text's items would misplace every
        // highlight on it; such a page is treated as not rendered (markers instead of highlights).
        return page && itemElements.length === page.itemStarts.length ? [{ page, itemElements }] : [];
      }),
    pageElement: (pageNumber) => pages.element(pageNumber),
    boxToPercent: (pageNumber, box) => pages.boxToPercent(pageNumber, box),
    onPageRendered: (listener) => pages.onRendered(listener),
    showPage: (pageNumber) => pages.show(pageNumber),
    destroy: () => pages.destroy(),
  };
}
