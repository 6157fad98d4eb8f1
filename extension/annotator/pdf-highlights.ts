import type { TextSpan } from './anchoring';
import { HIGHLIGHT_TAG, highlightSpan, removeHighlights, type HighlightOptions } from './highlighter';
import { isInText, itemAt, pageEnd, type DocumentText, type PageText, type PdfBox } from './pdf-document-text';
import { createTextLayerIndex, type RenderedPage } from './pdf-text-layer-index';

/** Marks a stand-in for a highlight on a page that is not rendered yet (no text to wrap there). */
export const MARKER_ATTRIBUTE = 'data-kantlijn-marker';

/** A rectangle in percent of its page's width and height. */
export interface PageRect {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** The part of `span` that lies on `page`, or `null` when none does. */
export function clipToPage(span: TextSpan, page: PageText): TextSpan | null {
  const start = Math.max(span.start, page.start);
  const end = Math.min(span.end, pageEnd(page));
  return end > start ? { start, end } : null;
}

/**
 * Highlights the part of `span` on a rendered page by wrapping the text-layer text it covers, as
 * on web pages, so the highlight follows pdf.js's text layout exactly and is clickable and
 * focusable. Returns the highlight elements.
 */
export function highlightOnPage(document: DocumentText, rendered: RenderedPage, root: Node, span: TextSpan, options: HighlightOptions): HTMLElement[] {
  const part = clipToPage(span, rendered.page);
  if (!part) return [];
  return highlightSpan(createTextLayerIndex(document, [rendered], root), part, options);
}

/** The union of the boxes of the items the page part of `span` touches. */
export function boxOfSpan(page: PageText, span: TextSpan): PdfBox | null {
  const part = clipToPage(span, page);
  if (!part || page.itemStarts.length === 0) return null;
  const first = itemAt(page, part.start - page.start);
  const last = itemAt(page, part.end - 1 - page.start);
  let box: PdfBox | null = null;
  for (let item = first; item <= last; item += 1) {
    const next = page.itemBoxes[item];
    if (!next || !isInText(page, item)) continue;
    box = box ? [Math.min(box[0], next[0]), Math.min(box[1], next[1]), Math.max(box[2], next[2]), Math.max(box[3], next[3])] : [...next];
  }
  return box;
}

/**
 * Puts a marker over where the passage will be on a page not rendered yet: the lines it touches,
 * from the positions pdf.js reported with the text. It carries `data-annotation-id` like a
 * highlight, is hidden from assistive technology (there is no text there yet), and is replaced by
 * the real highlight once the page renders.
 */
export function markOnPlaceholder(pageElement: HTMLElement, rect: PageRect, options: HighlightOptions): HTMLElement {
  const marker = pageElement.ownerDocument.createElement(HIGHLIGHT_TAG);
  marker.dataset.annotationId = options.annotationId;
  marker.setAttribute(MARKER_ATTRIBUTE, '');
  marker.setAttribute('aria-hidden', 'true');
  marker.title = options.label;
  Object.assign(marker.style, {
    position: 'absolute',
    left: `${rect.left}%`,
    top: `${rect.top}%`,
    width: `${rect.width}%`,
    height: `${rect.height}%`,
    backgroundColor: options.colour,
  });
  pageElement.append(marker);
  return marker;
}

/** One annotation's part on one page, as it is to be drawn there. */
export interface PagePiece {
  span: TextSpan;
  options: HighlightOptions;
  /** Whether this piece is the annotation's tab stop (its first drawn piece). */
  focusable: boolean;
}

/** Where and how a page is drawn: its element, its text layer if rendered, and its placement of boxes. */
export interface PageCanvas {
  document: DocumentText;
  page: PageText;
  element: HTMLElement;
  rendered: RenderedPage | null;
  boxToPercent: (box: PdfBox) => PageRect | null;
}

/** A fingerprint of what a page shows, to leave pages alone whose highlights would not change. */
export function pageSignature(rendered: boolean, pieces: readonly PagePiece[]): string {
  return JSON.stringify([rendered, pieces.map(({ span, options, focusable }) => [options.annotationId, span.start, span.end, options.colour, options.label, focusable])]);
}

/**
 * Replaces the highlights on one page by `pieces`: wrapped text on a rendered page, markers on a
 * placeholder. Other pages are untouched, so a highlight the user focused elsewhere keeps focus.
 */
export function drawPageHighlights({ document, page, element, rendered, boxToPercent }: PageCanvas, pieces: readonly PagePiece[]): void {
  removeHighlights(element);
  for (const { span, options, focusable } of pieces) {
    if (rendered) {
      const marks = highlightOnPage(document, rendered, element, span, options);
      if (!focusable) marks.forEach((mark) => mark.removeAttribute('tabindex'));
      continue;
    }
    const box = boxOfSpan(page, span);
    const rect = box ? boxToPercent(box) : null;
    if (rect) markOnPlaceholder(element, rect, options);
  }
}
