import { ASCII_TABLE, foldAscii, foldCodePoint, isBreakHyphen, isLineBreak } from './fold-char';

/**
 * A text in comparable form together with the way back to the original.
 *
 * Normalised code unit `i` was produced by the code point of the original that starts at
 * `starts[i]` (one or two UTF-16 units; see `sourceEnd`). Several normalised units may share one
 * source (a ligature expands), and original units that produced nothing (whitespace, soft
 * hyphens, layout hyphens) lie between the end of one source and the start of the next.
 * `starts` is non-decreasing.
 */
export interface NormalisedText {
  /** Comparable form: see `fold-char.ts` for what it keeps. */
  readonly text: string;
  /** Original UTF-16 offset where the source of each normalised code unit begins. */
  readonly starts: Int32Array;
  /** The original text. */
  readonly source: string;
}

function isLowerCaseLetter(code: number): boolean {
  if (code >= 0x61 && code <= 0x7a) return true;
  if (code < 128) return false;
  const ch = String.fromCharCode(code);
  return ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}

/** True when the original code unit folds to nothing. */
function isDroppedUnit(code: number): boolean {
  return code < 128 ? foldAscii(code) < 0 : foldCodePoint(code) === '';
}

/**
 * A hyphen at `index` is a layout hyphen when it is followed by dropped characters that include a
 * line break and then a lower-case letter ("veranderings-\nagenda"). Such hyphens are dropped so
 * that the broken word compares equal to the unbroken one.
 */
function isLayoutHyphen(source: string, index: number): boolean {
  let sawLineBreak = false;
  for (let j = index + 1; j < source.length; j += 1) {
    const code = source.charCodeAt(j);
    if (isLineBreak(code)) {
      sawLineBreak = true;
    } else if (!isDroppedUnit(code)) {
      return sawLineBreak && isLowerCaseLetter(code);
    }
  }
  return false;
}

/**
 * TextDecoder turns the code units into a string natively, many times faster than
 * String.fromCharCode in chunks; it exists in browsers, workers and Node alike. Uint16Array is in
 * platform byte order, so it is only used on little-endian platforms (all mainstream ones).
 */
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
const decoder = typeof TextDecoder === 'function' && LITTLE_ENDIAN ? new TextDecoder('utf-16le') : undefined;

function unitsToString(units: Uint16Array, length: number): string {
  if (decoder !== undefined) return decoder.decode(units.subarray(0, length));
  const parts: string[] = [];
  for (let from = 0; from < length; from += 8192) {
    const chunk = units.subarray(from, Math.min(length, from + 8192));
    parts.push(String.fromCharCode.apply(null, chunk as unknown as number[]));
  }
  return parts.join('');
}

/**
 * Normalises `source` into the comparable form used for anchoring and records, for every
 * normalised code unit, where its source starts in the original (UTF-16 offset). Linear in the
 * length of `source`; pure; never throws (lone surrogates become U+FFFD).
 */
export function normaliseText(source: string): NormalisedText {
  const length = source.length;
  // Locals only (no closure over them): this loop is the hot path of anchoring.
  let capacity = length + 16;
  let units = new Uint16Array(capacity);
  let starts = new Int32Array(capacity);
  let size = 0;
  let i = 0;
  while (i < length) {
    const code = source.charCodeAt(i);
    if (code < 128) {
      const folded = ASCII_TABLE[code] as number;
      if (folded >= 0 && (code !== 0x2d || !isLayoutHyphen(source, i))) {
        units[size] = folded;
        starts[size] = i;
        size += 1;
      }
      i += 1;
      continue;
    }
    let cp = code;
    let width = 1;
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < length) {
      const low = source.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        cp = (code - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
        width = 2;
      }
    }
    const folded = isBreakHyphen(code) && isLayoutHyphen(source, i) ? '' : foldCodePoint(cp);
    // Expansions (ligatures) are rare: grow by doubling when the rest of the input might not fit.
    if (size + folded.length + (length - i) > capacity) {
      capacity = 2 * (size + folded.length + (length - i));
      const nextUnits = new Uint16Array(capacity);
      nextUnits.set(units.subarray(0, size));
      units = nextUnits;
      const nextStarts = new Int32Array(capacity);
      nextStarts.set(starts.subarray(0, size));
      starts = nextStarts;
    }
    for (let k = 0; k < folded.length; k += 1) {
      units[size] = folded.charCodeAt(k);
      starts[size] = i;
      size += 1;
    }
    i += width;
  }
  // A view, not a copy: the spare capacity is cheaper to keep than to copy away.
  return { text: unitsToString(units, size), starts: starts.subarray(0, size), source };
}

/**
 * Original offset just after the source of normalised unit `index` (0 ≤ index < length): the
 * start plus the width of the code point there.
 */
export function sourceEnd(normalised: NormalisedText, index: number): number {
  const start = normalised.starts[index] ?? normalised.source.length;
  const code = normalised.source.charCodeAt(start);
  if (code >= 0xd800 && code <= 0xdbff) {
    const low = normalised.source.charCodeAt(start + 1);
    if (low >= 0xdc00 && low <= 0xdfff) return start + 2;
  }
  return Math.min(normalised.source.length, start + 1);
}

/**
 * Original range of the normalised range [`from`, `to`) (0 ≤ from < to ≤ normalised length), as
 * UTF-16 offsets: from the start of the source of unit `from` to the end of the source of unit
 * `to - 1`. Dropped characters at either edge are not included.
 */
export function toOriginalRange(normalised: NormalisedText, from: number, to: number): { start: number; end: number } {
  return { start: normalised.starts[from] ?? 0, end: sourceEnd(normalised, to - 1) };
}

/**
 * Normalised offset corresponding to original offset `offset`: the index of the first normalised
 * unit whose source starts at or after `offset` (the normalised length when there is none).
 */
export function toNormalisedOffset(normalised: NormalisedText, offset: number): number {
  let low = 0;
  let high = normalised.starts.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((normalised.starts[mid] ?? 0) < offset) low = mid + 1;
    else high = mid;
  }
  return low;
}
