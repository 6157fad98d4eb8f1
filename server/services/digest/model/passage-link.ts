/**
 * Links that open a document scrolled to an annotated passage, using URL text fragments
 * (WICG "Text Fragments": `#:~:text=[prefix-,]textStart[,textEnd][,-suffix]`).
 *
 * Browsers only match whole words at the outer edges of a directive: the prefix must start on a
 * word boundary, the suffix must end on one (and, without a prefix, so must the start). Stored
 * context is cut at a fixed length, often mid-word, so the outermost context word is dropped when
 * it might be such a fragment: a directive that fails to match highlights nothing at all.
 */
import type { Selector, TextQuoteSelector } from '../../../../shared/schemas/selectors';

/** Quotes longer than this (in characters) are linked by their first and last words. */
export const EXACT_QUOTE_LIMIT = 100;
/** Words taken from each end of a long quote for `textStart` and `textEnd`. */
export const RANGE_WORDS = 4;
/** Words of context taken for `prefix-` and `-suffix`. */
export const CONTEXT_WORDS = 3;

/** Runs of whitespace (including line breaks and no-break spaces) become one space; ends trimmed. */
export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Percent-encodes one directive value. On top of what `encodeURIComponent` encodes, the spec
 * requires `-` to be encoded (`&` and `,` already are): those three delimit the directive's parts.
 * Lone surrogates, which `encodeURIComponent` refuses, become U+FFFD.
 */
export function encodeDirectiveValue(value: string): string {
  return encodeURIComponent(value.replace(LONE_SURROGATE, '\uFFFD')).replace(/-/g, '%2D');
}

function words(text: string | undefined): string[] {
  if (text === undefined) return [];
  const collapsed = collapseWhitespace(text);
  return collapsed === '' ? [] : collapsed.split(' ');
}

/** The last words of the stored prefix, never starting with a possibly cut-off word. */
function prefixWords(prefix: string | undefined): string[] {
  const all = words(prefix);
  return all.length > CONTEXT_WORDS ? all.slice(-CONTEXT_WORDS) : all.slice(1);
}

/** The first words of the stored suffix, never ending with a possibly cut-off word. */
function suffixWords(suffix: string | undefined): string[] {
  const all = words(suffix);
  return all.length > CONTEXT_WORDS ? all.slice(0, CONTEXT_WORDS) : all.slice(0, -1);
}

/**
 * The text directive (`text=…`, without `#:~:`) for a quote, or null when the quote is empty.
 * Long quotes become `textStart,textEnd` so links stay short enough to share and print.
 */
export function textDirective(quote: Pick<TextQuoteSelector, 'exact' | 'prefix' | 'suffix'>): string | null {
  const exact = words(quote.exact);
  if (exact.length === 0) return null;
  const parts: string[] = [];
  const prefix = prefixWords(quote.prefix);
  if (prefix.length > 0) parts.push(`${encodeDirectiveValue(prefix.join(' '))}-`);
  const joined = exact.join(' ');
  if (joined.length > EXACT_QUOTE_LIMIT && exact.length > 2 * RANGE_WORDS) {
    parts.push(encodeDirectiveValue(exact.slice(0, RANGE_WORDS).join(' ')));
    parts.push(encodeDirectiveValue(exact.slice(-RANGE_WORDS).join(' ')));
  } else {
    parts.push(encodeDirectiveValue(joined));
  }
  const suffix = suffixWords(quote.suffix);
  if (suffix.length > 0) parts.push(`-${encodeDirectiveValue(suffix.join(' '))}`);
  return `text=${parts.join(',')}`;
}

/** The PDF page fragment (`page=3`, RFC 8118) among the selectors, if any. */
function pageFragment(selectors: readonly Selector[]): string | null {
  for (const selector of selectors) {
    if (selector.type === 'FragmentSelector' && /^page=\d+$/.test(selector.value)) return selector.value;
  }
  return null;
}

/** The PDF page number a passage is on, from its `page=N` fragment; null when it has none. */
export function pageNumber(selectors: readonly Selector[]): number | null {
  const fragment = pageFragment(selectors);
  return fragment === null ? null : Number(fragment.slice('page='.length));
}

/**
 * The link to an annotated passage: the source URL (any fragment of its own dropped), then the
 * PDF page if known, then the text directive. A page fragment and a directive combine as
 * `#page=3:~:text=…`: browsers strip the directive before a viewer sees the fragment, so a PDF
 * viewer still gets `page=3`.
 */
export function passageLink(source: string, selectors: readonly Selector[]): string {
  const base = source.split('#')[0] ?? source;
  const quote = selectors.find((selector): selector is TextQuoteSelector => selector.type === 'TextQuoteSelector');
  const directive = quote ? textDirective(quote) : null;
  const page = pageFragment(selectors);
  if (directive === null) return page === null ? base : `${base}#${page}`;
  return `${base}#${page ?? ''}:~:${directive}`;
}
