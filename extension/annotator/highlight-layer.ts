import type { Annotation } from '../../shared/schemas/annotation';
import type { Selector } from '../../shared/schemas/selectors';
import { anchorSelectors, type AnchorStatus } from './anchoring';
import type { HighlightStyle, ShownAnnotation } from './document-integration';
import { forgetDescription, highlightSpan, unwrapHighlights } from './highlighter';
import { documentTextWalker, textIndexSteps, type TextIndex } from './text-index';
import { createSliceRunner, SLICE_MS } from './work-slices';

/** One annotation as the layer is asked to show it. */
export interface LayerItem {
  annotation: Annotation;
  selectors: Selector[];
  style: HighlightStyle;
  /** Changes exactly when the highlight must be anchored and drawn again (selectors or style). */
  key: string;
}

interface Entry extends LayerItem {
  /** How it fared; `null` while it waits to be anchored. */
  result: { status: AnchorStatus; start: number | null } | null;
  marks: HTMLElement[];
}

/** While anchoring runs over several tasks, how often the sidebar hears how far it got. */
const PROGRESS_EVERY_MS = 500;

/** The incremental highlights of a web page; see `createHighlightLayer`. */
export interface HighlightLayer {
  /**
   * Shows `items` (replacing what was shown): only annotations that are new or whose key changed
   * are anchored and drawn, only those gone or changed are removed. What fits in one short slice is
   * done now and returned; the rest continues in later tasks and `onProgress` hears the whole list
   * again as it goes. Annotations still waiting are left out of both lists.
   */
  show(items: readonly LayerItem[], onProgress?: (shown: ShownAnnotation[]) => void): ShownAnnotation[];
  /** The page's own text changed: the text index is stale from now on. */
  invalidate(): void;
  /** The page settled after a change: re-anchor orphans and highlights the page removed, in slices. */
  refresh(): void;
  /** The highlight elements of one annotation, in document order (empty when it has none). */
  marksOf(annotationId: string): readonly HTMLElement[];
  /** Stops work in progress; the highlights stay. */
  destroy(): void;
}

/**
 * Highlights of a web page keyed by annotation id. The page's text index is built once (in steps,
 * so a 2 MB page never blocks for long) and reused until the page's own text changes; highlighting
 * leaves it valid. Adding, changing or removing one annotation costs the work of that one.
 * `afterDrawing` runs after each burst of DOM changes of our own (to drop their mutation records).
 */
export function createHighlightLayer(root: HTMLElement, afterDrawing: () => void): HighlightLayer {
  const document = root.ownerDocument;
  let entries = new Map<string, Entry>();
  let index: TextIndex | null = null;
  let building: Generator<void, TextIndex, void> | null = null;
  /** Set by a page change: found highlights are checked once the new index is ready. */
  let recheck = false;
  let onProgress: ((shown: ShownAnnotation[]) => void) | undefined;
  let lastReport = 0;
  let unreported = false;

  function clear(entry: Entry): void {
    if (entry.marks.length > 0) {
      unwrapHighlights(entry.marks);
      forgetDescription(document, entry.annotation.id);
    }
    entry.marks = [];
    entry.result = null;
  }

  /** Builds the index as far as the deadline allows; true once it is ready. */
  function ensureIndex(deadline: number): boolean {
    if (index) return true;
    building ??= textIndexSteps(root);
    for (;;) {
      const step = building.next();
      if (step.done) {
        index = step.value;
        building = null;
        return true;
      }
      if (performance.now() >= deadline) return false;
    }
  }

  /** After a page change: orphans get another try, highlights the page took away are drawn again. */
  function checkFound(current: TextIndex): void {
    for (const entry of entries.values()) {
      if (!entry.result) continue;
      const first = entry.marks[0] ? documentTextWalker(entry.marks[0]).nextNode() : null;
      const start = first && entry.marks.every((mark) => mark.isConnected) ? current.offsetOf(first, 0) : null;
      if (entry.result.status === 'orphan' || start === null) clear(entry);
      else entry.result.start = start;
    }
  }

  function anchor(entry: Entry, current: TextIndex): void {
    try {
      const result = anchorSelectors(current, entry.selectors);
      entry.marks = result.span ? highlightSpan(current, result.span, { annotationId: entry.annotation.id, ...entry.style }) : [];
      entry.result = result.span && entry.marks.length > 0 ? { status: result.status, start: result.span.start } : { status: 'orphan', start: null };
    } catch {
      // This one stays an orphan; the rest are still highlighted.
      entry.result = { status: 'orphan', start: null };
    }
    unreported = true;
  }

  /** One slice: the index, then the waiting annotations, until the deadline. True when work is left. */
  function slice(deadline: number): boolean {
    try {
      if (!ensureIndex(deadline)) return true;
      const current = index!;
      if (recheck) {
        recheck = false;
        checkFound(current);
        unreported = true;
      }
      for (const entry of entries.values()) {
        if (entry.result) continue;
        if (performance.now() >= deadline) return true;
        anchor(entry, current);
      }
      return false;
    } finally {
      afterDrawing();
    }
  }

  function shownList(): ShownAnnotation[] {
    const shown: ShownAnnotation[] = [];
    for (const { annotation, result } of entries.values()) {
      if (result) shown.push({ annotation, status: result.status, start: result.start });
    }
    return shown;
  }

  const runner = createSliceRunner((deadline) => {
    const more = slice(deadline);
    if (unreported && (!more || performance.now() - lastReport >= PROGRESS_EVERY_MS)) {
      unreported = false;
      lastReport = performance.now();
      onProgress?.(shownList());
    }
    return more;
  });

  return {
    show(items, progress) {
      onProgress = progress;
      const next = new Map<string, Entry>();
      for (const item of items) {
        const id = item.annotation.id;
        const old = entries.get(id);
        if (old && old.key === item.key) {
          old.annotation = item.annotation;
          next.set(id, old);
          continue;
        }
        if (old) clear(old);
        next.set(id, { ...item, result: null, marks: [] });
      }
      for (const [id, old] of entries) if (!next.has(id)) clear(old);
      entries = next;
      afterDrawing();
      const more = slice(performance.now() + SLICE_MS);
      unreported = false;
      lastReport = performance.now();
      if (more) runner.request();
      return shownList();
    },
    invalidate() {
      index = null;
      building = null;
      recheck = true;
    },
    refresh() {
      runner.request();
    },
    marksOf(annotationId) {
      return entries.get(annotationId)?.marks ?? [];
    },
    destroy() {
      runner.stop();
    },
  };
}
