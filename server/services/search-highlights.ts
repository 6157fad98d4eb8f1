import { toArray } from '../../shared/schemas/annotation';
import { markWords } from '../../shared/search/mark-words';
import type { SearchHighlight } from '../../shared/search/search-highlight';
import type { SearchClause, SearchField } from '../../shared/search/search-query';
import type { AnnotationRecord } from '../db/annotation-row';

type Part = keyof SearchHighlight;

/** Which part of an annotation each search field looks in. */
const PART_OF_FIELD: Readonly<Record<SearchField, Part>> = { author: 'author', tags: 'tags', quote: 'quote' };

/**
 * The texts of an annotation that the search index holds (migration 6 writes the same in SQL;
 * tests/server/search-index.test.ts proves the two agree): the remark, the quoted passage, the
 * tags, the linked terms' `code label` and the author's name and organisation.
 */
export function searchTextsOf(record: AnnotationRecord, termLabels: ReadonlyMap<string, string>): Record<Part, string> {
  const textual = record.body.flatMap((body) => (body.type === 'TextualBody' ? [body] : []));
  const selectors = typeof record.target === 'string' ? [] : toArray(record.target.selector);
  return {
    text: textual.filter((body) => body.purpose !== 'tagging').map((body) => body.value).join('\n'),
    quote: selectors.flatMap((selector) => (selector.type === 'TextQuoteSelector' ? [selector.exact] : [])).join('\n'),
    tags: textual.filter((body) => body.purpose === 'tagging').map((body) => body.value).join(', '),
    terms: record.termIds.flatMap((id) => termLabels.get(id) ?? []).join(', '),
    author: `${record.author.name}, ${record.author.organisation}`,
  };
}

/**
 * Where `clauses` matched in a search result: per part, its text with the matching words marked
 * (escaped HTML, see search-highlight.ts); parts without a match are left out. A clause limited
 * to one field (`door:`) marks only there.
 */
export function highlightOf(record: AnnotationRecord, clauses: readonly SearchClause[], termLabels: ReadonlyMap<string, string>): SearchHighlight {
  const texts = searchTextsOf(record, termLabels);
  const highlight: SearchHighlight = {};
  for (const part of Object.keys(texts) as Part[]) {
    const words = clauses.filter((clause) => clause.field === null || PART_OF_FIELD[clause.field] === part).flatMap((clause) => clause.words);
    const html = words.length > 0 ? markWords(texts[part], words) : null;
    if (html !== null) highlight[part] = html;
  }
  return highlight;
}
