import type { PDFDocumentProxy, PageViewport } from 'pdfjs-dist';
import type { TextContent } from 'pdfjs-dist/types/src/display/api';
import type { PageRect } from '../annotator/pdf-highlights';
import type { PdfBox } from '../annotator/pdf-document-text';
import { boxToPagePercent } from './page-box-percent';
import { createPageRendering } from './page-rendering';
import { createPageViews, sizePage } from './page-views';
import { zoomPages } from './page-zoom';
import { renderNearView } from './render-near-view';
import { guardSelection } from './selection-guard';

/** The viewer's pages: placeholders of the right size, rendered (canvas + text layer) near the viewport. */
export interface PdfPages {
  root: HTMLElement;
  element(pageNumber: number): HTMLElement | null;
  /** Sizes a placeholder once its page's dimensions are known (before it renders): its viewport at scale 1. */
  setViewportOf(pageNumber: number, unscaled: PageViewport): void;
  /** The zoom: CSS pixels per PDF unit. */
  scale(): number;
  /** Zooms every page to `scale`, keeping the point at the top of the window in place (see `zoomPages`). */
  setScale(scale: number): void;
  /** The pages whose text layer is in the DOM, with the element made for each text item. */
  rendered(): { pageNumber: number; itemElements: readonly (HTMLElement | undefined)[] }[];
  boxToPercent(pageNumber: number, box: PdfBox): PageRect | null;
  onRendered(listener: (pageNumber: number) => void): () => void;
  /** Scrolls to a page; resolves once its text layer is rendered. */
  show(pageNumber: number): Promise<void>;
  /** Removes the pages' observers and listeners and stops rendering; the pages stay as they are. */
  destroy(): void;
}

/** How the pages are laid out and labelled. */
export interface PdfPagesOptions {
  /** The zoom to open at: CSS pixels per PDF unit. */
  scale: number;
  /** The first page's viewport at that zoom; placeholders take its size until their own is known. */
  firstViewport: PageViewport;
  /** Must hand out the same text content the document text was built from. */
  textContentOf: (pageNumber: number) => Promise<TextContent>;
  /** The accessible name of a page ("Pagina 3"). */
  pageLabel: (pageNumber: number) => string;
}

/**
 * Lays out every page of `pdf` in `root`, the scrolling container of the pages, as a placeholder
 * and renders each one as it nears the view: first its text layer (what selection and highlights
 * need), then its canvas.
 */
export function createPdfPages(root: HTMLElement, pdf: PDFDocumentProxy, options: PdfPagesOptions): PdfPages {
  const { firstViewport } = options;
  const listeners = new Set<(pageNumber: number) => void>();
  let scale = options.scale;
  const views = createPageViews(root, pdf.numPages, { scale, firstViewport, pageLabel: options.pageLabel });
  const viewOf = (pageNumber: number) => views[pageNumber - 1];
  const rendering = createPageRendering({
    pdf,
    root,
    textContentOf: options.textContentOf,
    scale: () => scale,
    onTextLayer: (pageNumber) => {
      for (const listener of listeners) listener(pageNumber);
    },
  });
  const stops = [guardSelection(root), renderNearView(root, views, rendering), () => rendering.stop(), () => listeners.clear()];

  return {
    root,
    element: (pageNumber) => viewOf(pageNumber)?.element ?? null,
    setViewportOf(pageNumber, unscaled) {
      const view = viewOf(pageNumber);
      if (view && !view.viewport) sizePage(view, unscaled.clone({ scale }));
    },
    scale: () => scale,
    setScale(next) {
      if (!(next > 0) || next === scale) return;
      scale = next;
      zoomPages(root, views, rendering, { scale, firstViewport });
    },
    rendered: () => views.flatMap((view) => (view.itemElements ? [{ pageNumber: view.pageNumber, itemElements: view.itemElements }] : [])),
    boxToPercent: (pageNumber, box) => boxToPagePercent(viewOf(pageNumber)?.viewport, box),
    onRendered(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    show(pageNumber) {
      const view = viewOf(pageNumber);
      if (!view) return Promise.resolve();
      view.element.scrollIntoView({ block: 'start' });
      return rendering.render(view);
    },
    destroy() {
      for (const stop of stops.splice(0)) stop();
    },
  };
}
