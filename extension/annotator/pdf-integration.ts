import type { Annotation } from '../../shared/schemas/annotation';
import type { Selector } from '../../shared/schemas/selectors';
import type { AnchorResult } from './anchoring';
import { HIGHLIGHT_TAG } from './highlighter';
import { describeSelection, targetSelectors, type DocumentIntegration, type ShownAnnotation } from './document-integration';
import { drawPageHighlights, MARKER_ATTRIBUTE, pageSignature, type PagePiece, type PageRect } from './pdf-highlights';
import { anchorPdfSelectors, describePdfSpan } from './pdf-selectors';
import { pageAt, pagesInSpan, type DocumentText, type PdfBox } from './pdf-document-text';
import { createTextLayerIndex, type RenderedPage } from './pdf-text-layer-index';

/** What the PDF integration needs from the viewer's pages. */
export interface PdfPageHost {
  /** The element holding all pages: the document's text and highlights live inside it only. */
  root: HTMLElement;
  /** The pages whose text layer is in the DOM now. */
  renderedPages(): RenderedPage[];
  /** A page's element (placeholder or rendered), or `null` for a page that does not exist. */
  pageElement(pageNumber: number): HTMLElement | null;
  /** Where a box of PDF user space lies on its page, in percent; `null` while the page's size is unknown. */
  boxToPercent(pageNumber: number, box: PdfBox): PageRect | null;
  /** Calls `listener` after a page's text layer was rendered; returns the unsubscribe function. */
  onPageRendered(listener: (pageNumber: number) => void): () => void;
  /** Scrolls a page into view; resolves once its text layer is rendered. */
  showPage(pageNumber: number): Promise<void>;
  /** Stops the pages' own observers and listeners: called when the integration is destroyed. */
  destroy(): void;
}

/** The document a PDF integration serves. */
export interface PdfIntegrationOptions {
  host: PdfPageHost;
  text: DocumentText;
  /** The PDF's own URL (without fragment): the annotations' `target.source`. */
  sourceUrl: string;
  /** `urn:x-pdf:` and pdf.js's first fingerprint, or `null` if the PDF has none. */
  fingerprint: string | null;
}

/** Pages rendering in the same moment (scrolling) are anchored again once, not once per page. */
const RENDER_SETTLE_MS = 50;

/**
 * The integration for Kantlijn's PDF viewer. The document text is every page's text (read up
 * front, so annotations anchor on pages not rendered yet), selections are described over it, and
 * highlights are drawn in the text layers of rendered pages, with markers on the placeholders of
 * the others until they render.
 */
export function createPdfIntegration({ host, text, sourceUrl, fingerprint }: PdfIntegrationOptions): DocumentIntegration {
  const { root } = host;
  // The text never changes, so an annotation is anchored once per version of its selectors.
  const anchors = new Map<string, { key: string; result: AnchorResult }>();
  /** What each page shows now, by signature; a page is redrawn only when that changes. */
  const drawn = new Map<number, string>();
  /** What `destroy` stops: page-render watches, and pending moves to a highlight not drawn yet. */
  const watches = new Set<() => void>();
  const revealTimers = new Set<ReturnType<typeof setTimeout>>();
  let destroyed = false;

  function anchor(annotation: Annotation, selectors: Selector[]): AnchorResult {
    const key = JSON.stringify(selectors);
    const cached = anchors.get(annotation.id);
    if (cached?.key === key) return cached.result;
    const result = anchorPdfSelectors(text, selectors);
    anchors.set(annotation.id, { key, result });
    return result;
  }

  const markOf = (annotationId: string) =>
    root.querySelector<HTMLElement>(`${HIGHLIGHT_TAG}[data-annotation-id="${CSS.escape(annotationId)}"]:not([${MARKER_ATTRIBUTE}])`);

  function reveal(mark: HTMLElement): void {
    mark.scrollIntoView({ block: 'center', behavior: 'smooth' });
    mark.focus({ preventScroll: true });
  }

  return {
    sourceUrl: () => sourceUrl,
    documentFingerprint: () => fingerprint,
    watchDocument(onChange) {
      let timer: ReturnType<typeof setTimeout> | undefined;
      const unsubscribe = host.onPageRendered(() => {
        clearTimeout(timer);
        timer = setTimeout(onChange, RENDER_SETTLE_MS);
      });
      const stop = () => {
        clearTimeout(timer);
        unsubscribe();
        watches.delete(stop);
      };
      watches.add(stop);
      return stop;
    },
    destroy() {
      for (const stop of [...watches]) stop();
      for (const timer of revealTimers) clearTimeout(timer);
      revealTimers.clear();
      destroyed = true;
      host.destroy();
    },
    describeSelection() {
      return describeSelection(
        root.ownerDocument.getSelection(),
        () => createTextLayerIndex(text, host.renderedPages(), root),
        (_index, span) => describePdfSpan(text, span),
      );
    },
    focusAnnotation(annotationId) {
      const mark = markOf(annotationId);
      if (mark) {
        reveal(mark);
        return true;
      }
      const anchored = anchors.get(annotationId)?.result;
      const page = anchored?.span ? pageAt(text, anchored.span.start) : null;
      if (!page) return false;
      // Not rendered yet: go to its page, and to the highlight once the page has drawn it.
      void host.showPage(page.pageNumber).then(() => {
        if (destroyed) return;
        const timer = setTimeout(() => {
          revealTimers.delete(timer);
          const drawn = markOf(annotationId);
          if (drawn) reveal(drawn);
        }, RENDER_SETTLE_MS * 2);
        revealTimers.add(timer);
      });
      return true;
    },
    showAnnotations(annotations, styleOf) {
      const rendered = new Map(host.renderedPages().map((page) => [page.page.pageNumber, page]));
      const pieces = new Map<number, PagePiece[]>();
      const shown = annotations.map((annotation): ShownAnnotation => {
        const selectors = targetSelectors(annotation);
        if (!selectors) return { annotation, status: 'orphan', start: null };
        const result = anchor(annotation, selectors);
        if (result.status === 'orphan') return { annotation, status: 'orphan', start: null };
        const options = { annotationId: annotation.id, ...styleOf(annotation) };
        const pages = pagesInSpan(text, result.span);
        // One tab stop per annotation, even when it is drawn on two pages: on its first rendered one.
        const tabStop = pages.find((page) => rendered.has(page.pageNumber))?.pageNumber;
        for (const page of pages) {
          const list = pieces.get(page.pageNumber) ?? [];
          list.push({ span: result.span, options, focusable: page.pageNumber === tabStop });
          pieces.set(page.pageNumber, list);
        }
        return { annotation, status: result.status, start: result.span.start };
      });
      for (const pageNumber of new Set([...pieces.keys(), ...drawn.keys()])) {
        const onPage = pieces.get(pageNumber) ?? [];
        const signature = pageSignature(rendered.has(pageNumber), onPage);
        const page = text.pages[pageNumber - 1];
        const element = host.pageElement(pageNumber);
        if (drawn.get(pageNumber) === signature || !page || !element) continue;
        try {
          const canvas = { document: text, page, element, rendered: rendered.get(pageNumber) ?? null, boxToPercent: (box: PdfBox) => host.boxToPercent(pageNumber, box) };
          drawPageHighlights(canvas, onPage);
          drawn.set(pageNumber, signature);
        } catch (error) {
          // One page failing to draw never stops the others; it is drawn afresh next time.
          drawn.delete(pageNumber);
          console.warn(`Kantlijn: markeringen op pagina ${pageNumber} mislukt`, error);
        }
      }
      return shown;
    },
  };
}
