import { isInText, type DocumentText, type PageText } from './pdf-document-text';
import { firstIndexWhere, lastAtOrBefore } from './sorted-search';
import type { TextIndex } from './text-index';

/** A page whose text layer is in the DOM: its text and, per text item, the element pdf.js made. */
export interface RenderedPage {
  page: PageText;
  /** Parallel to the page's items; an item without an element (empty text) is `undefined`. */
  itemElements: readonly (HTMLElement | undefined)[];
}

interface Segment {
  node: Text;
  start: number;
}

/** The text nodes of each item element, with their offsets in the document text. */
function segmentsOf(rendered: readonly RenderedPage[]): Segment[] {
  const segments: Segment[] = [];
  for (const { page, itemElements } of rendered) {
    itemElements.forEach((element, item) => {
      // A running head or foot has an element but no place in the document text.
      if (!element || !isInText(page, item)) return;
      let at = page.start + (page.itemStarts[item] ?? 0);
      // Highlights split an item's text into several nodes; together they are still its string.
      const walker = element.ownerDocument.createTreeWalker(element, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
        if (node.length === 0) continue;
        segments.push({ node, start: at });
        at += node.length;
      }
    });
  }
  return segments;
}

function follows(node: Node, candidate: Node): boolean {
  if (node === candidate) return true;
  const position = node.compareDocumentPosition(candidate);
  return Boolean(position & Node.DOCUMENT_POSITION_FOLLOWING || position & Node.DOCUMENT_POSITION_CONTAINED_BY);
}

/**
 * A `TextIndex` over the document text whose DOM side is the text layers of the rendered pages
 * (in page order). The text holds what has no node of its own, line ends and page separators, and
 * the text of pages not rendered: `pointAt` there snaps to the nearest rendered text before it, so
 * callers clip spans to rendered pages first. `offsetOf` accepts points inside `root` only.
 */
export function createTextLayerIndex(document: DocumentText, rendered: readonly RenderedPage[], root: Node): TextIndex {
  const segments = segmentsOf([...rendered].sort((a, b) => a.page.pageNumber - b.page.pageNumber));
  const byNode = new Map(segments.map((segment) => [segment.node, segment]));
  const endOf = (segment: Segment) => segment.start + segment.node.length;

  /** Index of the last segment starting at or before `offset`; -1 when none does. */
  const segmentAt = (offset: number): number => lastAtOrBefore(segments.length, (index) => segments[index]!.start, offset);

  /** Index of the first segment at or after the start of `node` in document order (length if none). */
  const firstFrom = (node: Node): number => firstIndexWhere(segments.length, (index) => follows(node, segments[index]!.node));

  function offsetBefore(node: Node): number | null {
    if (segments.length === 0) return null;
    const index = firstFrom(node);
    const segment = segments[index];
    return segment ? segment.start : endOf(segments[segments.length - 1]!);
  }

  function offsetAfter(node: Node): number | null {
    if (segments.length === 0) return null;
    // The first segment after everything inside `node`: the first one `node` neither contains nor follows.
    let index = firstFrom(node);
    while (index < segments.length && node.contains(segments[index]!.node)) index += 1;
    const before = segments[index - 1];
    return before ? endOf(before) : segments[0]!.start;
  }

  return {
    text: document.text,
    pointAt(offset) {
      if (segments.length === 0 || offset < 0 || offset > document.text.length) return null;
      const segment = segments[Math.max(0, segmentAt(offset))]!;
      return { node: segment.node, offset: Math.min(Math.max(0, offset - segment.start), segment.node.length) };
    },
    offsetOf(container, offset) {
      if (!root.contains(container)) return null;
      if (container.nodeType === Node.TEXT_NODE) {
        const segment = byNode.get(container as Text);
        return segment ? segment.start + Math.min(offset, segment.node.length) : offsetBefore(container);
      }
      const child = container.childNodes[offset];
      return child ? offsetBefore(child) : offsetAfter(container);
    },
  };
}
