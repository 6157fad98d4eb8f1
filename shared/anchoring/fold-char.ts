/**
 * Folding of single characters into the comparable alphabet used for anchoring.
 *
 * The comparable form keeps only what survives republication: letters (lower-cased, without
 * diacritics), digits and punctuation. Whitespace of every kind, soft hyphens and zero-width
 * characters are dropped because PDF extraction and re-layout add and remove them at will;
 * ligatures are expanded; all quote marks and apostrophes become one character and all dashes
 * become '-', because typographic substitution changes them without changing the text.
 */

/** Code points that carry no text of their own for anchoring purposes. */
const DROPPED = new Set<number>([
  0x85, 0xa0, 0xad, 0x034f, 0x061c, 0x115f, 0x1160, 0x1680, 0x180e, 0x2028, 0x2029, 0x202f, 0x205f,
  0x2060, 0x2061, 0x2062, 0x2063, 0x2064, 0x3000, 0x3164, 0xfeff, 0xffa0,
]);

/** Code points folded to a fixed replacement (quote marks, dashes, ligatures NFKD leaves alone). */
const REPLACED = new Map<number, string>([
  // Quote marks and apostrophes: typographic variants of each other.
  [0x2018, "'"], [0x2019, "'"], [0x201a, "'"], [0x201b, "'"], [0x201c, "'"], [0x201d, "'"],
  [0x201e, "'"], [0x201f, "'"], [0x2032, "'"], [0x2033, "'"], [0x2035, "'"], [0x2036, "'"],
  [0x00ab, "'"], [0x00bb, "'"], [0x2039, "'"], [0x203a, "'"], [0x00b4, "'"], [0x02bc, "'"],
  [0x02b9, "'"], [0x02ba, "'"], [0x300c, "'"], [0x300d, "'"], [0xff02, "'"], [0xff07, "'"],
  // Dashes and minus signs.
  [0x2010, '-'], [0x2011, '-'], [0x2012, '-'], [0x2013, '-'], [0x2014, '-'], [0x2015, '-'],
  [0x2212, '-'], [0xfe58, '-'], [0xfe63, '-'], [0xff0d, '-'], [0x2043, '-'],
  // Ligatures and letters NFKD does not decompose but PDFs produce.
  [0x00df, 'ss'], [0x00e6, 'ae'], [0x00c6, 'ae'], [0x0153, 'oe'], [0x0152, 'oe'], [0x00f8, 'o'],
  [0x00d8, 'o'], [0x0142, 'l'], [0x0141, 'l'], [0x0131, 'i'],
]);

/**
 * Folded UTF-16 code unit of each ASCII character, -1 when it is dropped. Exported for the hot
 * loop of normalisation; read-only by contract.
 */
export const ASCII_TABLE: Int16Array = new Int16Array(128);
const ASCII_FOLD = ASCII_TABLE;
for (let c = 0; c < 128; c += 1) {
  if (c < 0x20 || c === 0x20 || c === 0x7f) ASCII_FOLD[c] = -1;
  else if (c >= 0x41 && c <= 0x5a) ASCII_FOLD[c] = c + 0x20;
  else if (c === 0x22 || c === 0x60) ASCII_FOLD[c] = 0x27;
  else ASCII_FOLD[c] = c;
}

const COMBINING_MARK = /\p{M}/gu;
const WHITESPACE = /\s/u;
const cache = new Map<number, string>();

/**
 * Folded code unit of an ASCII character (`code` < 128), or -1 when the character is dropped
 * (whitespace and control characters). Hot path of normalisation; callers check the range.
 */
export function foldAscii(code: number): number {
  return ASCII_FOLD[code] ?? -1;
}

/** Folds the characters of an already-decomposed string one by one (ASCII table + replacements). */
function foldDecomposed(decomposed: string): string {
  let out = '';
  for (const ch of decomposed) {
    const cp = ch.codePointAt(0) ?? 0;
    if (cp < 128) {
      const folded = ASCII_FOLD[cp] ?? -1;
      if (folded >= 0) out += String.fromCharCode(folded);
    } else if (DROPPED.has(cp) || WHITESPACE.test(ch) || (cp >= 0x200b && cp <= 0x200f)) {
      // dropped
    } else {
      out += REPLACED.get(cp) ?? ch;
    }
  }
  return out;
}

/**
 * Comparable form of one code point (any value, including lone surrogates): '' when the code
 * point is dropped, otherwise one or more UTF-16 code units in the comparable alphabet
 * (ligatures such as U+FB01 expand to 'fi'). Never throws; results are memoised because
 * Unicode normalisation is far slower than the table lookups of the ASCII path.
 */
export function foldCodePoint(cp: number): string {
  if (cp < 128) {
    const folded = ASCII_FOLD[cp] ?? -1;
    return folded < 0 ? '' : String.fromCharCode(folded);
  }
  const known = cache.get(cp);
  if (known !== undefined) return known;
  let result: string;
  if (cp >= 0xd800 && cp <= 0xdfff) {
    // A lone surrogate carries no character; it becomes U+FFFD (one unit, so offsets stay
    // simple), exactly as a UTF-16 decoder would render it.
    result = '\uFFFD';
  } else if (DROPPED.has(cp) || (cp >= 0x2000 && cp <= 0x200f)) {
    result = '';
  } else {
    const replaced = REPLACED.get(cp);
    if (replaced !== undefined) {
      result = replaced;
    } else {
      const decomposed = String.fromCodePoint(cp).normalize('NFKD').replace(COMBINING_MARK, '');
      result = foldDecomposed(decomposed.toLowerCase().normalize('NFKD').replace(COMBINING_MARK, ''));
    }
  }
  if (cache.size < 4096) cache.set(cp, result);
  return result;
}

/**
 * True for code points that end a line in extracted text (LF, CR, VT, FF, NEL, LS, PS): a
 * hyphen followed by one of these and then a lower-case letter is a layout hyphen.
 */
export function isLineBreak(code: number): boolean {
  return (code >= 0x0a && code <= 0x0d) || code === 0x85 || code === 0x2028 || code === 0x2029;
}

/** True for code units that are hyphens a typesetter may add when breaking a word over two lines. */
export function isBreakHyphen(code: number): boolean {
  return code === 0x2d || code === 0x2010 || code === 0x2011;
}
