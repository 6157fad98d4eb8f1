/** A point of the document held in place across a zoom: a page, and where on it. */
export interface ScrollAnchor {
  element: HTMLElement;
  /** Where on the page the visible top was, as a fraction of its height (negative: above the page). */
  fraction: number;
  /** The page's top on screen, in CSS pixels, when the anchor was taken. */
  top: number;
  visibleTop: number;
}

/**
 * The first page under the visible top of the window (`visibleTop`: the bottom of the sticky
 * header), and the point of it that lies there.
 */
export function captureAnchor(pages: readonly HTMLElement[], visibleTop: number): ScrollAnchor | null {
  for (const element of pages) {
    const box = element.getBoundingClientRect();
    if (box.bottom > visibleTop && box.height > 0) return { element, fraction: (visibleTop - box.top) / box.height, top: box.top, visibleTop };
  }
  return null;
}

/**
 * Scrolls so that the anchored point is at the visible top again. When the page's own top was in
 * view (the first page below the header), that top stays where it was instead.
 */
export function restoreAnchor(anchor: ScrollAnchor): void {
  const box = anchor.element.getBoundingClientRect();
  const wantedTop = anchor.fraction >= 0 ? anchor.visibleTop - anchor.fraction * box.height : anchor.top;
  window.scrollBy({ top: box.top - wantedTop, behavior: 'instant' });
}

/** Whether `element` lies within `factor` window heights above or below the window. */
export function isNear(element: HTMLElement, factor: number): boolean {
  const box = element.getBoundingClientRect();
  return box.bottom > -factor * window.innerHeight && box.top < (1 + factor) * window.innerHeight;
}
