import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MARKER_ATTRIBUTE } from '../../../extension/annotator/pdf-highlights';
import { createPdfIntegration, type PdfPageHost } from '../../../extension/annotator/pdf-integration';
import { describePdfSpan } from '../../../extension/annotator/pdf-selectors';
import { joinPages, pageTextOf, type DocumentText, type PdfTextItem } from '../../../extension/annotator/pdf-document-text';
import type { RenderedPage } from '../../../extension/annotator/pdf-text-layer-index';
import { annotationOn } from './annotation-on';

const item = (str: string, hasEOL = true): PdfTextItem => ({ str, hasEOL, transform: [10, 0, 0, 10, 50, 700], width: 300, height: 10 });
const PAGES: PdfTextItem[][] = [
  [item('Voortgangsrapportage'), item('', true), item('De regio werkt samen aan veiligheid'), item('voor kinderen en jongeren, en', false)],
  [item('versterkt de samenwerking tussen'), item('gemeenten en partners.', false)],
  [item('Doel 2: blijvend bouwen.'), item('Een lerend stelsel.', false)],
];

let text: DocumentText;
let root: HTMLElement;
let rendered: Map<number, RenderedPage>;
let listeners: Set<(page: number) => void>;
let hostDestroyed: number;

/** Renders a page's text layer as pdf.js does: one span per item with text, a `<br>` at line ends. */
function renderPage(pageNumber: number): void {
  const element = root.querySelector<HTMLElement>(`[data-page-number="${pageNumber}"]`)!;
  const layer = document.createElement('div');
  layer.className = 'textLayer';
  const itemElements = PAGES[pageNumber - 1]!.map((entry) => {
    let span: HTMLElement | undefined;
    if (entry.str !== '') {
      span = document.createElement('span');
      span.textContent = entry.str;
      layer.append(span);
    }
    if (entry.hasEOL) layer.append(document.createElement('br'));
    return span;
  });
  element.append(layer);
  rendered.set(pageNumber, { page: text.pages[pageNumber - 1]!, itemElements });
  for (const listener of listeners) listener(pageNumber);
}

function host(): PdfPageHost {
  return {
    root,
    renderedPages: () => [...rendered.values()],
    pageElement: (pageNumber) => root.querySelector<HTMLElement>(`[data-page-number="${pageNumber}"]`),
    boxToPercent: () => ({ left: 10, top: 20, width: 50, height: 5 }),
    onPageRendered: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    showPage: async () => undefined,
    destroy: () => {
      hostDestroyed += 1;
    },
  };
}

const style = () => ({ colour: 'rgba(255, 213, 79, 0.55)', label: 'Annotatie' });
const integration = () => createPdfIntegration({ host: host(), text, sourceUrl: 'https://svmn.example/rapport.pdf', fingerprint: 'urn:x-pdf:0123456789abcdef' });
const spanOf = (quote: string) => ({ start: text.text.indexOf(quote), end: text.text.indexOf(quote) + quote.length });
const marksOf = (id: string) => [...root.querySelectorAll<HTMLElement>(`.textLayer [data-annotation-id="${id}"]`)];

beforeEach(() => {
  text = joinPages(PAGES.map((items, index) => pageTextOf(items, index + 1)));
  document.body.innerHTML = '<header>Bron: rapport.pdf</header><main id="pages"></main>';
  root = document.getElementById('pages')!;
  for (let pageNumber = 1; pageNumber <= PAGES.length; pageNumber += 1) root.insertAdjacentHTML('beforeend', `<div class="page" data-page-number="${pageNumber}"></div>`);
  rendered = new Map();
  listeners = new Set();
  hostDestroyed = 0;
  renderPage(1);
  renderPage(2);
});

afterEach(() => vi.useRealTimers());

describe('the PDF integration', () => {
  it('names the PDF by its URL and its fingerprint', () => {
    expect(integration().sourceUrl()).toBe('https://svmn.example/rapport.pdf');
    expect(integration().documentFingerprint?.()).toBe('urn:x-pdf:0123456789abcdef');
  });

  it('describes a selection across two text-layer elements on two pages over the whole text', () => {
    const from = root.querySelector('[data-page-number="1"] .textLayer span:last-of-type')!.firstChild as Text;
    const to = root.querySelector('[data-page-number="2"] .textLayer span')!.firstChild as Text;
    const range = document.createRange();
    range.setStart(from, from.data.indexOf('en jongeren'));
    range.setEnd(to, to.data.indexOf(' de samenwerking'));
    document.getSelection()!.removeAllRanges();
    document.getSelection()!.addRange(range);
    const described = integration().describeSelection();
    expect(described?.quote).toBe('en jongeren, en\nversterkt');
    expect(described?.selectors).toEqual(describePdfSpan(text, spanOf('en jongeren, en\nversterkt')));
    expect(described?.selectors).toContainEqual(expect.objectContaining({ type: 'FragmentSelector', value: 'page=1' }));
  });

  it('ignores selections outside the pages', () => {
    const range = document.createRange();
    range.selectNodeContents(document.querySelector('header')!);
    document.getSelection()!.removeAllRanges();
    document.getSelection()!.addRange(range);
    expect(integration().describeSelection()).toBeNull();
  });

  it('highlights on rendered pages, marks pages not rendered yet, and replaces the marker once the page renders', () => {
    const pdf = integration();
    const crossing = annotationOn('urn:uuid:a', describePdfSpan(text, spanOf('gemeenten en partners.\nDoel 2')));
    const [shown] = pdf.showAnnotations([crossing], style);
    expect(shown).toMatchObject({ status: 'anchored', start: spanOf('gemeenten').start });
    expect(marksOf('urn:uuid:a').map((mark) => mark.textContent).join('|')).toBe('gemeenten en partners.');
    const marker = root.querySelector(`[data-page-number="3"] > [${MARKER_ATTRIBUTE}][data-annotation-id="urn:uuid:a"]`);
    expect(marker).not.toBeNull();
    expect(marker!.getAttribute('aria-hidden')).toBe('true');

    renderPage(3);
    pdf.showAnnotations([crossing], style);
    expect(root.querySelector(`[${MARKER_ATTRIBUTE}]`)).toBeNull();
    expect(marksOf('urn:uuid:a').map((mark) => mark.textContent).join('|')).toBe('gemeenten en partners.|Doel 2');
    // One tab stop for the annotation, on its first page.
    expect(marksOf('urn:uuid:a').filter((mark) => mark.hasAttribute('tabindex'))).toHaveLength(1);
  });

  it('leaves unchanged pages alone when shown again, so a focused highlight keeps its element', () => {
    const pdf = integration();
    const first = annotationOn('urn:uuid:b', describePdfSpan(text, spanOf('werkt samen')));
    pdf.showAnnotations([first], style);
    const [mark] = marksOf('urn:uuid:b');
    const second = annotationOn('urn:uuid:c', describePdfSpan(text, spanOf('lerend stelsel')));
    pdf.showAnnotations([first, second], style);
    expect(marksOf('urn:uuid:b')[0]).toBe(mark);
    pdf.showAnnotations([second], style);
    expect(marksOf('urn:uuid:b')).toHaveLength(0);
    expect(root.querySelector('[data-page-number="1"] .textLayer')!.textContent).toBe('VoortgangsrapportageDe regio werkt samen aan veiligheidvoor kinderen en jongeren, en');
  });

  it('reports a passage that is not in this PDF as an orphan, drawing nothing', () => {
    const gone = annotationOn('urn:uuid:d', [{ type: 'TextQuoteSelector', exact: 'een zin die in dit rapport niet voorkomt', prefix: 'x', suffix: 'y' }]);
    expect(integration().showAnnotations([gone], style)[0]).toMatchObject({ status: 'orphan', start: null });
    expect(root.querySelector('[data-annotation-id]')).toBeNull();
  });

  it('calls back once after pages render together', () => {
    vi.useFakeTimers();
    const onChange = vi.fn();
    const stop = integration().watchDocument(onChange);
    for (const listener of listeners) {
      listener(3);
      listener(4);
    }
    vi.advanceTimersByTime(200);
    expect(onChange).toHaveBeenCalledTimes(1);
    stop();
    expect(listeners.size).toBe(0);
  });

  it('stops every watch and the pages themselves when destroyed, and calls nothing back afterwards', () => {
    vi.useFakeTimers();
    const onChange = vi.fn();
    const pdf = integration();
    pdf.watchDocument(onChange);
    pdf.watchDocument(onChange);
    expect(listeners.size).toBe(2);
    for (const listener of listeners) listener(3);
    pdf.destroy();
    vi.advanceTimersByTime(1_000);
    expect(listeners.size).toBe(0);
    expect(onChange).not.toHaveBeenCalled();
    expect(hostDestroyed).toBe(1);
  });
});
