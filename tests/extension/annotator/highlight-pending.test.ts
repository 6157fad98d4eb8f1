import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Annotation } from '../../../shared/schemas/annotation';
import type { ShownAnnotation } from '../../../extension/annotator/document-integration';
import { createHtmlIntegration } from '../../../extension/annotator/html-integration';
import { annotationOn } from './annotation-on';

const quote = (id: string, exact: string) => annotationOn(id, [{ type: 'TextQuoteSelector', exact }], 'http://127.0.0.1/rapport.html');
const style = (annotation: Annotation) => ({ colour: 'yellow', label: `Annotatie ${annotation.id}` });
const marks = (id: string) => [...document.querySelectorAll<HTMLElement>(`[data-annotation-id="${id}"]`)];
const textOf = (id: string) => marks(id).map((mark) => mark.textContent).join('');
const PAGE = Array.from({ length: 40 }, (_, i) => `<p>Bevinding ${i + 1} van het onderzoek.</p>`).join('');

beforeEach(() => {
  vi.useFakeTimers();
  document.body.innerHTML = PAGE;
  // Every reading of the clock moves it on 4 ms: a slice (12 ms) holds only a few annotations.
  let clock = 0;
  vi.spyOn(performance, 'now').mockImplementation(() => (clock += 4));
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.useRealTimers();
});

describe('highlights still waiting to be drawn', () => {
  it('never draws an annotation deleted while it waited, and draws the rest', async () => {
    const integration = createHtmlIntegration(document);
    const onProgress = vi.fn();
    const all = Array.from({ length: 40 }, (_, i) => quote(`n${i + 1}`, `Bevinding ${i + 1} van`));
    expect(integration.showAnnotations(all, style, onProgress).length).toBeLessThan(40);
    // n40 is deleted (and n1 too) before its slice came.
    const left = all.slice(1, 39);
    integration.showAnnotations(left, style, onProgress);
    await vi.runAllTimersAsync();
    expect(marks('n40')).toHaveLength(0);
    expect(marks('n1')).toHaveLength(0);
    const last = onProgress.mock.lastCall![0] as ShownAnnotation[];
    expect(last.map((item) => item.annotation.id)).toEqual(left.map((item) => item.id));
    expect(textOf('n39')).toBe('Bevinding 39 van');
    expect(document.querySelectorAll('[data-annotation-id]')).toHaveLength(38);
    integration.destroy();
  });

  it('draws in the right place when the page changes while highlights wait', async () => {
    const integration = createHtmlIntegration(document);
    const onProgress = vi.fn();
    const all = Array.from({ length: 40 }, (_, i) => quote(`n${i + 1}`, `Bevinding ${i + 1} van`));
    integration.showAnnotations(all, style, onProgress);
    // The page puts text before everything: every offset found so far is off from now on.
    document.body.insertAdjacentHTML('afterbegin', '<p>Een nieuwe inleiding van de pagina, lang genoeg om alles te verschuiven.</p>');
    await vi.runAllTimersAsync();
    for (let i = 1; i <= 40; i += 1) expect(textOf(`n${i}`)).toBe(`Bevinding ${i} van`);
    const last = onProgress.mock.lastCall![0] as ShownAnnotation[];
    expect(last).toHaveLength(40);
    expect(last.every((item) => item.status === 'anchored')).toBe(true);
    integration.destroy();
  });
});
