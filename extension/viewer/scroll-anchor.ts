/** A point of the document held in place across a zoom: a page, and where on it. */
export interface ScrollAnchor {
  element: HTMLElement;
  /** Where on the page the top of the view was, as a fraction of its height (negative: above the page). */
  fraction: number;
  /** The page's top, in CSS pixels below the top of the view, when the anchor was taken. */
  offset: number;
}

/** The first page under the top of `scroller`'s view, and the point of it that lies there. */
export function captureAnchor(scroller: HTMLElement, pages: readonly HTMLElement[]): ScrollAnchor | null {
  const viewTop = scroller.getBoundingClientRect().top;
  for (const element of pages) {
    const box = element.getBoundingClientRect();
    if (box.bottom > viewTop && box.height > 0) return { element, fraction: (viewTop - box.top) / box.height, offset: box.top - viewTop };
  }
  return null;
}

/**
 * Scrolls `scroller` so that the anchored point is at the top of the view again. When the page's
 * own top was in view (the first page, at the start), that top stays where it was instead.
 */
export function restoreAnchor(scroller: HTMLElement, anchor: ScrollAnchor): void {
  const viewTop = scroller.getBoundingClientRect().top;
  const box = anchor.element.getBoundingClientRect();
  const wantedTop = anchor.fraction >= 0 ? viewTop - anchor.fraction * box.height : viewTop + anchor.offset;
  scroller.scrollBy({ top: box.top - wantedTop, behavior: 'instant' });
}

/** Whether `element` lies within `factor` view heights above or below `scroller`'s view. */
export function isNear(scroller: HTMLElement, element: HTMLElement, factor: number): boolean {
  const view = scroller.getBoundingClientRect();
  const box = element.getBoundingClientRect();
  return box.bottom > view.top - factor * view.height && box.top < view.bottom + factor * view.height;
}
