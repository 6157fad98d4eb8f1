import { describe, expect, it } from 'vitest';
import { anchorPdfSelectors, describePdfSpan, pageFragmentSelector, pageOfSelectors } from '../../../extension/annotator/pdf-selectors';
import { isTextless, itemAt, joinPages, pageAt, pageEnd, pagesInSpan, pageTextOf, type PdfTextItem } from '../../../extension/annotator/pdf-document-text';
import { extractDocumentText } from '../../../extension/annotator/read-pdf-text';

const line = (str: string, hasEOL = true): PdfTextItem => ({ str, hasEOL, transform: [11, 0, 0, 11, 72, 700], width: 200, height: 11 });

/** Two pages: the paragraph on page 1 runs on to page 2 ("veranderings-" / "agenda"). */
const PAGE_1 = [line('Voortgangsrapportage'), line('', true), line('De regio werkt aan de veranderings-'), line('agenda en aan de', false)];
const PAGE_2 = [line('wachttijden in de jeugdhulp.'), line('Doel 2 volgt later.', false)];
const documentText = () => joinPages([pageTextOf(PAGE_1, 1), pageTextOf(PAGE_2, 2)]);

describe('page text and offsets', () => {
  it('joins items with a line break after each line end, and pages with a line break', () => {
    const text = documentText();
    expect(text.text).toBe('Voortgangsrapportage\n\nDe regio werkt aan de veranderings-\nagenda en aan de\nwachttijden in de jeugdhulp.\nDoel 2 volgt later.');
    const [first, second] = text.pages;
    expect(first!.itemStarts).toEqual([0, 21, 22, 58]);
    expect(second!.start).toBe(pageEnd(first!) + 1);
    expect(text.text.slice(second!.start + second!.itemStarts[1]!, pageEnd(second!))).toBe('Doel 2 volgt later.');
  });

  it('maps offsets to pages: a page separator belongs to the page before it', () => {
    const text = documentText();
    const [first, second] = text.pages;
    expect(pageAt(text, 0)!.pageNumber).toBe(1);
    expect(pageAt(text, pageEnd(first!))!.pageNumber).toBe(1);
    expect(pageAt(text, second!.start)!.pageNumber).toBe(2);
    expect(pageAt(text, text.text.length)!.pageNumber).toBe(2);
    expect(pageAt(text, -1)).toBeNull();
    expect(pagesInSpan(text, { start: pageEnd(first!) - 3, end: second!.start + 3 }).map((page) => page.pageNumber)).toEqual([1, 2]);
    expect(pagesInSpan(text, { start: 0, end: 5 }).map((page) => page.pageNumber)).toEqual([1]);
  });

  it('finds the item holding a page offset, and keeps empty items so offsets line up with text-layer elements', () => {
    const page = documentText().pages[0]!;
    expect(itemAt(page, 0)).toBe(0);
    expect(itemAt(page, 21)).toBe(1);
    expect(itemAt(page, 30)).toBe(2);
    expect(itemAt(page, 60)).toBe(3);
    expect(page.itemBoxes[0]).toEqual([72, 700 - 11 * 0.25, 272, 711]);
  });

  it('knows a page without text (a scan)', () => {
    expect(isTextless(pageTextOf([line(' '), line('', true)], 1))).toBe(true);
    expect(isTextless(pageTextOf(PAGE_2, 2))).toBe(false);
  });

  it('extracts every page in order, skipping marked-content markers, and reports progress', async () => {
    const progress: number[] = [];
    const text = await extractDocumentText(
      {
        numPages: 2,
        textContentOf: async (pageNumber) => ({ items: pageNumber === 1 ? [{ type: 'beginMarkedContent' }, ...PAGE_1, { type: 'endMarkedContent' }] : PAGE_2 }),
      },
      (done) => progress.push(done),
    );
    expect(text.text).toBe(documentText().text);
    expect(progress).toEqual([1, 2]);
  });
});

describe('PDF selectors', () => {
  it('builds and reads the page=N fragment selector of RFC 3778', () => {
    expect(pageFragmentSelector(3)).toEqual({ type: 'FragmentSelector', value: 'page=3', conformsTo: 'http://tools.ietf.org/rfc/rfc3778' });
    expect(pageOfSelectors([{ type: 'TextQuoteSelector', exact: 'x' }, pageFragmentSelector(12)])).toBe(12);
    expect(pageOfSelectors([{ type: 'FragmentSelector', value: 'xywh=1,2,3,4' }])).toBeNull();
    expect(pageOfSelectors([{ type: 'FragmentSelector', value: 'page=0' }])).toBeNull();
  });

  it('describes a passage across the page break as one quote over the whole text, with the page it starts on', () => {
    const text = documentText();
    const start = text.text.indexOf('aan de\nwachttijden');
    const end = text.text.indexOf(' in de jeugdhulp');
    const selectors = describePdfSpan(text, { start, end });
    expect(selectors).toContainEqual({ type: 'TextPositionSelector', start, end });
    expect(selectors).toContainEqual(expect.objectContaining({ type: 'TextQuoteSelector', exact: 'aan de\nwachttijden' }));
    expect(selectors).toContainEqual(pageFragmentSelector(1));
    expect(anchorPdfSelectors(text, selectors)).toEqual({ status: 'anchored', span: { start, end } });
  });

  it('anchors a quote whose line and page breaks fell elsewhere in another copy (hyphen, line end)', () => {
    const text = documentText();
    const result = anchorPdfSelectors(text, [{ type: 'TextQuoteSelector', exact: 'werkt aan de veranderingsagenda en aan de wachttijden' }]);
    expect(result.status).toBe('moved');
    expect(text.text.slice(result.span!.start, result.span!.end)).toBe('werkt aan de veranderings-\nagenda en aan de\nwachttijden');
  });

  it('without a stored position, looks for a repeated quote on its stored page first', () => {
    const repeated = [line('Het overleg is gestart.'), line('Zie verder.', false)];
    const text = joinPages([pageTextOf(repeated, 1), pageTextOf(repeated, 2), pageTextOf(repeated, 3)]);
    const result = anchorPdfSelectors(text, [{ type: 'TextQuoteSelector', exact: 'Het overleg is gestart.' }, pageFragmentSelector(3)]);
    expect(result.span?.start).toBe(text.pages[2]!.start);
  });
});
