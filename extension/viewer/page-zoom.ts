import type { PageViewport } from 'pdfjs-dist';
import type { PageRendering } from './page-rendering';
import { KEEP_FACTOR } from './page-rendering';
import { sizePage, sizePlaceholder, type PageView } from './page-views';
import { RENDER_FACTOR } from './render-near-view';
import { captureAnchor, isNear, restoreAnchor } from './scroll-anchor';

/**
 * Zooms every page to `scale`: sizes change at once, text layers are laid out again, canvases
 * are drawn afresh near the visible part. The point of the document at the top of the window
 * stays there.
 */
export function zoomPages(root: HTMLElement, views: readonly PageView[], rendering: PageRendering, zoom: { scale: number; firstViewport: PageViewport }): void {
  const anchor = captureAnchor(
    root,
    views.map((view) => view.element),
  );
  const placeholder = zoom.firstViewport.clone({ scale: zoom.scale });
  for (const view of views) {
    view.element.style.setProperty('--total-scale-factor', String(zoom.scale));
    if (view.viewport) sizePage(view, view.viewport.clone({ scale: zoom.scale }));
    else sizePlaceholder(view, placeholder);
    if (view.layer && view.viewport) view.layer.update({ viewport: view.viewport });
  }
  if (anchor) restoreAnchor(root, anchor);
  // Which pages are near is measured now, not taken from the observers: they report only later,
  // and a large zoom moves most pages out of (or into) range.
  for (const view of views) {
    view.near = isNear(root, view.element, RENDER_FACTOR);
    if (view.near) void rendering.render(view);
    else if (!view.painting && !isNear(root, view.element, KEEP_FACTOR)) rendering.dropCanvas(view);
  }
}
