import type { PageRendering } from './page-rendering';
import { KEEP_FACTOR } from './page-rendering';
import type { PageView } from './page-views';

/** Pages this many view heights above or below the visible part are rendered ahead. */
export const RENDER_FACTOR = 1.5;
const RENDER_MARGIN = `${RENDER_FACTOR * 100}% 0px`;
const KEEP_MARGIN = `${KEEP_FACTOR * 100}% 0px`;

/**
 * Renders each page as it nears the visible part of `root`, and drops the canvas of each page
 * that moves far from it. Returns the function that stops watching.
 */
export function renderNearView(root: HTMLElement, views: readonly PageView[], rendering: PageRendering): () => void {
  const viewOf = (target: Element) => views[Number((target as HTMLElement).dataset.pageNumber) - 1];
  const near = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        const view = viewOf(entry.target);
        if (!view) continue;
        view.near = entry.isIntersecting;
        if (entry.isIntersecting) void rendering.render(view);
      }
    },
    { root, rootMargin: RENDER_MARGIN },
  );
  const far = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        const view = viewOf(entry.target);
        if (entry.isIntersecting || !view?.canvas || view.painting) continue;
        // A canvas is megabytes; a report of a hundred pages would hold them all otherwise.
        rendering.dropCanvas(view);
      }
    },
    { root, rootMargin: KEEP_MARGIN },
  );
  for (const view of views) {
    near.observe(view.element);
    far.observe(view.element);
  }
  return () => {
    near.disconnect();
    far.disconnect();
  };
}
