import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Annotation } from '../../../shared/schemas/annotation';
import type { ShownAnnotation } from '../../../extension/annotator/document-integration';
import { createHtmlIntegration } from '../../../extension/annotator/html-integration';
import { buildTextIndex } from '../../../extension/annotator/text-index';
import { annotationOn } from './annotation-on';

beforeEach(() => {
  vi.useFakeTimers();
  document.body.innerHTML = '<main><p id="p">Het rapport verschijnt in delen.</p></main>';
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

/** Lets the DOM report mutations, then lets the re-anchoring delay pass. */
async function settle(): Promise<void> {
  await vi.advanceTimersByTimeAsync(1_000);
}

describe('the web-page integration', () => {
  it('hears the page change while watched, and nothing once destroyed', async () => {
    const integration = createHtmlIntegration(document);
    const onChange = vi.fn();
    integration.watchDocument(onChange);
    document.getElementById('p')!.append(' Een tweede deel.');
    await settle();
    // Positive control: a change in the page is noticed.
    expect(onChange).toHaveBeenCalledTimes(1);

    integration.destroy();
    document.getElementById('p')!.append(' Een derde deel.');
    await settle();
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  it('stops a change already waiting for its delay when destroyed', async () => {
    const integration = createHtmlIntegration(document);
    const onChange = vi.fn();
    integration.watchDocument(onChange);
    document.getElementById('p')!.append(' Meer.');
    await vi.advanceTimersByTimeAsync(0);
    integration.destroy();
    await settle();
    expect(onChange).not.toHaveBeenCalled();
  });
});

/** An annotation on the test page that quotes `exact`. */
const quoteAnnotation = (id: string, exact: string) => annotationOn(id, [{ type: 'TextQuoteSelector', exact }], 'http://127.0.0.1/rapport.html');

const REPORT = '<p>Wij nodigen gemeenten en partners uit om mee te lezen.</p><p>Drie werkgroepen leverden hun resultaten op.</p><p>De wachtlijst is korter geworden.</p>';
const style = (annotation: Annotation) => ({ colour: annotation.id === 'c' ? 'lightblue' : 'yellow', label: `Annotatie ${annotation.id}` });
const marks = (id: string) => [...document.querySelectorAll<HTMLElement>(`[data-annotation-id="${id}"]`)];
const textOf = (id: string) => marks(id).map((mark) => mark.textContent).join('');

describe('highlights one annotation at a time', () => {
  beforeEach(() => {
    document.body.innerHTML = REPORT;
  });

  it('describes a selection across a highlight\'s edge as on the plain page, and again after the page changed', async () => {
    const integration = createHtmlIntegration(document);
    integration.watchDocument(() => undefined);
    integration.showAnnotations([quoteAnnotation('a', 'gemeenten en partners')], style);
    expect(textOf('a')).toBe('gemeenten en partners');
    /** Selects "partners uit om": from inside the highlight to the plain text after it. */
    const selectAcross = (): void => {
      const range = document.createRange();
      const start = marks('a')[0]!.firstChild!; // "gemeenten en partners", inside the highlight
      const after = marks('a')[0]!.nextSibling!; // " uit om mee te lezen." after it
      range.setStart(start, 'gemeenten en '.length);
      range.setEnd(after, ' uit om'.length);
      document.getSelection()!.removeAllRanges();
      document.getSelection()!.addRange(range);
    };
    selectAcross();
    const described = integration.describeSelection();
    expect(described?.quote).toBe('partners uit om');
    const position = described?.selectors.find((selector) => selector.type === 'TextPositionSelector');
    const plainText = buildTextIndex(document.body).text;
    expect(position && 'start' in position ? plainText.slice(position.start, position.end) : null).toBe('partners uit om');

    // The page puts a paragraph before it: the next description counts with the new text.
    document.body.insertAdjacentHTML('afterbegin', '<p>Voorwoord van de directeur.</p>');
    await settle();
    selectAcross();
    const again = integration.describeSelection()?.selectors.find((selector) => selector.type === 'TextPositionSelector');
    const newText = buildTextIndex(document.body).text;
    expect(again && 'start' in again ? [again.start > (position as { start: number }).start, newText.slice(again.start, again.end)] : null).toEqual([true, 'partners uit om']);
    integration.destroy();
  });

  it('adds, changes and removes one highlight without touching the others', () => {
    const integration = createHtmlIntegration(document);
    const a = quoteAnnotation('a', 'gemeenten en partners');
    const b = quoteAnnotation('b', 'Drie werkgroepen');
    integration.showAnnotations([a, b], style);
    const [markA] = marks('a');
    const [markB] = marks('b');
    expect(textOf('a')).toBe('gemeenten en partners');

    // A live update adds one, overlapping the first: the others keep their very elements.
    const c = quoteAnnotation('c', 'partners uit om');
    const shown = integration.showAnnotations([a, b, c], style);
    expect(shown.map((item) => [item.annotation.id, item.status])).toEqual([['a', 'anchored'], ['b', 'anchored'], ['c', 'anchored']]);
    expect(textOf('c')).toBe('partners uit om');
    expect(marks('a')[0]).toBe(markA);
    expect(marks('b')[0]).toBe(markB);

    // An edit that moves b: b is drawn again, a and c stay.
    const [markC] = marks('c');
    const edited = quoteAnnotation('b', 'De wachtlijst');
    integration.showAnnotations([a, edited, c], style);
    expect(textOf('b')).toBe('De wachtlijst');
    expect(marks('a')[0]).toBe(markA);
    expect(marks('c')[0]).toBe(markC);

    // A delete removes a only; the page's text is as it was.
    integration.showAnnotations([edited, c], style);
    expect(marks('a')).toHaveLength(0);
    expect(marks('c')[0]).toBe(markC);
    expect(textOf('c')).toBe('partners uit om');
    const fresh = document.createElement('div');
    fresh.innerHTML = REPORT;
    expect(buildTextIndex(document.body).text).toBe(buildTextIndex(fresh).text);
    integration.destroy();
  });

  it('anchors a passage that appears later, and draws again what a single-page site replaced', async () => {
    const integration = createHtmlIntegration(document);
    const onProgress = vi.fn();
    const late = quoteAnnotation('late', 'Het vervolg staat in deel twee.');
    const kept = quoteAnnotation('kept', 'Drie werkgroepen');
    const first = integration.showAnnotations([late, kept], style, onProgress);
    expect(first.map((item) => item.status)).toEqual(['orphan', 'anchored']);

    document.body.insertAdjacentHTML('beforeend', '<p>Het vervolg staat in deel twee.</p>');
    await settle();
    expect(textOf('late')).toBe('Het vervolg staat in deel twee.');
    expect(onProgress).toHaveBeenLastCalledWith([
      expect.objectContaining({ status: 'anchored', start: expect.any(Number) }),
      expect.objectContaining({ status: 'anchored', start: expect.any(Number) }),
    ]);

    // The page swaps its content for a new copy of the same report (as a single-page site does).
    document.body.innerHTML = REPORT;
    await settle();
    expect(textOf('kept')).toBe('Drie werkgroepen');
    expect(marks('kept').every((mark) => mark.isConnected)).toBe(true);
    const last = onProgress.mock.lastCall![0] as ShownAnnotation[];
    expect(last.map((item) => [item.annotation.id, item.status])).toEqual([['late', 'orphan'], ['kept', 'anchored']]);
    integration.destroy();
  });

  it('anchors a long list over several tasks, telling how far it got', async () => {
    document.body.innerHTML = Array.from({ length: 40 }, (_, i) => `<p>Bevinding ${i + 1} van het onderzoek.</p>`).join('');
    // Every reading of the clock moves it on 4 ms: a slice (12 ms) holds only a few annotations.
    let clock = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => (clock += 4));
    const integration = createHtmlIntegration(document);
    const onProgress = vi.fn();
    const annotations = Array.from({ length: 40 }, (_, i) => quoteAnnotation(`n${i + 1}`, `Bevinding ${i + 1} van`));
    const first = integration.showAnnotations(annotations, style, onProgress);
    expect(first.length).toBeLessThan(40);
    await vi.runAllTimersAsync();
    // Told along the way, not only at the end: each report holds at least as many as the one before.
    const reports = onProgress.mock.calls.map(([shown]) => (shown as ShownAnnotation[]).filter((item) => item.status === 'anchored').length);
    expect(reports.length).toBeGreaterThan(1);
    expect(reports[0]).toBeLessThan(40);
    expect(reports).toEqual([...reports].sort((a, b) => a - b));
    const last = onProgress.mock.lastCall![0] as ShownAnnotation[];
    expect(last).toHaveLength(40);
    expect(last.every((item) => item.status === 'anchored')).toBe(true);
    expect(textOf('n40')).toBe('Bevinding 40 van');
    integration.destroy();
  });
});

describe('the page watch', () => {
  it('uses one observer, which destroy disconnects', () => {
    const Original = globalThis.MutationObserver;
    const live = new Set<MutationObserver>();
    class Counted extends Original {
      override observe(target: Node, options?: MutationObserverInit): void {
        live.add(this);
        super.observe(target, options);
      }
      override disconnect(): void {
        live.delete(this);
        super.disconnect();
      }
    }
    globalThis.MutationObserver = Counted;
    try {
      const integration = createHtmlIntegration(document);
      integration.watchDocument(() => {});
      integration.watchDocument(() => {});
      integration.showAnnotations([quoteAnnotation('a', 'rapport verschijnt')], style);
      expect(live.size).toBe(1);
      integration.destroy();
      expect(live.size).toBe(0);
    } finally {
      globalThis.MutationObserver = Original;
    }
  });
});
