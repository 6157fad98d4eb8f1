import { DUTCH_STOP_WORDS } from './dutch-stop-words';
import { foldSearchWord, searchWords } from './fold-search-word';

/** The parts of an annotation a search clause can be limited to. */
export type SearchField = 'author' | 'tags' | 'quote';

/**
 * One thing every result must match: a word (`words` of one) or a phrase (the words in a row),
 * anywhere (`field` null) or in one part. The last word of each clause matches as a prefix.
 */
export interface SearchClause {
  field: SearchField | null;
  words: string[];
}

/** A parsed search: every clause and every term code must match (AND). */
export interface ParsedSearch {
  clauses: SearchClause[];
  /** Codes of taxonomy terms (`term:2.1`), as typed. */
  termCodes: string[];
}

/** Facet names as users type them (Dutch first, English as well), and what they limit to. */
export const SEARCH_FACETS: Readonly<Record<string, SearchField | 'term'>> = {
  door: 'author',
  by: 'author',
  label: 'tags',
  tag: 'tags',
  citaat: 'quote',
  quote: 'quote',
  term: 'term',
};

/** Most clauses one search holds; the rest of a very long query is ignored. */
export const MAX_SEARCH_CLAUSES = 20;

// A facet with a quoted or a bare value, a quoted phrase, or a bare word (a missing closing quote
// runs to the end).
const PIECE = /([\p{L}]+):(?:"([^"]*)"?|(\S*))|"([^"]*)"?|(\S+)/gu;

/**
 * Reads what someone typed in a search box: words, "quoted phrases", and the facets
 * `door:NAAM` (author), `label:TAG`, `citaat:WOORDEN` (the quoted passage) and `term:CODE`
 * (English `by:`, `tag:`, `quote:` too). A facet value of several words goes in quotes:
 * `door:"Anna de Vries"`. Punctuation only separates words; nothing typed is syntax beyond the
 * above. Dutch stop words are dropped from the loose words, unless nothing else is left.
 */
export function parseSearch(input: string): ParsedSearch {
  const clauses: SearchClause[] = [];
  const loose: string[] = [];
  const termCodes: string[] = [];
  for (const match of input.matchAll(PIECE)) {
    const [, facetName, quotedValue, bareValue, phrase, word] = match;
    const facet = facetName ? SEARCH_FACETS[foldSearchWord(facetName)] : undefined;
    if (facetName && facet) {
      const value = quotedValue ?? bareValue ?? '';
      if (facet === 'term') {
        if (value.trim()) termCodes.push(value.trim());
      } else {
        const words = searchWords(value);
        if (words.length > 0) clauses.push({ field: facet, words });
      }
    } else if (phrase !== undefined) {
      const words = searchWords(phrase);
      if (words.length > 1) clauses.push({ field: null, words });
      else loose.push(...words);
    } else {
      loose.push(...searchWords(match[0] ?? word ?? ''));
    }
  }
  const meaningful = loose.filter((w) => !DUTCH_STOP_WORDS.has(foldSearchWord(w)));
  const kept = meaningful.length > 0 || clauses.length > 0 || termCodes.length > 0 ? meaningful : loose;
  const all = [...kept.map((w): SearchClause => ({ field: null, words: [w] })), ...clauses];
  return { clauses: all.slice(0, MAX_SEARCH_CLAUSES), termCodes: termCodes.slice(0, MAX_SEARCH_CLAUSES) };
}

/** True when a parsed search asks for nothing (only punctuation was typed): it finds nothing. */
export function isEmptySearch(search: ParsedSearch): boolean {
  return search.clauses.length === 0 && search.termCodes.length === 0;
}
