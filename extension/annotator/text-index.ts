import { lastAtOrBefore } from './sorted-search';

/** Elements whose text is never part of a document's readable text. */
const SKIPPED_ELEMENTS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'SELECT', 'OPTION']);

/** Marks Kantlijn's own UI hosts, whose text must never become part of the document's text. */
export const KANTLIJN_UI_ATTRIBUTE = 'data-kantlijn-ui';

/** One text node and where its text starts in the document text. */
interface Segment {
  node: Text;
  start: number;
}

/** A point in the DOM: a text node and a UTF-16 offset into it. */
export interface TextPoint {
  node: Text;
  offset: number;
}

/**
 * The text of a document root as one string, with the map between string offsets (UTF-16 code
 * units) and text nodes. Built from the text nodes in document order, so wrapping text in
 * highlight elements does not change it.
 */
export interface TextIndex {
  text: string;
  /** The DOM point at `offset`; at a boundary between nodes it prefers the start of the next one. */
  pointAt(offset: number): TextPoint | null;
  /** The text offset of a DOM boundary point (container + offset), or `null` outside the root. */
  offsetOf(container: Node, offset: number): number | null;
}

function acceptNode(node: Node): number {
  for (let parent = node.parentElement; parent; parent = parent.parentElement) {
    if (SKIPPED_ELEMENTS.has(parent.tagName) || parent.hasAttribute(KANTLIJN_UI_ATTRIBUTE)) return NodeFilter.FILTER_REJECT;
  }
  return NodeFilter.FILTER_ACCEPT;
}

/** Indexes the text under `root`. */
export function buildTextIndex(root: Node): TextIndex {
  const segments: Segment[] = [];
  const parts: string[] = [];
  let length = 0;
  const walker = root.ownerDocument!.createTreeWalker(root, NodeFilter.SHOW_TEXT, { acceptNode });
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = (node as Text).data;
    if (text.length === 0) continue;
    segments.push({ node: node as Text, start: length });
    parts.push(text);
    length += text.length;
  }
  const text = parts.join('');

  const segmentIndexAt = (offset: number): number => Math.max(0, lastAtOrBefore(segments.length, (index) => segments[index]!.start, offset));

  return {
    text,
    pointAt(offset) {
      if (segments.length === 0 || offset < 0 || offset > text.length) return null;
      const segment = segments[segmentIndexAt(offset)]!;
      return { node: segment.node, offset: offset - segment.start };
    },
    offsetOf(container, offset) {
      if (container.nodeType === Node.TEXT_NODE) {
        const segment = segments.find((candidate) => candidate.node === container);
        return segment ? segment.start + Math.min(offset, segment.node.length) : offsetBefore(container);
      }
      const child = container.childNodes[offset];
      return child ? offsetBefore(child) : offsetAfter(container);
    },
  };

  /** Offset of the first indexed text at or after the start of `node` in document order. */
  function offsetBefore(node: Node): number | null {
    if (!root.contains(node)) return null;
    for (const segment of segments) {
      const position = node.compareDocumentPosition(segment.node);
      if (segment.node === node || position & Node.DOCUMENT_POSITION_FOLLOWING || position & Node.DOCUMENT_POSITION_CONTAINED_BY) {
        return segment.start;
      }
    }
    return text.length;
  }

  /** Offset just after all indexed text inside `node`. */
  function offsetAfter(node: Node): number | null {
    if (!root.contains(node)) return null;
    let end: number | null = null;
    for (const segment of segments) {
      const position = node.compareDocumentPosition(segment.node);
      if (position & Node.DOCUMENT_POSITION_PRECEDING || position & Node.DOCUMENT_POSITION_CONTAINED_BY) {
        end = segment.start + segment.node.length;
      } else if (position & Node.DOCUMENT_POSITION_FOLLOWING) {
        break;
      }
    }
    return end ?? 0;
  }
}
