import type { Annotation } from '../../shared/schemas/annotation';
import type { Selector } from '../../shared/schemas/selectors';
import type { AnchorStatus, TextSpan } from './anchoring';
import type { TextIndex } from './text-index';

/** A selection turned into selectors, with where it is on screen (for the toolbar). */
export interface DescribedSelection {
  selectors: Selector[];
  quote: string;
  rect: { top: number; left: number; bottom: number; right: number };
}

/** How a highlight looks and what it says to assistive technology and on hover. */
export interface HighlightStyle {
  colour: string;
  label: string;
  /** What Enter does on it, for assistive technology. */
  hint?: string;
}

/** How one annotation fared when shown; `start` orders the sidebar in document order. */
export interface ShownAnnotation {
  annotation: Annotation;
  status: AnchorStatus;
  /** Where its passage starts in the document text; `null` for orphans. */
  start: number | null;
}

/**
 * What the UI needs from a kind of document (an HTML page, the PDF viewer): its URL, turning the
 * user's selection into selectors, and showing annotations as highlights. The app, the sidebar and
 * both implementations (`html-integration.ts`, `pdf-integration.ts`) depend on this file only.
 */
export interface DocumentIntegration {
  /** The URL annotations of this document target. */
  sourceUrl(): string;
  /**
   * The document's identity beyond its URL (`urn:x-pdf:…` for a PDF), stored with new annotations
   * so the same file at another URL shows them too; absent or `null` for web pages.
   */
  documentFingerprint?(): string | null;
  /** The current selection as selectors, or `null` when nothing annotatable is selected. */
  describeSelection(): DescribedSelection | null;
  /**
   * Calls `onChange` (debounced) when the page's own content changes after load, e.g. a report
   * rendered late by a script, so annotations can be anchored again. Kantlijn's own highlighting
   * and UI do not count. Returns the unsubscribe function.
   */
  watchDocument(onChange: () => void): () => void;
  /** Scrolls the highlight of `annotationId` into view and focuses it; false when it has none. */
  focusAnnotation(annotationId: string): boolean;
  /**
   * Replaces all highlights by those of `annotations`; one failure never stops the others. Returns
   * how each fared. An integration may leave annotations it has not anchored yet out of that list
   * (a very long page is anchored over several tasks) and then calls `onProgress` with the whole
   * list again as it gets further.
   */
  showAnnotations(
    annotations: readonly Annotation[],
    styleOf: (annotation: Annotation) => HighlightStyle,
    onProgress?: (shown: ShownAnnotation[]) => void,
  ): ShownAnnotation[];
  /**
   * Stops everything the integration set going: its observers, listeners and timers, and those of
   * what it owns (the PDF viewer's pages). Highlights stay; nothing is called back afterwards.
   */
  destroy(): void;
}

/** The selectors of an annotation's target; `null` for a reply, whose target is another annotation. */
export function targetSelectors(annotation: Annotation): Selector[] | null {
  return typeof annotation.target === 'string' ? null : annotation.target.selector;
}

/**
 * The document's selection described over `index`, the rule both integrations share: a non-empty
 * selection whose ends both lie in the indexed text, spanning more than white space. `describe`
 * turns the span into selectors the way the document kind needs (a PDF adds its page).
 */
export function describeSelection(
  selection: Selection | null,
  indexOf: (range: Range) => TextIndex | null,
  describe: (index: TextIndex, span: TextSpan) => Selector[],
): DescribedSelection | null {
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  const index = indexOf(range);
  if (!index) return null;
  const start = index.offsetOf(range.startContainer, range.startOffset);
  const end = index.offsetOf(range.endContainer, range.endOffset);
  if (start === null || end === null || end <= start) return null;
  const quote = index.text.slice(start, end);
  if (quote.trim() === '') return null;
  const box = range.getBoundingClientRect();
  return {
    selectors: describe(index, { start, end }),
    quote,
    rect: { top: box.top, left: box.left, bottom: box.bottom, right: box.right },
  };
}
