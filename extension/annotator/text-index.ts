import { lastAtOrBefore } from './sorted-search';

/** Elements whose text is never part of a document's readable text. */
const SKIPPED_ELEMENTS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'SELECT', 'OPTION']);

/** Marks Kantlijn's own UI hosts, whose text must never become part of the document's text. */
export const KANTLIJN_UI_ATTRIBUTE = 'data-kantlijn-ui';

/** Text nodes read between two pauses while an index is built in steps (see `textIndexSteps`). */
const NODES_PER_STEP = 500;

/** One text node and where its text starts in the document text. */
interface Segment {
  node: Text;
  start: number;
  /** Its length when indexed: highlighting may split the node since, the text stays the same. */
  length: number;
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

/** Whether a text node's text is part of the document text (not in a script, style or Kantlijn's UI). */
function isDocumentText(node: Node): boolean {
  return acceptNode(node) === NodeFilter.FILTER_ACCEPT;
}

/** A walker over the document-text nodes under `root`, in document order. */
export function documentTextWalker(root: Node): TreeWalker {
  const document = root.nodeType === Node.DOCUMENT_NODE ? (root as Document) : root.ownerDocument!;
  return document.createTreeWalker(root, NodeFilter.SHOW_TEXT, { acceptNode });
}

/** Indexes the text under `root` in one go. */
export function buildTextIndex(root: Node): TextIndex {
  const steps = textIndexSteps(root);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * Indexes the text under `root`, pausing (yielding) after every few hundred text nodes, so a
 * caller can spread the work of a very long page over several tasks and keep the page responsive.
 * The DOM must not change between the steps (start again if it does).
 *
 * The index stays valid while Kantlijn splits text nodes to highlight them (and unwraps them
 * again without merging): the later parts of a split node follow it in document order, and
 * `pointAt` and `offsetOf` walk across them. Any other change to the page's text needs a new index.
 */
export function* textIndexSteps(root: Node): Generator<void, TextIndex, void> {
  const segments: Segment[] = [];
  const byNode = new Map<Text, Segment>();
  const parts: string[] = [];
  let length = 0;
  let read = 0;
  const walker = documentTextWalker(root);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = (node as Text).data;
    if (++read % NODES_PER_STEP === 0) yield;
    if (text.length === 0) continue;
    const segment = { node: node as Text, start: length, length: text.length };
    segments.push(segment);
    byNode.set(segment.node, segment);
    parts.push(text);
    length += text.length;
  }
  const text = parts.join('');

  const segmentIndexAt = (offset: number): number => Math.max(0, lastAtOrBefore(segments.length, (index) => segments[index]!.start, offset));
  /** The next document-text node after `node` (the later part of a split, or the next segment). */
  const following = (node: Text): Text | null => {
    walker.currentNode = node;
    return walker.nextNode() as Text | null;
  };

  return {
    text,
    pointAt(offset) {
      if (segments.length === 0 || offset < 0 || offset > text.length) return null;
      const at = segmentIndexAt(offset);
      const segment = segments[at]!;
      const nextSegment = segments[at + 1]?.node ?? null;
      let node = segment.node;
      let rest = offset - segment.start;
      // The node may have been split by highlighting since: walk on through its later parts.
      while (rest >= node.length) {
        const next = following(node);
        if (!next || next === nextSegment) break;
        rest -= node.length;
        node = next;
      }
      return { node, offset: Math.min(rest, node.length) };
    },
    offsetOf(container, offset) {
      if (container.nodeType === Node.TEXT_NODE) {
        const known = byNode.get(container as Text);
        if (known) return known.start + Math.min(offset, known.node.length);
        const fromSplit = container.isConnected && isDocumentText(container) ? offsetInSplitPart(container as Text, offset) : null;
        return fromSplit ?? offsetBefore(container);
      }
      const child = container.childNodes[offset];
      return child ? offsetBefore(child) : offsetAfter(container);
    },
  };

  /** The offset in a later part of a node split by highlighting: back through the parts to the indexed one. */
  function offsetInSplitPart(part: Text, offset: number): number | null {
    let before = 0;
    walker.currentNode = part;
    for (let node = walker.previousNode() as Text | null; node; node = walker.previousNode() as Text | null) {
      const known = byNode.get(node);
      before += node.length;
      if (known) return known.start + before + Math.min(offset, part.length);
    }
    return null;
  }

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
        end = segment.start + segment.length;
      } else if (position & Node.DOCUMENT_POSITION_FOLLOWING) {
        break;
      }
    }
    return end ?? 0;
  }
}
