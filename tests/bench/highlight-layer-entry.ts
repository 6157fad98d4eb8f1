// Bundled by highlight-layer-bench.ts into a script for a plain Chromium page: the web-page
// integration exactly as the content script uses it, with the measurements that run in the page.
import type { Annotation } from '../../shared/schemas/annotation';
import type { ShownAnnotation } from '../../extension/annotator/document-integration';
import { createHtmlIntegration } from '../../extension/annotator/html-integration';

/** An annotation on this page with a quote selector only (so each is searched for in the text). */
function finding(id: string, number: number): Annotation {
  const exact = `Bevinding ${number}: de samenwerking met de lokale teams verloopt beter dan vorig jaar.`;
  return { id, type: 'Annotation', target: { source: location.href, selector: [{ type: 'TextQuoteSelector', exact }] } } as unknown as Annotation;
}

const style = (annotation: Annotation) => ({ colour: 'rgba(255, 213, 79, 0.55)', label: `Annotatie ${annotation.id}`, hint: 'Enter opent de opmerking.' });

/** Shows `list` and resolves once every annotation in it has been anchored (found or not). */
function showAll(integration: ReturnType<typeof createHtmlIntegration>, list: Annotation[]): Promise<void> {
  return new Promise((resolve) => {
    const done = (shown: ShownAnnotation[]) => {
      if (shown.length === list.length) resolve();
    };
    done(integration.showAnnotations(list, style, done));
  });
}

/** Time of `count` annotations shown at first, then of single updates (add, edit, delete) with them shown. */
async function measureUpdates(count: number): Promise<{ characters: number; first: number; add: number[]; edit: number[]; remove: number[] }> {
  const integration = createHtmlIntegration(document);
  const list = Array.from({ length: count }, (_, i) => finding(`a${i + 1}`, i + 1));
  const started = performance.now();
  await showAll(integration, list);
  const first = performance.now() - started;
  const add: number[] = [];
  const edit: number[] = [];
  const remove: number[] = [];
  const timed = (into: number[], next: Annotation[]) => {
    const before = performance.now();
    integration.showAnnotations(next, style);
    into.push(performance.now() - before);
  };
  for (let round = 0; round < 21; round++) {
    timed(add, [...list, finding('extra', count + round * 2 + 1)]);
    timed(edit, [...list, finding('extra', count + round * 2 + 2)]);
    timed(remove, list);
  }
  const marked = new Set([...document.querySelectorAll('[data-annotation-id]')].map((mark) => mark.getAttribute('data-annotation-id'))).size;
  if (marked !== count) throw new Error(`expected ${count} highlights, found ${marked}`);
  integration.destroy();
  return { characters: document.body.textContent.length, first, add, edit, remove };
}

/** Time until `count` annotations spread over the page are shown, and the longest task meanwhile. */
async function measureLongPage(count: number): Promise<{ characters: number; total: number; longest: number; longTasks: number }> {
  const characters = document.body.textContent.length;
  const paragraphs = document.querySelectorAll('p').length;
  const step = Math.floor(paragraphs / count);
  const list = Array.from({ length: count }, (_, i) => finding(`a${i + 1}`, i * step + 1));
  const entries: PerformanceEntry[] = [];
  const observer = new PerformanceObserver((found) => entries.push(...found.getEntries()));
  observer.observe({ type: 'longtask' });
  // The page's own parsing and layout are long tasks too: only tasks from the first call on count.
  const started = performance.now();
  const integration = await new Promise<ReturnType<typeof createHtmlIntegration>>((resolve) => {
    setTimeout(() => {
      const made = createHtmlIntegration(document);
      void showAll(made, list).then(() => resolve(made));
    }, 0);
  });
  const total = performance.now() - started;
  // A long task is reported once it has ended, after the task that saw the work finish: give the
  // browser a moment to queue the entries before they are read.
  await new Promise((resolve) => setTimeout(resolve, 250));
  entries.push(...observer.takeRecords());
  observer.disconnect();
  integration.destroy();
  const ours = entries.filter((entry) => entry.startTime >= started);
  return { characters, total, longest: Math.max(0, ...ours.map((entry) => entry.duration)), longTasks: ours.length };
}

(globalThis as typeof globalThis & { kantlijnBench?: unknown }).kantlijnBench = { measureUpdates, measureLongPage };
