import { documentTextWalker, KANTLIJN_UI_ATTRIBUTE, type TextIndex, type TextPoint } from './text-index';
import type { TextSpan } from './anchoring';

/** The element that wraps highlighted text; a custom name so page styles leave it alone. */
export const HIGHLIGHT_TAG = 'kantlijn-highlight';

/** What a highlight looks like and tells assistive technology. */
export interface HighlightOptions {
  annotationId: string;
  colour: string;
  /** Who wrote it and the start of the remark, e.g. "Annotatie van Anna (vraag): …"; also the hover text. */
  label: string;
  /** What a key does on it, e.g. "Enter opent de opmerking.", added to what assistive technology hears. */
  hint?: string;
}

const DESCRIPTIONS_ID = 'kantlijn-highlight-descriptions';

/** The id of the hidden text that describes the highlights of `annotationId`. */
function descriptionId(annotationId: string): string {
  return `kantlijn-description-${annotationId.replace(/[^a-zA-Z0-9-]/g, '-')}`;
}

/**
 * Writes the description of one annotation's highlight into a hidden container in the page (outside
 * the text Kantlijn indexes), for `aria-describedby`: a `mark` may not be named (ARIA 1.2), and its
 * text is already read as its content, so the remark is said once, as a description.
 */
function describe(document: Document, options: HighlightOptions): string {
  let container = document.getElementById(DESCRIPTIONS_ID);
  if (!container) {
    container = document.createElement('div');
    container.id = DESCRIPTIONS_ID;
    container.hidden = true;
    container.setAttribute(KANTLIJN_UI_ATTRIBUTE, '');
    document.body.append(container);
  }
  const id = descriptionId(options.annotationId);
  let description = document.getElementById(id);
  if (!description) {
    description = document.createElement('span');
    description.id = id;
    container.append(description);
  }
  const sentence = /[.!?…]$/.test(options.label) ? options.label : `${options.label}.`;
  description.textContent = options.hint ? `${sentence} ${options.hint}` : options.label;
  return id;
}

/**
 * Wraps the text of `span` in highlight elements carrying `data-annotation-id` (one per text node
 * it crosses) and returns them. Text nodes are split at the span's edges; the document text stays
 * the same, and so does `index` (see `textIndexSteps`), so other annotations' offsets remain valid
 * and the next highlight needs no new index. Costs the text nodes of this span only.
 */
export function highlightSpan(index: TextIndex, span: TextSpan, options: HighlightOptions): HTMLElement[] {
  const start = index.pointAt(span.start);
  const end = index.pointAt(span.end);
  if (!start || !end || span.end <= span.start) return [];
  const document = start.node.ownerDocument;
  const nodes = textNodesBetween(start, end);
  const marks: HTMLElement[] = [];
  for (const node of nodes) {
    let target = node;
    if (target === end.node && end.offset < target.length) target.splitText(end.offset);
    if (target === start.node && start.offset > 0) target = target.splitText(start.offset);
    if (target.data.trim() === '' && nodes.length > 1) continue;
    const mark = document.createElement(HIGHLIGHT_TAG);
    mark.dataset.annotationId = options.annotationId;
    mark.style.backgroundColor = options.colour;
    mark.setAttribute('role', 'mark');
    mark.title = options.label;
    // Only the first piece is a tab stop: one stop per annotation, not per text node it crosses.
    if (marks.length === 0) {
      mark.tabIndex = 0;
      mark.setAttribute('aria-describedby', describe(document, options));
    }
    target.parentNode!.insertBefore(mark, target);
    mark.appendChild(target);
    marks.push(mark);
  }
  return marks;
}

/**
 * The document-text nodes from `start` to `end` in document order, leaving out an end node the
 * span only touches at its very start and a start node it only touches at its very end. Empty when
 * `end` does not follow `start`.
 */
function textNodesBetween(start: TextPoint, end: TextPoint): Text[] {
  const walker = documentTextWalker(start.node.ownerDocument);
  walker.currentNode = start.node;
  const nodes: Text[] = [];
  for (let node: Text | null = start.node; node; node = walker.nextNode() as Text | null) {
    if (node.length > 0) nodes.push(node);
    if (node === end.node) break;
  }
  if (nodes.at(-1) !== end.node) return [];
  return nodes.filter((node) => !(node === end.node && end.offset === 0) && !(node === start.node && start.offset === node.length));
}

/**
 * Removes the highlights of one annotation (or all of them), putting their text back in place.
 * Split text nodes are left split, so text indexes built before stay valid.
 */
export function removeHighlights(root: ParentNode, annotationId?: string): void {
  const selector = annotationId ? `${HIGHLIGHT_TAG}[data-annotation-id="${CSS.escape(annotationId)}"]` : HIGHLIGHT_TAG;
  unwrapHighlights(root.querySelectorAll<HTMLElement>(selector));
  forgetDescriptions(root, annotationId);
}

/** Unwraps the given highlight elements (one annotation's, as `highlightSpan` returned them). */
export function unwrapHighlights(marks: Iterable<HTMLElement>): void {
  for (const mark of marks) {
    const parent = mark.parentNode;
    if (!parent) continue;
    while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
    parent.removeChild(mark);
  }
}

/** Drops the hidden description of one annotation's highlight (see `describe`). */
export function forgetDescription(document: Document, annotationId: string): void {
  document.getElementById(descriptionId(annotationId))?.remove();
}

/** Drops the descriptions of annotations that no longer have a highlight in the document. */
function forgetDescriptions(root: ParentNode, annotationId?: string): void {
  const document = root instanceof Document ? root : (root as Node).ownerDocument;
  const container = document?.getElementById(DESCRIPTIONS_ID);
  if (!document || !container) return;
  for (const description of [...container.children]) {
    if (annotationId && description.id !== descriptionId(annotationId)) continue;
    if (!document.querySelector(`[aria-describedby="${CSS.escape(description.id)}"]`)) description.remove();
  }
}
