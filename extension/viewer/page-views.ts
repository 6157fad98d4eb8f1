import type { TextLayer, PageViewport } from 'pdfjs-dist';

/** One page of the viewer: its element, and how far it has been rendered. */
export interface PageView {
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

/** Gives a page the size of `viewport`, and remembers it as the page's own. */
export function sizePage(view: PageView, viewport: PageViewport): void {
  view.viewport = viewport;
  view.element.style.width = `${viewport.width}px`;
  view.element.style.height = `${viewport.height}px`;
}

/** Gives a page whose own size is not known yet the size of a stand-in viewport. */
export function sizePlaceholder(view: PageView, standIn: Pick<PageViewport, 'width' | 'height'>): void {
  view.element.style.width = `${standIn.width}px`;
  view.element.style.height = `${standIn.height}px`;
}

/**
 * Puts one empty, labelled placeholder per page into `root`, each as large as the first page:
 * reports rarely mix page sizes, and the first page's size is known before any other's.
 */
export function createPageViews(
  root: HTMLElement,
  pageCount: number,
  layout: { scale: number; firstViewport: PageViewport; pageLabel: (pageNumber: number) => string },
): PageView[] {
  const views: PageView[] = [];
  for (let pageNumber = 1; pageNumber <= pageCount; pageNumber += 1) {
    const element = document.createElement('div');
    element.className = 'page';
    element.dataset.pageNumber = String(pageNumber);
    element.setAttribute('role', 'region');
    element.setAttribute('aria-label', layout.pageLabel(pageNumber));
    element.style.setProperty('--total-scale-factor', String(layout.scale));
    root.append(element);
    const view: PageView = { pageNumber, element, viewport: null, layer: null, itemElements: null, textLayer: null, canvas: null, painting: false, near: false };
    sizePlaceholder(view, layout.firstViewport);
    views.push(view);
  }
  if (views[0]) sizePage(views[0], layout.firstViewport);
  return views;
}
