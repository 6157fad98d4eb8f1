import type { PDFPageProxy, PageViewport } from 'pdfjs-dist';

/**
 * Most pixels one page's canvas may have: 4096 × 4096, as pdf.js itself caps it. A larger canvas can
 * exceed what the browser allows and stay blank, and costs tens of megabytes per page.
 */
export const MAX_CANVAS_PIXELS = 4096 * 4096;

/** Device pixels per CSS pixel to draw at: the screen's, unless that would pass the cap. */
export function outputRatio(viewport: Pick<PageViewport, 'width' | 'height'>, deviceRatio: number, maxPixels = MAX_CANVAS_PIXELS): number {
  const area = viewport.width * viewport.height;
  if (area <= 0) return deviceRatio;
  return Math.min(deviceRatio, Math.sqrt(maxPixels / area));
}

/**
 * Draws `page` at `viewport` on a new canvas that is not yet in the document, so the caller can put
 * it in place of the old one once it is done and the page never shows blank meanwhile.
 */
export async function paintPageCanvas(page: PDFPageProxy, viewport: PageViewport): Promise<HTMLCanvasElement> {
  const ratio = outputRatio(viewport, window.devicePixelRatio || 1);
  const canvas = document.createElement('canvas');
  canvas.width = Math.floor(viewport.width * ratio);
  canvas.height = Math.floor(viewport.height * ratio);
  canvas.setAttribute('aria-hidden', 'true');
  canvas.dataset.scale = String(viewport.scale);
  await page.render({ canvas, viewport, ...(ratio !== 1 ? { transform: [ratio, 0, 0, ratio, 0, 0] } : {}) }).promise;
  return canvas;
}
