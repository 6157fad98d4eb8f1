import { TextLayer, type PDFDocumentProxy } from 'pdfjs-dist';
import type { TextContent } from 'pdfjs-dist/types/src/display/api';
import { paintPageCanvas } from './page-canvas';
import { sizePage, type PageView } from './page-views';
import { isNear } from './scroll-anchor';

/** Canvases of pages further away than this (in view heights) are dropped to bound memory; text layers stay. */
export const KEEP_FACTOR = 4;

/** What rendering a page needs from the viewer. */
export interface PageRenderingOptions {
  pdf: PDFDocumentProxy;
  /** The scrolling container of the pages. */
  root: HTMLElement;
  /** Must hand out the same text content the document text was built from. */
  textContentOf: (pageNumber: number) => Promise<TextContent>;
  /** The zoom now: CSS pixels per PDF unit. */
  scale: () => number;
  /** Hears each page whose text layer has just come into the DOM. */
  onTextLayer: (pageNumber: number) => void;
}

/** Renders pages: first the text layer (what selection and highlights need), then the canvas. */
export interface PageRendering {
  /** Renders `view` if it is not yet; resolves once its text layer is in the DOM. */
  render(view: PageView): Promise<void>;
  /** Drops a page's canvas (megabytes each); the text layer stays. */
  dropCanvas(view: PageView): void;
  /** Stops rendering: pending text layers are cancelled, and nothing more is drawn. */
  stop(): void;
}

/** Rendering of the viewer's pages, one text layer and one up-to-date canvas per page at most. */
export function createPageRendering({ pdf, root, textContentOf, scale, onTextLayer }: PageRenderingOptions): PageRendering {
  let stopped = false;
  const layers = new Set<TextLayer>();

  async function renderTextLayer(view: PageView): Promise<void> {
    const page = await pdf.getPage(view.pageNumber);
    const viewport = view.viewport ?? page.getViewport({ scale: scale() });
    sizePage(view, viewport);
    const container = document.createElement('div');
    container.className = 'textLayer';
    const layer = new TextLayer({ textContentSource: await textContentOf(view.pageNumber), container, viewport });
    layers.add(layer);
    await layer.render();
    if (stopped) return;
    view.layer = layer;
    // Zoomed while the layer was being made: lay it out at the zoom of now.
    if (view.viewport && view.viewport !== viewport) layer.update({ viewport: view.viewport });
    // Fills the gaps between the text's spans while the user drags (see `guardSelection`).
    const end = document.createElement('div');
    end.className = 'endOfContent';
    container.append(end);
    view.element.append(container);
    // Items with empty text get no element in the DOM; they keep their index so offsets line up.
    view.itemElements = layer.textDivs.map((div) => (div.parentNode ? div : undefined));
    onTextLayer(view.pageNumber);
  }

  const isCurrent = (view: PageView) => view.canvas !== null && view.viewport !== null && Number(view.canvas.dataset.scale) === view.viewport.scale;

  function dropCanvas(view: PageView): void {
    view.canvas?.remove();
    view.canvas = null;
  }

  async function paint(view: PageView): Promise<void> {
    if (stopped || view.painting || isCurrent(view)) return;
    view.painting = true;
    try {
      const page = await pdf.getPage(view.pageNumber);
      const canvas = await paintPageCanvas(page, view.viewport ?? page.getViewport({ scale: scale() }));
      // The old canvas (stretched after a zoom) stays until the new one is ready: no blank pages.
      view.canvas?.remove();
      view.element.prepend(canvas);
      view.canvas = canvas;
    } catch (error) {
      console.warn(`Kantlijn: pagina ${view.pageNumber} niet getekend`, error);
    } finally {
      view.painting = false;
    }
    // Scrolled far away meanwhile (the observer skipped it while drawing), or zoomed while drawing.
    if (!isNear(root, view.element, KEEP_FACTOR)) dropCanvas(view);
    else if (view.near && !isCurrent(view)) void paint(view);
  }

  return {
    render(view) {
      view.textLayer ??= renderTextLayer(view).catch((error: unknown) => {
        view.textLayer = null;
        if (!stopped) console.warn(`Kantlijn: tekstlaag van pagina ${view.pageNumber} mislukt`, error);
      });
      void view.textLayer.then(() => paint(view));
      return view.textLayer;
    },
    dropCanvas,
    stop() {
      stopped = true;
      for (const layer of layers) layer.cancel();
      layers.clear();
    },
  };
}
