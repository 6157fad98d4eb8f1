/**
 * Anchoring: finding a highlighted passage again after the report it was made in is republished.
 * `describeQuote` turns a selection into a selector when the highlight is made; `matchQuote` finds
 * the selector in a (possibly revised) text. Both work on plain text with UTF-16 offsets.
 */
/** Selector for a passage: see `describe-quote.ts`. */
export { describeQuote } from './describe-quote';
/** Finding a selector in a revised text: see `text-quote.ts`. */
export { matchQuote, type QuoteMatch, type TextQuote } from './text-quote';
/** The comparable form of a text with its map back to the original: see `normalise-text.ts`. */
export { normaliseText, type NormalisedText } from './normalise-text';
