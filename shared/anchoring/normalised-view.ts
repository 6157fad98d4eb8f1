import { normaliseText, type NormalisedText } from './normalise-text';

/**
 * Which normalised text a search works on. A client anchors many annotations in the same document
 * one call at a time, so the whole text is normalised once and remembered (the last four texts).
 * The first call for a text, when it has a hint, only normalises a window around the hint: most
 * passages are found there, and a single annotation in a long document then costs a fraction of
 * the whole normalisation. This is invisible to callers (results depend only on the inputs), so
 * functions using it stay pure in every observable sense.
 */

const SIZE = 4;
const whole: { source: string; normalised: NormalisedText }[] = [];
const sighted: string[] = [];

/** A normalised stretch of a document: `normalised` covers the original from `offset` on. */
export interface NormalisedView {
  readonly normalised: NormalisedText;
  readonly offset: number;
  /** True when the view covers the whole document. */
  readonly complete: boolean;
  /** The whole document (original text). */
  readonly document: string;
}

/** An ASCII letter or digit: normalisation on either side of two of these is independent. */
function isPlain(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

/** Whether text may be cut at `offset` and normalised in parts with the same result as whole. */
function isSafeCut(source: string, offset: number): boolean {
  return offset <= 0 || offset >= source.length || (isPlain(source.charCodeAt(offset - 1)) && isPlain(source.charCodeAt(offset)));
}

/**
 * Normalises the parts of `source` before and after the partial view `part` and joins them with
 * it: the same result as normalising the whole, for a fraction of the cost.
 */
function completeFrom(source: string, part: NormalisedView): NormalisedText {
  const from = part.offset;
  const to = part.offset + part.normalised.source.length;
  const before = normaliseText(source.slice(0, from));
  const after = normaliseText(source.slice(to));
  const middle = part.normalised;
  const starts = new Int32Array(before.starts.length + middle.starts.length + after.starts.length);
  starts.set(before.starts, 0);
  let at = before.starts.length;
  for (let i = 0; i < middle.starts.length; i += 1) starts[at + i] = (middle.starts[i] ?? 0) + from;
  at += middle.starts.length;
  for (let i = 0; i < after.starts.length; i += 1) starts[at + i] = (after.starts[i] ?? 0) + to;
  return { text: before.text + middle.text + after.text, starts, source };
}

/**
 * The whole of `source` normalised, from the cache when recently seen, else built around the
 * partial view `part` of it when one was searched already.
 */
export function wholeView(source: string, part?: NormalisedView): NormalisedView {
  for (let i = 0; i < whole.length; i += 1) {
    const entry = whole[i];
    if (entry !== undefined && entry.source === source) {
      if (i > 0) {
        whole.splice(i, 1);
        whole.unshift(entry);
      }
      return { normalised: entry.normalised, offset: 0, complete: true, document: source };
    }
  }
  const reusable = part !== undefined && !part.complete && isSafeCut(source, part.offset) && isSafeCut(source, part.offset + part.normalised.source.length);
  const normalised = reusable ? completeFrom(source, part) : normaliseText(source);
  whole.unshift({ source, normalised });
  if (whole.length > SIZE) whole.pop();
  return { normalised, offset: 0, complete: true, document: source };
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/**
 * A normalised window of `source` reaching at least `radius` original units beyond each side of
 * [from, to), or undefined when the whole text should be used instead: it is cached already, it
 * was seen in an earlier call (more calls are coming), or the window would not be much smaller.
 */
export function windowView(source: string, from: number, to: number, radius: number): NormalisedView | undefined {
  if (whole.some((entry) => entry.source === source)) return undefined;
  const seenBefore = sighted.includes(source);
  if (!seenBefore) {
    sighted.unshift(source);
    if (sighted.length > SIZE) sighted.pop();
  }
  if (seenBefore || to - from + 2 * radius > 0.6 * source.length) return undefined;
  let start = Math.max(0, from - radius);
  let end = Math.min(source.length, to + radius);
  // Cut between two plain characters where possible, so that the window can become part of the
  // whole normalised text later; never inside a surrogate pair.
  for (let step = 0; step < 64 && !isSafeCut(source, start); step += 1) start -= 1;
  for (let step = 0; step < 64 && !isSafeCut(source, end); step += 1) end += 1;
  start = Math.max(0, start);
  end = Math.min(source.length, end);
  if (start > 0 && isLowSurrogate(source.charCodeAt(start))) start -= 1;
  if (end < source.length && isLowSurrogate(source.charCodeAt(end))) end += 1;
  return { normalised: normaliseText(source.slice(start, end)), offset: start, complete: false, document: source };
}
