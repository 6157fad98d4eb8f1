import { anchoredSimilarity } from './anchored-distance';
import { findExact } from './exact-search';
import { normaliseText, toNormalisedOffset, type NormalisedText } from './normalise-text';
import { wholeView } from './normalised-view';
import { buildQuoteModel } from './quote-model';

/** Context taken on each side at least (UTF-16 units, or up to the text's edge). */
const MIN_CONTEXT = 32;
/** Context is widened in steps of this many units while quote + context is not unique. */
const CONTEXT_STEP = 32;
/** Context is never longer than this (plus one unit to keep a surrogate pair whole). */
const MAX_CONTEXT = 256;

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** Moves `offset` back by one when it would split a surrogate pair. */
function safeStart(text: string, offset: number): number {
  return offset > 0 && isLowSurrogate(text.charCodeAt(offset)) && isHighSurrogate(text.charCodeAt(offset - 1)) ? offset - 1 : offset;
}

/** Moves `offset` forward by one when it would split a surrogate pair. */
function safeEnd(text: string, offset: number): number {
  return offset < text.length && isLowSurrogate(text.charCodeAt(offset)) && isHighSurrogate(text.charCodeAt(offset - 1)) ? offset + 1 : offset;
}

/** Context similarity above this is more than chance: such a place could be taken for the quote's. */
const CONFUSABLE = 0.45;
/** Other occurrences of the quote compared at most. */
const MAX_OTHERS = 64;

/**
 * Whether another occurrence of the quote has context that resembles this one's on either side
 * (as the matcher compares it): then the matcher would have to rely on the position alone should
 * this context be rewritten, so more context is worth storing. Reports are full of recurring
 * sentences whose surroundings differ only slightly.
 */
function confusable(normalised: NormalisedText, start: number, selector: { exact: string; prefix: string; suffix: string }): boolean {
  const model = buildQuoteModel(selector);
  if (model.exact.length === 0) return false;
  const own = toNormalisedOffset(normalised, start);
  const text = normalised.text;
  const others = findExact(text, model.exact, 0, text.length).filter((hit) => hit.start !== own).slice(0, MAX_OTHERS);
  return others.some((hit) => {
    const before = text.slice(Math.max(0, hit.start - model.prefix.length - (model.prefix.length >> 2) - 2), hit.start);
    const after = text.slice(hit.end, hit.end + model.suffix.length + (model.suffix.length >> 2) + 2);
    return (
      (model.prefix.length > 0 && anchoredSimilarity(model.prefix, before, true) >= CONFUSABLE) ||
      (model.suffix.length > 0 && anchoredSimilarity(model.suffix, after, false) >= CONFUSABLE)
    );
  });
}

/** True when `needle` occurs exactly once in `haystack`. */
function occursOnce(haystack: string, needle: string): boolean {
  const first = haystack.indexOf(needle);
  return first !== -1 && haystack.indexOf(needle, first + 1) === -1;
}

/**
 * Describes the passage `text[start, end)` (UTF-16 offsets) as a quote selector for `matchQuote`.
 *
 * `exact` is the passage; `prefix` and `suffix` are the text before and after it, at least 32
 * units each (less only at the text's edges), widened in steps of 32 until prefix + exact + suffix
 * occurs only once in the text, both as written and in the normalised form the matcher compares,
 * and no other occurrence of the quote has context resembling this one's beyond chance, up to 256
 * units. No boundary splits a surrogate pair: offsets inside a pair are widened to
 * include it. Offsets are clamped to the text and swapped when reversed. Pure; never throws.
 */
export function describeQuote(text: string, start: number, end: number): { exact: string; prefix: string; suffix: string } {
  const source = typeof text === 'string' ? text : '';
  const clamp = (value: number): number => (Number.isFinite(value) ? Math.max(0, Math.min(source.length, Math.trunc(value))) : 0);
  let from = clamp(start);
  let to = clamp(end);
  if (to < from) [from, to] = [to, from];
  from = safeStart(source, from);
  to = safeEnd(source, to);
  const exact = source.slice(from, to);

  let prefix = '';
  let suffix = '';
  for (let context = MIN_CONTEXT; context <= MAX_CONTEXT; context += CONTEXT_STEP) {
    const prefixStart = safeStart(source, Math.max(0, from - context));
    const suffixEnd = safeEnd(source, Math.min(source.length, to + context));
    prefix = source.slice(prefixStart, from);
    suffix = source.slice(to, suffixEnd);
    if (prefixStart === 0 && suffixEnd === source.length) break;
    const whole = prefix + exact + suffix;
    const normalised = wholeView(source).normalised;
    if (occursOnce(source, whole) && occursOnce(normalised.text, normaliseText(whole).text) && !confusable(normalised, from, { exact, prefix, suffix })) {
      break;
    }
  }
  return { exact, prefix, suffix };
}
