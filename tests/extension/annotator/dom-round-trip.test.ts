import { beforeEach, describe, expect, it } from 'vitest';
import { anchorSelectors, describeSpan } from '../../../extension/annotator/anchoring';
import { HIGHLIGHT_TAG, highlightSpan, removeHighlights } from '../../../extension/annotator/highlighter';
import { buildTextIndex, KANTLIJN_UI_ATTRIBUTE } from '../../../extension/annotator/text-index';

/** Pages of our own, each with a passage (between « and ») that crosses markup of one kind. */
const PAGES: [string, string][] = [
  ['nested inline markup', '<p>De cliëntambassadeurs <em>organiseerden <strong>«zes bijeenkomsten</strong> met</em> jongeren» in deze periode.</p>'],
  ['a list', '<ul><li>Overleg met de «Raad voor de Kinderbescherming.</li><li>Een werkgroep» met het AKJ.</li></ul>'],
  ['a table', '<table><tr><td>3.1 «Welzijn</td><td>Loopt volgens» planning</td></tr></table>'],
  ['a link and a line break', '<p>Zie de <a href="#x">«jongerenraad</a><br>in de vooruitblik» hieronder.</p>'],
  ['a hidden element inside', '<p>Het «aantal <span hidden>verborgen</span>deelnemers» lag lager.</p>'],
  ['a whole paragraph', '<h2>Doel 3</h2><p>«Drie werkgroepen leverden hun eindresultaten op.»</p><p>Daarna.</p>'],
];

/** Puts the page without markers in the document, with Kantlijn's UI and a script beside it. */
function load(html: string): void {
  document.body.innerHTML = `${html.replace('«', '').replace('»', '')}<div ${KANTLIJN_UI_ATTRIBUTE}>Annoteren Opslaan</div><script>var x = 1;</script>`;
}

/** The span between the markers, found in the index text of the page without markers. */
function markedSpan(html: string): { start: number; end: number } {
  const withMarkers = document.createElement('div');
  withMarkers.innerHTML = html;
  const text = buildTextIndex(withMarkers).text;
  const start = text.indexOf('«');
  const end = text.indexOf('»') - 1;
  return { start, end };
}

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('DOM round trips: describe a span, anchor it again, highlight it', () => {
  it.each(PAGES)('%s', (_name, html) => {
    const span = markedSpan(html);
    load(html);
    const index = buildTextIndex(document.body);
    expect(index.text).not.toContain('Annoteren');
    expect(index.text).not.toContain('var x');
    const passage = index.text.slice(span.start, span.end);

    const selectors = describeSpan(index, span);
    expect(selectors[0]).toMatchObject({ type: 'TextQuoteSelector', exact: passage });
    expect(selectors[1]).toEqual({ type: 'TextPositionSelector', start: span.start, end: span.end });

    const anchored = anchorSelectors(buildTextIndex(document.body), selectors);
    expect(anchored).toEqual({ status: 'anchored', span });

    const marks = highlightSpan(index, span, { annotationId: 'urn:uuid:a', colour: 'yellow', label: 'Annotatie' });
    expect(marks.length).toBeGreaterThan(0);
    // White-space-only text nodes between blocks are left unwrapped; everything else is marked.
    const collapse = (value: string) => value.replace(/\s+/g, '');
    expect(collapse(marks.map((mark) => mark.textContent).join(''))).toBe(collapse(passage));
    expect(buildTextIndex(document.body).text).toBe(index.text);

    removeHighlights(document.body);
    expect(document.body.querySelector(HIGHLIGHT_TAG)).toBeNull();
    expect(buildTextIndex(document.body).text).toBe(index.text);
  });

  it('maps DOM boundary points to offsets and back', () => {
    document.body.innerHTML = '<p>Eén <b>twee</b> drie</p>';
    const index = buildTextIndex(document.body);
    const bold = document.querySelector('b')!;
    expect(index.offsetOf(bold, 0)).toBe(4);
    expect(index.offsetOf(bold.firstChild!, 2)).toBe(6);
    expect(index.offsetOf(bold, 1)).toBe(8);
    const point = index.pointAt(6)!;
    expect(point.node.data).toBe('twee');
    expect(point.offset).toBe(2);
  });

  it('anchors a passage whose stored position is stale by its quote, and orphans one that is gone', () => {
    document.body.innerHTML = '<p>Nieuwe inleiding van de herziene versie.</p><p>De spiegelbijeenkomsten zijn digitaal voortgezet.</p>';
    const selectors = [
      { type: 'TextQuoteSelector' as const, exact: 'spiegelbijeenkomsten zijn digitaal', prefix: 'De ', suffix: ' voortgezet.' },
      { type: 'TextPositionSelector' as const, start: 3, end: 37 },
    ];
    const index = buildTextIndex(document.body);
    const result = anchorSelectors(index, selectors);
    expect(result.status).toBe('anchored');
    expect(result.span && index.text.slice(result.span.start, result.span.end)).toBe('spiegelbijeenkomsten zijn digitaal');

    document.body.innerHTML = '<p>Een heel andere tekst over de begroting van volgend jaar.</p>';
    expect(anchorSelectors(buildTextIndex(document.body), selectors)).toEqual({ status: 'orphan', span: null });
  });

  it('keeps highlights of overlapping annotations both', () => {
    document.body.innerHTML = '<p>Wij nodigen gemeenten en partners uit om als critical friend mee te lezen.</p>';
    let index = buildTextIndex(document.body);
    const text = index.text;
    highlightSpan(index, { start: text.indexOf('gemeenten'), end: text.indexOf(' uit') }, { annotationId: 'a', colour: 'yellow', label: 'A' });
    index = buildTextIndex(document.body);
    highlightSpan(index, { start: text.indexOf('partners'), end: text.indexOf(' mee') }, { annotationId: 'b', colour: 'blue', label: 'B' });
    const textOf = (id: string) => [...document.querySelectorAll(`[data-annotation-id="${id}"]`)].map((mark) => mark.textContent).join('');
    expect(textOf('a')).toBe('gemeenten en partners');
    expect(textOf('b')).toBe('partners uit om als critical friend');
  });
});
