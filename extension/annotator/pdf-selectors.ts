import type { FragmentSelector, Selector, TextPositionSelector } from '../../shared/schemas/selectors';
import { anchorSelectors, describeSpan, type AnchorResult, type TextSpan } from './anchoring';
import { pageAt, type DocumentText } from './pdf-document-text';
import type { TextIndex } from './text-index';

/** The PDF fragment identifiers (`page=N`) of RFC 3778, as W3C FragmentSelectors name them. */
export const PDF_FRAGMENT_SPEC = 'http://tools.ietf.org/rfc/rfc3778';

const PAGE_FRAGMENT = /^page=(\d+)$/;

/** The FragmentSelector naming page `pageNumber` (1-based) of a PDF. */
export function pageFragmentSelector(pageNumber: number): FragmentSelector {
  return { type: 'FragmentSelector', value: `page=${pageNumber}`, conformsTo: PDF_FRAGMENT_SPEC };
}

/** The page a list of selectors names with a `page=N` FragmentSelector, or `null`. */
export function pageOfSelectors(selectors: readonly Selector[]): number | null {
  for (const selector of selectors) {
    if (selector.type !== 'FragmentSelector') continue;
    const page = PAGE_FRAGMENT.exec(selector.value)?.[1];
    if (page !== undefined && Number(page) >= 1) return Number(page);
  }
  return null;
}

/** A text index of the document text alone, for the text-only steps (describing and anchoring). */
export function textOnlyIndex(text: string): TextIndex {
  return { text, pointAt: () => null, offsetOf: () => null };
}

/**
 * The selectors of a span of the document text: quote and position over the whole document's
 * text (so a passage across a page break is one span), and the page it starts on as a hint that
 * survives a change in the text before it.
 */
export function describePdfSpan(document: DocumentText, span: TextSpan): Selector[] {
  const page = pageAt(document, span.start);
  return [...describeSpan(textOnlyIndex(document.text), span), ...(page ? [pageFragmentSelector(page.pageNumber)] : [])];
}

/**
 * Anchors selectors on the document text. With a stored position the usual way (verified
 * position, then the quote matcher near it); without one, the stored page's start is the hint, so
 * a passage quoted twice in a report is looked for on its own page first.
 */
export function anchorPdfSelectors(document: DocumentText, selectors: readonly Selector[]): AnchorResult {
  const index = textOnlyIndex(document.text);
  if (selectors.some((selector) => selector.type === 'TextPositionSelector')) return anchorSelectors(index, selectors);
  const pageNumber = pageOfSelectors(selectors);
  const page = pageNumber === null ? undefined : document.pages[pageNumber - 1];
  if (!page) return anchorSelectors(index, selectors);
  // An empty position never verifies, so it only steers the matcher towards the page.
  const hint: TextPositionSelector = { type: 'TextPositionSelector', start: page.start, end: page.start };
  return anchorSelectors(index, [...selectors, hint]);
}
