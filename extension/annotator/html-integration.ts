import type { Annotation } from '../../shared/schemas/annotation';
import { describeSpan } from './anchoring';
import { describeSelection, targetSelectors, type DocumentIntegration, type HighlightStyle, type ShownAnnotation } from './document-integration';
import { createHighlightLayer, type LayerItem } from './highlight-layer';
import { KANTLIJN_UI_ATTRIBUTE } from './text-index';

function isInsideKantlijnUi(node: Node | null): boolean {
  const element = node instanceof Element ? node : node?.parentElement;
  return Boolean(element?.closest(`[${KANTLIJN_UI_ATTRIBUTE}]`));
}

/** Quiet time after the last page change before annotations are anchored again. */
const REANCHOR_DELAY_MS = 400;

/** Each annotation's selectors as text, computed once per annotation object (they are not changed in place). */
const selectorKeys = new WeakMap<Annotation, string>();

/** What decides whether an annotation's highlight must be drawn again: its selectors and its look. */
function highlightKey(annotation: Annotation, style: HighlightStyle): string {
  let selectors = selectorKeys.get(annotation);
  if (selectors === undefined) {
    selectors = JSON.stringify(targetSelectors(annotation));
    selectorKeys.set(annotation, selectors);
  }
  return `${selectors}\n${style.colour}\n${style.label}\n${style.hint ?? ''}`;
}

/**
 * The integration for ordinary web pages: the document text is the text of `<body>`. Annotations
 * target the page's own URL, or `options.sourceUrl` where the page is a copy of another (the
 * reader in the browser shows a report fetched from its own site).
 *
 * One MutationObserver (disconnected by `destroy`) follows the page's own changes: a change makes
 * the text index stale at once, and once the page is quiet, annotations not found yet and those
 * whose highlights the page removed (a single-page site replacing its content) are anchored again.
 */
export function createHtmlIntegration(document: Document, options: { sourceUrl?: string } = {}): DocumentIntegration {
  const watchers = new Set<() => void>();
  let settleTimer: ReturnType<typeof setTimeout> | undefined;
  let destroyed = false;
  const onRecords = (records: MutationRecord[]) => {
    if (!records.some((record) => !isInsideKantlijnUi(record.target))) return;
    layer.invalidate();
    clearTimeout(settleTimer);
    settleTimer = setTimeout(() => {
      layer.refresh();
      for (const onChange of [...watchers]) onChange();
    }, REANCHOR_DELAY_MS);
  };
  const observer = new MutationObserver(onRecords);
  const watch = () => observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  // Our own highlighting changes the DOM too: the watch is paused meanwhile (what the page changed
  // before is handled first), so it never triggers a loop and costs the drawing nothing.
  const layer = createHighlightLayer(document.body, {
    pause() {
      const pending = observer.takeRecords();
      observer.disconnect();
      if (pending.length > 0) onRecords(pending);
    },
    resume() {
      if (!destroyed) watch();
    },
  });
  watch();

  return {
    watchDocument(onChange) {
      watchers.add(onChange);
      return () => watchers.delete(onChange);
    },
    destroy() {
      destroyed = true;
      observer.disconnect();
      clearTimeout(settleTimer);
      watchers.clear();
      layer.destroy();
    },
    sourceUrl() {
      const url = new URL(options.sourceUrl ?? document.location.href);
      url.hash = '';
      return url.toString();
    },
    describeSelection() {
      return describeSelection(
        document.getSelection(),
        // The layer's index: a selection must not walk the whole page again (a 2 MB page would stall).
        (range) => (isInsideKantlijnUi(range.commonAncestorContainer) ? null : layer.textIndex()),
        describeSpan,
      );
    },
    focusAnnotation(annotationId) {
      const mark = layer.marksOf(annotationId)[0];
      if (!mark?.isConnected) return false;
      mark.scrollIntoView({ block: 'center', behavior: 'smooth' });
      mark.focus({ preventScroll: true });
      return true;
    },
    showAnnotations(annotations, styleOf, onProgress) {
      const items: LayerItem[] = [];
      const replies: ShownAnnotation[] = [];
      for (const annotation of annotations) {
        const selectors = targetSelectors(annotation);
        // A reply has no passage of its own: it is listed as an orphan.
        if (!selectors) replies.push({ annotation, status: 'orphan', start: null });
        else {
          const style = styleOf(annotation);
          items.push({ annotation, selectors, style, key: highlightKey(annotation, style) });
        }
      }
      const withReplies = (shown: ShownAnnotation[]) => (replies.length > 0 ? [...shown, ...replies] : shown);
      return withReplies(layer.show(items, onProgress && ((shown) => onProgress(withReplies(shown)))));
    },
  };
}
