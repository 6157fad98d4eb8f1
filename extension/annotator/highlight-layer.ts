import type { Annotation } from '../../shared/schemas/annotation';
import type { Selector } from '../../shared/schemas/selectors';
import { anchorSelectors, type AnchorStatus, type TextSpan } from './anchoring';
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
  /** How it fared; `null` while it waits to be anchored or drawn. */
  result: { status: AnchorStatus; start: number | null } | null;
  /** Where it was found, while it waits to be drawn there. */
  found: { status: 'anchored' | 'moved'; span: TextSpan } | null;
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
  /**
   * The page's text index, as anchoring uses it (finished now if it is still being built): valid
   * through highlighting, rebuilt after the page's own text changes.
   */
  textIndex(): TextIndex;
  /** The page's own text changed: the text index is stale from now on. */
  invalidate(): void;
  /** The page settled after a change: re-anchor orphans and highlights the page removed, in slices. */
  refresh(): void;
  /** The highlight elements of one annotation, in document order (empty when it has none). */
  marksOf(annotationId: string): readonly HTMLElement[];
  /** Stops work in progress; the highlights stay. */
  destroy(): void;
}

/** How the layer's own DOM changes are kept out of the page watch: it is paused around them. */
export interface OwnChanges {
  pause(): void;
  resume(): void;
}

/**
 * Highlights of a web page keyed by annotation id. The page's text index is built once (in steps,
 * so a 2 MB page never blocks for long) and reused until the page's own text changes; highlighting
 * leaves it valid. Adding, changing or removing one annotation costs the work of that one.
 * Every burst of DOM changes of its own happens between `ownChanges.pause()` and `resume()`.
 */
export function createHighlightLayer(root: HTMLElement, ownChanges: OwnChanges): HighlightLayer {
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
    entry.found = null;
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
      // A place found in the old text is anchored again in the new.
      entry.found = null;
      if (!entry.result) continue;
      const first = entry.marks[0] ? documentTextWalker(entry.marks[0]).nextNode() : null;
      const start = first && entry.marks.every((mark) => mark.isConnected) ? current.offsetOf(first, 0) : null;
      if (entry.result.status === 'orphan' || start === null) clear(entry);
      else entry.result.start = start;
    }
  }

  /** Finds where an annotation is; touches no DOM, so anchoring in slices costs the page no layout. */
  function anchor(entry: Entry, current: TextIndex): void {
    const result = anchorSelectors(current, entry.selectors);
    if (result.span) entry.found = { status: result.status, span: result.span };
    else {
      entry.result = { status: 'orphan', start: null };
      unreported = true;
    }
  }

  function draw(entry: Entry, found: NonNullable<Entry['found']>, current: TextIndex): void {
    try {
      entry.marks = highlightSpan(current, found.span, { annotationId: entry.annotation.id, ...entry.style });
      entry.result = entry.marks.length > 0 ? { status: found.status, start: found.span.start } : { status: 'orphan', start: null };
    } catch {
      // This one stays an orphan; the rest are still highlighted.
      entry.result = { status: 'orphan', start: null };
    }
    entry.found = null;
    unreported = true;
  }

  /**
   * One slice: the index, then finding the waiting annotations, then drawing them, until the
   * deadline. Drawing comes last and together, so the page lays itself out again once rather than
   * after every slice. True when work is left.
   */
  function slice(deadline: number): boolean {
    ownChanges.pause();
    try {
      if (!ensureIndex(deadline)) return true;
      const current = index!;
      if (recheck) {
        recheck = false;
        checkFound(current);
        unreported = true;
      }
      for (const entry of entries.values()) {
        if (entry.result || entry.found) continue;
        if (performance.now() >= deadline) return true;
        anchor(entry, current);
      }
      for (const entry of entries.values()) {
        if (!entry.found) continue;
        if (performance.now() >= deadline) return true;
        draw(entry, entry.found, current);
      }
      return false;
    } finally {
      ownChanges.resume();
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
      ownChanges.pause();
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
        next.set(id, { ...item, result: null, found: null, marks: [] });
      }
      for (const [id, old] of entries) if (!next.has(id)) clear(old);
      entries = next;
      ownChanges.resume();
      const more = slice(performance.now() + SLICE_MS);
      unreported = false;
      lastReport = performance.now();
      if (more) runner.request();
      return shownList();
    },
    textIndex() {
      ensureIndex(Infinity);
      return index!;
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
