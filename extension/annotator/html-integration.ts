import { anchorSelectors, describeSpan, type TextSpan } from './anchoring';
import { describeSelection, targetSelectors, type DocumentIntegration, type HighlightStyle, type ShownAnnotation } from './document-integration';
import { highlightSpan, removeHighlights } from './highlighter';
import { buildTextIndex, KANTLIJN_UI_ATTRIBUTE, type TextIndex } from './text-index';

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

/**
 * The integration for ordinary web pages: the document text is the text of `<body>`. Annotations
 * target the page's own URL, or `options.sourceUrl` where the page is a copy of another (the
 * reader in the browser shows a report fetched from its own site).
 */
export function createHtmlIntegration(document: Document, options: { sourceUrl?: string } = {}): DocumentIntegration {
  /** Every watch still running, by the function that stops it. */
  const watches = new Set<() => void>();
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
      const stop = () => {
        clearTimeout(timer);
        observer.disconnect();
        observers.delete(observer);
        watches.delete(stop);
      };
      watches.add(stop);
      return stop;
    },
    destroy() {
      for (const stop of [...watches]) stop();
    },
    sourceUrl() {
      const url = new URL(options.sourceUrl ?? document.location.href);
      url.hash = '';
      return url.toString();
    },
    describeSelection() {
      return describeSelection(
        document.getSelection(),
        (range) => (isInsideKantlijnUi(range.commonAncestorContainer) ? null : buildTextIndex(document.body)),
        describeSpan,
      );
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
        const selectors = targetSelectors(annotation);
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
