import { describe, expect, it } from 'vitest';
import { boxOfSpan } from '../../../extension/annotator/pdf-highlights';
import { itemAt, joinPages, pageTextOf, type PdfTextItem } from '../../../extension/annotator/pdf-document-text';
import { describePdfSpan } from '../../../extension/annotator/pdf-selectors';
import { createTextLayerIndex, type RenderedPage } from '../../../extension/annotator/pdf-text-layer-index';
import { findRunningItems } from '../../../extension/annotator/running-heads';

/** A text item on baseline `y` (PDF units, from the bottom of the page). */
const at = (str: string, y: number, hasEOL = true): PdfTextItem => ({ str, hasEOL, transform: [10, 0, 0, 10, 50, y], width: 300, height: 10 });

const HEAD = 'Voortgangsrapportage · Veilig Opgroeien Eemland';
/** A page as Chromium prints it: body lines first, the head and foot last in the stream. */
function page(number: number, body: string[]): PdfTextItem[] {
  return [...body.map((line, index) => at(line, 760 - 14 * index, index < body.length - 1)), at(HEAD, 820), at(`pagina ${number} van 3`, 20, false)];
}

const PAGES = [
  page(1, ['Inleiding', 'De regio werkt samen aan de veiligheid van', 'kinderen. Het aantal meldingen steeg en de']),
  page(2, ['wachttijd daalde van twaalf naar negen weken.', 'Doel 2 volgt in de volgende rapportage.', 'Actie 2.1 is afgerond.']),
  page(3, ['Bijlage', 'Overzicht van de acties per doel.']),
];

describe('findRunningItems', () => {
  it('finds the head and the numbered foot that recur at the same place on every page', () => {
    expect(findRunningItems(PAGES).map((items) => [...items].sort((a, b) => a - b))).toEqual([
      [3, 4],
      [3, 4],
      [2, 3],
    ]);
  });

  it('also when the first page has neither, and ignores body lines that differ from page to page', () => {
    const titlePage = [at('Voortgangsrapportage 2025', 700), at('Veilig Opgroeien Eemland', 680)];
    const found = findRunningItems([titlePage, ...PAGES.slice(1)]);
    expect(found[0]!.size).toBe(0);
    expect([...found[1]!].sort()).toEqual([3, 4]);
  });

  it('finds nothing in a document of one page, or where the edges do not repeat', () => {
    expect(findRunningItems([PAGES[0]!])[0]!.size).toBe(0);
    const moving = PAGES.map((items, index) => items.map((item) => ({ ...item, transform: [10, 0, 0, 10, 50, (item.transform?.[5] ?? 0) - 40 * index] })));
    // The same lines at another height on every page are not furniture, and body text never recurs.
    expect(findRunningItems(moving).every((items) => items.size === 0)).toBe(true);
  });
});

describe('a document text without running heads and feet', () => {
  const running = findRunningItems(PAGES);
  const document = joinPages(PAGES.map((items, index) => pageTextOf(items, index + 1, running[index])));

  it('reads a sentence across the page break as one', () => {
    expect(document.text).not.toContain('pagina');
    expect(document.text).not.toContain(HEAD);
    expect(document.text).toContain('Het aantal meldingen steeg en de\nwachttijd daalde van twaalf naar negen weken.');
    // Offsets of the items still line up with the text-layer elements; the head holds no text.
    const first = document.pages[0]!;
    expect(itemAt(first, first.text.length - 1)).toBe(2);
    expect(boxOfSpan(first, { start: first.start, end: first.start + first.text.length })).toEqual([50, 760 - 28 - 2.5, 350, 770]);
  });

  it('stores a quote selected across the page break, over the foot and head elements, without them', () => {
    const root = window.document.createElement('div');
    const rendered: RenderedPage[] = document.pages.slice(0, 2).map((text, index) => {
      const layer = window.document.createElement('div');
      const itemElements = PAGES[index]!.map((item) => {
        const span = window.document.createElement('span');
        span.textContent = item.str;
        layer.append(span);
        return span;
      });
      root.append(layer);
      return { page: text, itemElements };
    });
    const index = createTextLayerIndex(document, rendered, root);
    // From "Het aantal" on page 1 to the end of "negen weken." on page 2, dragging over the foot of
    // page 1 and the head of page 2 (last in the stream of each page).
    const startNode = rendered[0]!.itemElements[2]!.firstChild!;
    const endNode = rendered[1]!.itemElements[0]!.firstChild!;
    const start = index.offsetOf(startNode, 'kinderen. '.length);
    const end = index.offsetOf(endNode, 'wachttijd daalde van twaalf naar negen weken.'.length);
    expect(start).not.toBeNull();
    expect(end).not.toBeNull();
    const quote = describePdfSpan(document, { start: start!, end: end! }).find((selector) => selector.type === 'TextQuoteSelector');
    expect(quote?.type === 'TextQuoteSelector' ? quote.exact : null).toBe('Het aantal meldingen steeg en de\nwachttijd daalde van twaalf naar negen weken.');
    // A point inside the foot's element lands on the page break, in no page's text.
    const footOffset = index.offsetOf(rendered[0]!.itemElements[4]!.firstChild!, 3);
    expect(footOffset).toBeGreaterThanOrEqual(document.pages[0]!.start + document.pages[0]!.text.length);
    expect(footOffset).toBeLessThanOrEqual(document.pages[1]!.start);
  });
});
