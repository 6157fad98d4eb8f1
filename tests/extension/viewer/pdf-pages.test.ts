import type { PDFDocumentProxy, PageViewport } from 'pdfjs-dist';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createPdfPages } from '../../../extension/viewer/pdf-pages';

/** Records what every IntersectionObserver made meanwhile watches, so a test can see it let go. */
class RecordingObserver {
  static made: RecordingObserver[] = [];
  watched = new Set<Element>();
  constructor() {
    RecordingObserver.made.push(this);
  }
  observe(element: Element) {
    this.watched.add(element);
  }
  unobserve(element: Element) {
    this.watched.delete(element);
  }
  disconnect() {
    this.watched.clear();
  }
  takeRecords() {
    return [];
  }
}

/** Counts the listeners added to and removed from a target, by event type. */
function countListeners(target: EventTarget): Map<string, number> {
  const live = new Map<string, number>();
  const add = target.addEventListener.bind(target);
  const remove = target.removeEventListener.bind(target);
  vi.spyOn(target, 'addEventListener').mockImplementation((type, listener, options) => {
    live.set(type, (live.get(type) ?? 0) + 1);
    add(type, listener, options);
  });
  vi.spyOn(target, 'removeEventListener').mockImplementation((type, listener, options) => {
    live.set(type, (live.get(type) ?? 0) - 1);
    remove(type, listener, options);
  });
  return live;
}

const viewport = { width: 600, height: 800, scale: 1, clone: () => viewport } as unknown as PageViewport;
/** A PDF of three pages that never finish loading: this test is about listeners, not drawing. */
const pdf = { numPages: 3, getPage: () => new Promise(() => undefined) } as unknown as PDFDocumentProxy;

let root: HTMLElement;
beforeEach(() => {
  RecordingObserver.made = [];
  vi.stubGlobal('IntersectionObserver', RecordingObserver);
  document.body.innerHTML = '<main id="pages"></main>';
  root = document.getElementById('pages')!;
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe("the viewer's pages", () => {
  it('lay out one labelled placeholder per page', () => {
    createPdfPages(root, pdf, { scale: 1, firstViewport: viewport, textContentOf: () => new Promise(() => undefined), pageLabel: (n) => `Pagina ${n}` });
    expect([...root.querySelectorAll('.page')].map((page) => page.getAttribute('aria-label'))).toEqual(['Pagina 1', 'Pagina 2', 'Pagina 3']);
  });

  it('remove every listener and observer they set when destroyed', () => {
    const counts = [countListeners(root), countListeners(document), countListeners(window)];
    const pages = createPdfPages(root, pdf, { scale: 1, firstViewport: viewport, textContentOf: () => new Promise(() => undefined), pageLabel: (n) => `Pagina ${n}` });
    const onRendered = vi.fn();
    pages.onRendered(onRendered);
    const added = counts.flatMap((count) => [...count.values()]).reduce((sum, value) => sum + value, 0);
    const watching = RecordingObserver.made.reduce((sum, observer) => sum + observer.watched.size, 0);
    // Positive control: there is something to remove in the first place.
    expect(added).toBeGreaterThanOrEqual(3);
    expect(watching).toBe(6);

    pages.destroy();
    for (const count of counts) for (const [type, live] of count) expect(live, type).toBe(0);
    expect(RecordingObserver.made.every((observer) => observer.watched.size === 0)).toBe(true);
  });

  it('end a drag-selection on pointer-up while alive, and no longer after being destroyed', () => {
    const pages = createPdfPages(root, pdf, { scale: 1, firstViewport: viewport, textContentOf: () => new Promise(() => undefined), pageLabel: (n) => `Pagina ${n}` });
    const layer = document.createElement('div');
    layer.className = 'textLayer';
    root.querySelector('.page')!.append(layer);
    layer.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }));
    expect(root.classList.contains('selecting')).toBe(true);
    document.dispatchEvent(new PointerEvent('pointerup'));
    expect(root.classList.contains('selecting')).toBe(false);
    pages.destroy();
    layer.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }));
    expect(root.classList.contains('selecting')).toBe(false);
  });
});
