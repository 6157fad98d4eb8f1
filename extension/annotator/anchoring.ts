import { describeQuote } from '../../shared/anchoring/describe-quote';
import { matchQuote } from '../../shared/anchoring/text-quote';
import type { Selector, TextPositionSelector, TextQuoteSelector } from '../../shared/schemas/selectors';
import type { TextIndex } from './text-index';

/**
 * How an annotation was found: where its selectors say (`anchored`), elsewhere or slightly changed
 * by the fuzzy matcher (`moved`), or not at all (`orphan`).
 */
export type AnchorStatus = 'anchored' | 'moved' | 'orphan';

/** A text range of the document text, in UTF-16 code units. */
export interface TextSpan {
  start: number;
  end: number;
}

/** The outcome of anchoring one annotation. */
export type AnchorResult = { status: 'anchored' | 'moved'; span: TextSpan } | { status: 'orphan'; span: null };

/**
 * Describes the span `[start, end)` of the document text as W3C selectors: a TextQuoteSelector
 * (with context long enough to be unique) and a TextPositionSelector in UTF-16 code units.
 */
export function describeSpan(index: TextIndex, span: TextSpan): [TextQuoteSelector, TextPositionSelector] {
  const quote = describeQuote(index.text, span.start, span.end);
  return [
    { type: 'TextQuoteSelector', ...quote },
    { type: 'TextPositionSelector', start: span.start, end: span.end },
  ];
}

/**
 * Finds the span the selectors describe in the current text: first the stored position, accepted
 * only when the text there is still the exact quote; then the quote matcher, which searches exact
 * and then fuzzy and refuses to guess. Never throws: a failure is an orphan.
 */
export function anchorSelectors(index: TextIndex, selectors: readonly Selector[]): AnchorResult {
  const quote = selectors.find((selector): selector is TextQuoteSelector => selector.type === 'TextQuoteSelector');
  const position = selectors.find((selector): selector is TextPositionSelector => selector.type === 'TextPositionSelector');
  if (!quote) return { status: 'orphan', span: null };
  if (position && index.text.slice(position.start, position.end) === quote.exact) {
    return { status: 'anchored', span: { start: position.start, end: position.end } };
  }
  try {
    const match = matchQuote(index.text, quote, position ? { start: position.start } : undefined);
    if (!match) return { status: 'orphan', span: null };
    const exact = index.text.slice(match.start, match.end) === quote.exact;
    return { status: exact ? 'anchored' : 'moved', span: { start: match.start, end: match.end } };
  } catch {
    return { status: 'orphan', span: null };
  }
}
