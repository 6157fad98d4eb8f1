import { normaliseText, sourceEnd, toNormalisedOffset } from './normalise-text';

/**
 * Normalised context units compared with the text beside a candidate, at most. `describeQuote`
 * stores about 27 (32 characters) unless more are needed to tell recurring passages apart.
 */
export const CONTEXT_LENGTH = 96;
/** Normalised context shorter than this says too little to be compared. */
const MIN_CONTEXT_LENGTH = 8;

/** A text quote selector in comparable form, ready for matching. */
export interface QuoteModel {
  /** The quote as given. */
  readonly raw: string;
  /** Normalised quote. */
  readonly exact: string;
  /** Last ≤ 96 normalised units of the prefix; '' when the prefix is absent or too short to use. */
  readonly prefix: string;
  /** First ≤ 96 normalised units of the suffix; '' when absent or too short to use. */
  readonly suffix: string;
  /** Original code units at the start of `exact` that fold to nothing (e.g. a selected space). */
  readonly leadingDropped: number;
  /** Original code units at the end of `exact` that fold to nothing. */
  readonly trailingDropped: number;
  /** Most edit errors a candidate may have and still be this quote. */
  readonly maxErrors: number;
  /** The selector's prefix is given and empty: the quote was taken at the very start of the text. */
  readonly startsText: boolean;
  /** The selector's suffix is given and empty: the quote was taken at the very end of the text. */
  readonly endsText: boolean;
}

/**
 * Error budget for a normalised quote of `length` units. Short quotes occur by chance, so they get
 * little or no tolerance; from 40 units a quarter of the quote may have changed.
 */
export function errorBudget(length: number): number {
  if (length < 8) return 0;
  if (length < 20) return Math.floor(length * 0.12);
  if (length < 40) return Math.floor(length * 0.2);
  return Math.floor(length * 0.25);
}

/**
 * Builds the comparable form of a quote selector. The quote is normalised together with its
 * context so that decisions that depend on neighbours (a hyphen at a line end followed by a
 * lower-case letter) come out as they do in the document. Strings that are not strings count as
 * empty.
 */
export function buildQuoteModel(quote: { exact: string; prefix?: string; suffix?: string }): QuoteModel {
  const exact = typeof quote.exact === 'string' ? quote.exact : '';
  const prefix = typeof quote.prefix === 'string' ? quote.prefix : '';
  const suffix = typeof quote.suffix === 'string' ? quote.suffix : '';
  const normalised = normaliseText(prefix + exact + suffix);
  const quoteStart = toNormalisedOffset(normalised, prefix.length);
  const quoteEnd = toNormalisedOffset(normalised, prefix.length + exact.length);
  const text = normalised.text;
  const normalisedExact = text.slice(quoteStart, quoteEnd);
  const normalisedPrefix = text.slice(Math.max(0, quoteStart - CONTEXT_LENGTH), quoteStart);
  const normalisedSuffix = text.slice(quoteEnd, quoteEnd + CONTEXT_LENGTH);
  const hasQuote = quoteEnd > quoteStart;
  return {
    raw: exact,
    exact: normalisedExact,
    prefix: normalisedPrefix.length >= MIN_CONTEXT_LENGTH ? normalisedPrefix : '',
    suffix: normalisedSuffix.length >= MIN_CONTEXT_LENGTH ? normalisedSuffix : '',
    leadingDropped: hasQuote ? (normalised.starts[quoteStart] ?? prefix.length) - prefix.length : exact.length,
    trailingDropped: hasQuote ? prefix.length + exact.length - sourceEnd(normalised, quoteEnd - 1) : exact.length,
    maxErrors: errorBudget(normalisedExact.length),
    startsText: hasQuote && quote.prefix === '',
    endsText: hasQuote && quote.suffix === '',
  };
}
