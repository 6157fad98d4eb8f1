import { TextLayer, type PDFDocumentProxy, type PageViewport } from 'pdfjs-dist';
import type { TextContent } from 'pdfjs-dist/types/src/display/api';
import type { PageRect } from '../annotator/pdf-highlights';
import type { PdfBox } from '../annotator/pdf-text';
import { drawPage } from './page-canvas';
import { captureAnchor, isNear, restoreAnchor } from './scroll-anchor';

/** Pages this many view heights above or below the visible part are rendered ahead. */
const RENDER_FACTOR = 1.5;
/** Canvases of pages further away than this (in view heights) are dropped to bound memory; text layers stay. */
const KEEP_FACTOR = 4;
const RENDER_MARGIN = `${RENDER_FACTOR * 100}% 0px`;
const KEEP_MARGIN = `${KEEP_FACTOR * 100}% 0px`;

interface PageView {
  pageNumber: number;
  element: HTMLElement;
  /** At the current zoom; `null` until the page's own size is known. */
  viewport: PageViewport | null;
  layer: TextLayer | null;
  /** Parallel to the page's text items, once its text layer is in the DOM. */
  itemElements: (HTMLElement | undefined)[] | null;
  textLayer: Promise<void> | null;
  canvas: HTMLCanvasElement | null;
  painting: boolean;
  /** Within the render margin of the visible part (as last reported). */
  near: boolean;
}

/** The viewer's pages: placeholders of the right size, rendered (canvas + text layer) near the viewport. */
export interface PdfPages {
  root: HTMLElement;
  element(pageNumber: number): HTMLElement | null;
  /** Sizes a placeholder once its page's dimensions are known (before it renders): its viewport at scale 1. */
  setViewportOf(pageNumber: number, unscaled: PageViewport): void;
  /** The zoom: CSS pixels per PDF unit. */
  scale(): number;
  /**
   * Zooms every page to `scale`: sizes change at once, text layers are laid out again, canvases
   * are drawn afresh near the visible part. The point of the document at the top of the window
   * stays there.
   */
  setScale(scale: number): void;
  /** The pages whose text layer is in the DOM, with the element made for each text item. */
  rendered(): { pageNumber: number; itemElements: readonly (HTMLElement | undefined)[] }[];
  boxToPercent(pageNumber: number, box: PdfBox): PageRect | null;
  onRendered(listener: (pageNumber: number) => void): () => void;
  /** Scrolls to a page; resolves once its text layer is rendered. */
  show(pageNumber: number): Promise<void>;
}

/**
 * Keeps a drag-selection from jumping: the text layer's spans are absolutely positioned, so
 * between lines the pointer is over the layer itself, which the browser reads as "the end of the
 * layer". While the user drags, an unselectable filler lies under the spans of every page.
 */
function guardSelection(root: HTMLElement): void {
  root.addEventListener('pointerdown', (event) => {
    if ((event.target as Element | null)?.closest?.('.textLayer')) root.classList.add('selecting');
  });
  const stop = () => root.classList.remove('selecting');
  document.addEventListener('pointerup', stop);
  window.addEventListener('blur', stop);
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
  const { firstViewport, textContentOf, pageLabel } = options;
  const listeners = new Set<(pageNumber: number) => void>();
  const views: PageView[] = [];
  let scale = options.scale;
  for (let pageNumber = 1; pageNumber <= pdf.numPages; pageNumber += 1) {
    const element = document.createElement('div');
    element.className = 'page';
    element.dataset.pageNumber = String(pageNumber);
    element.setAttribute('role', 'region');
    element.setAttribute('aria-label', pageLabel(pageNumber));
    element.style.setProperty('--total-scale-factor', String(scale));
    // Until its own size is known, a page is as large as the first: reports rarely mix sizes.
    element.style.width = `${firstViewport.width}px`;
    element.style.height = `${firstViewport.height}px`;
    root.append(element);
    views.push({ pageNumber, element, viewport: null, layer: null, itemElements: null, textLayer: null, canvas: null, painting: false, near: false });
  }
  const viewOf = (pageNumber: number) => views[pageNumber - 1];
  guardSelection(root);
  if (views[0]) setViewport(views[0], firstViewport);

  function setViewport(view: PageView, viewport: PageViewport): void {
    view.viewport = viewport;
    view.element.style.width = `${viewport.width}px`;
    view.element.style.height = `${viewport.height}px`;
  }

  async function renderTextLayer(view: PageView): Promise<void> {
    const page = await pdf.getPage(view.pageNumber);
    const viewport = view.viewport ?? page.getViewport({ scale });
    setViewport(view, viewport);
    const container = document.createElement('div');
    container.className = 'textLayer';
    const layer = new TextLayer({ textContentSource: await textContentOf(view.pageNumber), container, viewport });
    await layer.render();
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
    for (const listener of listeners) listener(view.pageNumber);
  }

  const isCurrent = (view: PageView) => view.canvas !== null && view.viewport !== null && Number(view.canvas.dataset.scale) === view.viewport.scale;

  function dropCanvas(view: PageView): void {
    view.canvas?.remove();
    view.canvas = null;
  }

  async function paint(view: PageView): Promise<void> {
    if (view.painting || isCurrent(view)) return;
    view.painting = true;
    try {
      const page = await pdf.getPage(view.pageNumber);
      const canvas = await drawPage(page, view.viewport ?? page.getViewport({ scale }));
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

  function render(view: PageView): Promise<void> {
    view.textLayer ??= renderTextLayer(view).catch((error: unknown) => {
      view.textLayer = null;
      console.warn(`Kantlijn: tekstlaag van pagina ${view.pageNumber} mislukt`, error);
    });
    void view.textLayer.then(() => paint(view));
    return view.textLayer;
  }

  const near = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        const view = viewOf(Number((entry.target as HTMLElement).dataset.pageNumber));
        if (!view) continue;
        view.near = entry.isIntersecting;
        if (entry.isIntersecting) void render(view);
      }
    },
    { root, rootMargin: RENDER_MARGIN },
  );
  const far = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        const view = viewOf(Number((entry.target as HTMLElement).dataset.pageNumber));
        if (entry.isIntersecting || !view?.canvas || view.painting) continue;
        // A canvas is megabytes; a report of a hundred pages would hold them all otherwise.
        dropCanvas(view);
      }
    },
    { root, rootMargin: KEEP_MARGIN },
  );
  for (const view of views) {
    near.observe(view.element);
    far.observe(view.element);
  }

  return {
    root,
    element: (pageNumber) => viewOf(pageNumber)?.element ?? null,
    setViewportOf(pageNumber, unscaled) {
      const view = viewOf(pageNumber);
      if (view && !view.viewport) setViewport(view, unscaled.clone({ scale }));
    },
    scale: () => scale,
    setScale(next) {
      if (!(next > 0) || next === scale) return;
      const anchor = captureAnchor(
        root,
        views.map((view) => view.element),
      );
      scale = next;
      const placeholder = firstViewport.clone({ scale: next });
      for (const view of views) {
        view.element.style.setProperty('--total-scale-factor', String(next));
        if (view.viewport) setViewport(view, view.viewport.clone({ scale: next }));
        else {
          view.element.style.width = `${placeholder.width}px`;
          view.element.style.height = `${placeholder.height}px`;
        }
        if (view.layer && view.viewport) view.layer.update({ viewport: view.viewport });
      }
      if (anchor) restoreAnchor(root, anchor);
      // Which pages are near is measured now, not taken from the observers: they report only later,
      // and a large zoom moves most pages out of (or into) range.
      for (const view of views) {
        view.near = isNear(root, view.element, RENDER_FACTOR);
        if (view.near) void render(view);
        else if (!view.painting && !isNear(root, view.element, KEEP_FACTOR)) dropCanvas(view);
      }
    },
    rendered: () => views.flatMap((view) => (view.itemElements ? [{ pageNumber: view.pageNumber, itemElements: view.itemElements }] : [])),
    boxToPercent(pageNumber, box) {
      const viewport = viewOf(pageNumber)?.viewport;
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
    },
    onRendered(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    show(pageNumber) {
      const view = viewOf(pageNumber);
      if (!view) return Promise.resolve();
      view.element.scrollIntoView({ block: 'start' });
      return render(view);
    },
  };
}
