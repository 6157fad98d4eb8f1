import type { W3cAnnotation } from '../../shared/schemas/annotation';
import { foldSearchWord } from '../../shared/search/fold-search-word';
import { isEmptySearch, parseSearch, type ParsedSearch } from '../../shared/search/search-query';
import type { Taxonomy } from '../../shared/schemas/taxonomy';
import type { AnnotationQuery } from '../db/annotations-repository';
import { toMatchExpression } from '../db/search-match';
import type { SearchQuery, SearchResult } from '../db/search-repository';
import type { User } from '../db/users-repository';
import { RESPONSE_CONTEXT, toAnnotationJson } from './annotation-view';
import { ANY_DOCUMENT, pageOf, type CachedPage } from './page-cache';
import { highlightOf } from './search-highlights';
import type { ServiceContext } from './service-context';
import { currentTaxonomy } from './taxonomy-service';

/** The cursor of a search's next page: how many results came before it. */
export function encodeSearchCursor(offset: number): string {
  return Buffer.from(`search|${offset}`, 'utf8').toString('base64url');
}

/** Reads a search cursor; `null` when it is not one. */
export function decodeSearchCursor(cursor: string): number | null {
  const match = /^search\|(\d{1,9})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  return match ? Number(match[1]) : null;
}

/** The ids of the terms `term:` facets name by code (any case); `null` when one names no term. */
function termIdsOf(codes: readonly string[], taxonomy: Taxonomy): string[] | null {
  const ids: string[] = [];
  for (const code of codes) {
    const term = taxonomy.terms.find((candidate) => foldSearchWord(candidate.code) === foldSearchWord(code));
    if (!term) return null;
    ids.push(term.id);
  }
  return ids;
}

/**
 * Runs a parsed search with the list's other filters (`filters.limit` is one more than the page,
 * as for lists) for `user`. Nothing is found when only punctuation was typed or a `term:` names
 * no term.
 */
export function runSearch(context: ServiceContext, user: User, search: ParsedSearch, filters: Omit<AnnotationQuery, 'after'>, offset: number): SearchResult {
  // Most searches name no term: spare them reading the taxonomy.
  const termIds = search.termCodes.length === 0 ? [] : termIdsOf(search.termCodes, currentTaxonomy(context));
  if (isEmptySearch(search) || termIds === null) return { records: [] };
  const query: SearchQuery = { ...filters, match: toMatchExpression(search.clauses), offset, ...(termIds.length > 0 ? { termIds } : {}) };
  return context.db.search.search(query, user);
}

/**
 * One page of results for what was typed (`filters.limit` is one more than the page), as `user`
 * sees them, each with its `highlight`; `more` says whether results follow, and `sources` holds
 * the document of each item in order (for a reply too, whose target is the annotation it answers).
 */
export function searchResults(
  context: ServiceContext,
  user: User,
  q: string,
  filters: Omit<AnnotationQuery, 'after'>,
  offset: number,
  base?: string,
): { items: W3cAnnotation[]; sources: string[]; more: boolean } {
  const search = parseSearch(q);
  const found = runSearch(context, user, search, filters, offset).records;
  const records = found.slice(0, filters.limit - 1);
  const labels = context.db.search.termLabels([...new Set(records.flatMap((record) => record.termIds))]);
  const items = records.map((record): W3cAnnotation => ({ ...toAnnotationJson(record, user, base), highlight: highlightOf(record, search.clauses, labels) }));
  return { items, sources: records.map((record) => record.source), more: found.length > records.length };
}

/**
 * One page of search results as a W3C AnnotationPage, best match first, each item with its
 * `highlight`. Kept per reader and query until anything changes anywhere (a search spans
 * documents; a relabelled term or an erased name clears the whole cache too).
 */
export function searchPage(context: ServiceContext, user: User, q: string, filters: Omit<AnnotationQuery, 'after'>, offset: number, self: URL, base: string): CachedPage {
  const cacheKey = `${user.id}\n${base}${self.pathname}${self.search}`;
  const cached = context.pages?.get(ANY_DOCUMENT, cacheKey);
  if (cached) return cached;
  const { items, more } = searchResults(context, user, q, filters, offset, base);
  // Every link absolute (W3C model), on the origin readers use.
  const at = (cursorOffset: number | null): string => {
    const url = new URL(`${self.pathname}${self.search}`, base);
    if (cursorOffset === null || cursorOffset === 0) url.searchParams.delete('cursor');
    else url.searchParams.set('cursor', encodeSearchCursor(cursorOffset));
    return url.href;
  };
  const size = filters.limit - 1;
  const page = {
    '@context': RESPONSE_CONTEXT,
    id: at(offset),
    type: 'AnnotationPage' as const,
    startIndex: offset,
    items,
    ...(more ? { next: at(offset + items.length) } : {}),
    ...(offset > 0 ? { prev: at(Math.max(0, offset - size)) } : {}),
  };
  const json = JSON.stringify(page);
  return context.pages ? context.pages.set(ANY_DOCUMENT, cacheKey, json) : pageOf(json);
}
