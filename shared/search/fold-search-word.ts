const NOT_ASCII = /[\u0080-\uffff]/;

/**
 * The folded form of a word as the search index compares it: lower case, diacritics removed
 * ("Reünie" → "reunie"). Only used to recognise stop words and facet names; the index folds with
 * its own tokenizer (SQLite's unicode61 with remove_diacritics 2).
 */
export function foldSearchWord(word: string): string {
  // Plain ASCII (most Dutch words) has nothing to decompose: spare the normalisation.
  if (!NOT_ASCII.test(word)) return word.toLowerCase();
  return word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** The runs of letters and digits in `text`: the words a search looks for (marks stay with their letter). */
export function searchWords(text: string): string[] {
  return text.match(/[\p{L}\p{N}][\p{L}\p{N}\p{M}]*/gu) ?? [];
}
