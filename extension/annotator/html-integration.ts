import type { Annotation } from '../../shared/schemas/annotation';
import type { Selector } from '../../shared/schemas/selectors';
import { anchorSelectors, describeSpan, type AnchorStatus, type TextSpan } from './anchoring';
import { highlightSpan, removeHighlights } from './highlighter';
import { buildTextIndex, KANTLIJN_UI_ATTRIBUTE, type TextIndex } from './text-index';

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
 * user's selection into selectors, and showing annotations as highlights.
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
  /** Replaces all highlights by those of `annotations`; one failure never stops the others. */
  showAnnotations(annotations: readonly Annotation[], styleOf: (annotation: Annotation) => HighlightStyle): ShownAnnotation[];
}

function isInsideKantlijnUi(node: Node | null): boolean {
  const element = node instanceof Element ? node : node?.parentElement;
  return Boolean(element?.closest(`[${KANTLIJN_UI_ATTRIBUTE}]`));
}

/** Quiet time after the last page change before annotations are anchored again. */
const REANCHOR_DELAY_MS = 400;

/**
 * Highlights every span with one text index, working from the end of the document backwards:
 * splitting a text node keeps its first part in the original node, so positions before the last
 * highlight stay valid. Only when spans overlap is the index built again. Returns the ids that got
 * a highlight; one failure never stops the others.
 */
function highlightAll(root: HTMLElement, first: TextIndex, items: { id: string; span: TextSpan; style: HighlightStyle }[]): Set<string> {
  const marked = new Set<string>();
  let index = first;
  let lowestStart = Number.POSITIVE_INFINITY;
  for (const item of [...items].sort((a, b) => b.span.start - a.span.start || b.span.end - a.span.end)) {
    try {
      if (item.span.end > lowestStart) index = buildTextIndex(root);
      if (highlightSpan(index, item.span, { annotationId: item.id, ...item.style }).length > 0) marked.add(item.id);
      lowestStart = Math.min(lowestStart, item.span.start);
    } catch {
      // This one stays an orphan; the rest are still highlighted.
    }
  }
  return marked;
}

function selectorsOf(annotation: Annotation): Selector[] | null {
  return typeof annotation.target === 'string' ? null : annotation.target.selector;
}

/**
 * The integration for ordinary web pages: the document text is the text of `<body>`. Annotations
 * target the page's own URL, or `options.sourceUrl` where the page is a copy of another (the
 * reader in the browser shows a report fetched from its own site).
 */
export function createHtmlIntegration(document: Document, options: { sourceUrl?: string } = {}): DocumentIntegration {
  const observers = new Set<MutationObserver>();
  /** Drops the records our own highlighting caused, so it never triggers a re-anchoring loop. */
  const forgetOwnMutations = () => {
    for (const observer of observers) observer.takeRecords();
  };
  return {
    watchDocument(onChange) {
      let timer: ReturnType<typeof setTimeout> | undefined;
      const observer = new MutationObserver((records) => {
        const foreign = records.some((record) => !isInsideKantlijnUi(record.target));
        if (!foreign) return;
        clearTimeout(timer);
        timer = setTimeout(onChange, REANCHOR_DELAY_MS);
      });
      observer.observe(document.body, { childList: true, subtree: true, characterData: true });
      observers.add(observer);
      return () => {
        clearTimeout(timer);
        observer.disconnect();
        observers.delete(observer);
      };
    },
    sourceUrl() {
      const url = new URL(options.sourceUrl ?? document.location.href);
      url.hash = '';
      return url.toString();
    },
    describeSelection() {
      const selection = document.getSelection();
      if (!selection || selection.isCollapsed || selection.rangeCount === 0) return null;
      const range = selection.getRangeAt(0);
      if (isInsideKantlijnUi(range.commonAncestorContainer)) return null;
      const index = buildTextIndex(document.body);
      const start = index.offsetOf(range.startContainer, range.startOffset);
      const end = index.offsetOf(range.endContainer, range.endOffset);
      if (start === null || end === null || end <= start) return null;
      const quote = index.text.slice(start, end);
      if (quote.trim() === '') return null;
      const box = range.getBoundingClientRect();
      return {
        selectors: describeSpan(index, { start, end }),
        quote,
        rect: { top: box.top, left: box.left, bottom: box.bottom, right: box.right },
      };
    },
    focusAnnotation(annotationId) {
      const mark = document.querySelector<HTMLElement>(`[data-annotation-id="${CSS.escape(annotationId)}"]`);
      if (!mark) return false;
      mark.scrollIntoView({ block: 'center', behavior: 'smooth' });
      mark.focus({ preventScroll: true });
      return true;
    },
    showAnnotations(annotations, styleOf) {
      removeHighlights(document.body);
      const index = buildTextIndex(document.body);
      const anchored = annotations.map((annotation) => {
        const selectors = selectorsOf(annotation);
        if (!selectors) return { annotation, result: { status: 'orphan' as const, span: null } };
        return { annotation, result: anchorSelectors(index, selectors) };
      });
      const marked = highlightAll(
        document.body,
        index,
        anchored.flatMap(({ annotation, result }) => (result.span ? [{ id: annotation.id, span: result.span, style: styleOf(annotation) }] : [])),
      );
      forgetOwnMutations();
      return anchored.map(({ annotation, result }): ShownAnnotation =>
        result.span && marked.has(annotation.id)
          ? { annotation, status: result.status, start: result.span.start }
          : { annotation, status: 'orphan', start: null },
      );
    },
  };
}
