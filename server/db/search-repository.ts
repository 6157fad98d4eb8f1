import type BetterSqlite3 from 'better-sqlite3';
import { SELECT_ANNOTATIONS, prepareAnnotationRead, toAnnotationRecord, type AnnotationRecord, type Viewer } from './annotation-row';
import { LIST_FILTERS, type AnnotationQuery } from './annotations-repository';
import { VISIBLE_TO_VIEWER, viewerParams } from './visibility-sql';

/** A search: an FTS5 MATCH expression (see search-match.ts), the list's filters, and a page. */
export interface SearchQuery extends Omit<AnnotationQuery, 'after' | 'limit'> {
  /** What the text must match; `null` when only the filters (such as `termIds`) select. */
  match: string | null;
  /** Terms every result must link to (from `term:` facets). */
  termIds?: readonly string[];
  offset: number;
  limit: number;
}

/** A page of search results, best first. */
export interface SearchResult {
  records: AnnotationRecord[];
}

const TERM_FILTER = `(SELECT count(DISTINCT f.term_id) FROM annotation_terms f
  WHERE f.annotation_uuid = a.uuid AND f.term_id IN (SELECT value FROM json_each(@termIds))) = json_array_length(@termIds)`;

/** The window of best matches a search spanning documents joins first: its page's worth times this, at least WINDOW_MIN. */
const WINDOW_FACTOR = 4;
const WINDOW_MIN = 200;
/** The best `@window` matches of a search, by (rank, rowid). */
const WINDOW = '(SELECT rowid, rank FROM annotation_search WHERE annotation_search MATCH @match ORDER BY rank, rowid LIMIT @window)';

/**
 * Full-text search over the annotations a viewer may see (the index of migration 6). Results are
 * ranked by bm25 with the column weights the migration set, then oldest first among equals.
 */
export function createSearchRepository(db: BetterSqlite3.Database) {
  const selectByRowids = prepareAnnotationRead<[string]>(db, `${SELECT_ANNOTATIONS} WHERE a.rowid IN (SELECT value FROM json_each(?))`);
  const selectLabels = db.prepare<[string], { term_id: string; text: string }>(
    'SELECT term_id, text FROM search_term_labels WHERE term_id IN (SELECT value FROM json_each(?))',
  );
  const rankStatements = new Map<string, BetterSqlite3.Statement<Record<string, unknown>, { seq: number }>>();

  /**
   * The statement that ranks a search, by how it finds its results:
   * - `window`: only the best `@window` matches by (rank, rowid) are joined and filtered, which
   *   spares the join for thousands of matches; it is exact whenever the page fills from the
   *   window, and the caller asks again with `all` when it does not;
   * - `candidates`: the annotations the filters allow (one document's, one author's: a few
   *   hundred) are selected by their indexes first, and only the matches among them are ranked.
   *   FTS5 works out a row's rank only when it is asked for, so bm25 runs for those few rows, not
   *   for every match; the rowid bounds let FTS5 skip the matches outside their span;
   * - `all`: every match is joined, filtered and ranked.
   * The three give the same results in the same order: bm25 of a row does not depend on which
   * other rows are ranked with it.
   */
  function rankStatement(query: SearchQuery, how: 'window' | 'candidates' | 'all'): BetterSqlite3.Statement<Record<string, unknown>, { seq: number }> {
    const filters = LIST_FILTERS.filter(([key]) => key !== 'after' && query[key] !== undefined).map(([, clause]) => clause);
    if (query.termIds) filters.push(TERM_FILTER);
    const where = [VISIBLE_TO_VIEWER, 'a.deleted_at IS NULL', ...filters].join(' AND ');
    const sql = query.match === null
      ? // Without words to rank by (only `term:`), the newest come first.
        `SELECT a.rowid AS seq FROM annotations a JOIN users u ON u.id = a.author_id
         WHERE ${where} ORDER BY a.created DESC, a.rowid DESC LIMIT @limit OFFSET @offset`
      : how === 'candidates'
        ? // `+s.rowid`: the list is tested per match, never looked up one FTS5 query per rowid.
          `WITH candidates AS MATERIALIZED (SELECT a.rowid AS seq FROM annotations a JOIN users u ON u.id = a.author_id WHERE ${where})
           SELECT s.rowid AS seq FROM annotation_search s
           WHERE annotation_search MATCH @match
             AND s.rowid >= (SELECT min(seq) FROM candidates) AND s.rowid <= (SELECT max(seq) FROM candidates)
             AND +s.rowid IN (SELECT seq FROM candidates)
           ORDER BY s.rank, s.rowid LIMIT @limit OFFSET @offset`
        : `SELECT a.rowid AS seq FROM ${how === 'window' ? WINDOW : 'annotation_search'} s
           JOIN annotations a ON a.rowid = s.rowid JOIN users u ON u.id = a.author_id
           WHERE ${how === 'window' ? '' : 'annotation_search MATCH @match AND '}${where}
           ORDER BY s.rank, s.rowid LIMIT @limit OFFSET @offset`;
    let statement = rankStatements.get(sql);
    if (!statement) {
      statement = db.prepare<Record<string, unknown>, { seq: number }>(sql);
      rankStatements.set(sql, statement);
    }
    return statement;
  }

  /** The ranked rowids of a page: among the candidates on one document or author, else through the window first. */
  function rankedSeqs(query: SearchQuery, params: Record<string, unknown>): number[] {
    if (query.match === null) return rankStatement(query, 'all').all(params).map((row) => row.seq);
    // A search on one document (or one author) has few candidates: rank only those.
    if (query.source !== undefined || query.sources !== undefined || query.authorId !== undefined) {
      return rankStatement(query, 'candidates').all(params).map((row) => row.seq);
    }
    const window = Math.max(WINDOW_MIN, (query.offset + query.limit) * WINDOW_FACTOR);
    const seqs = rankStatement(query, 'window').all({ ...params, window }).map((row) => row.seq);
    if (seqs.length === query.limit) return seqs;
    return rankStatement(query, 'all').all(params).map((row) => row.seq);
  }

  return {
    /** The page of `query`'s results that `viewer` may see, best match first; deleted ones never. */
    search(query: SearchQuery, viewer: Viewer): SearchResult {
      const { termIds, match, ...rest } = query;
      const params: Record<string, unknown> = { ...viewerParams(viewer) };
      for (const [key, value] of Object.entries(rest)) if (value !== undefined) params[key] = value;
      if (match !== null) params.match = match;
      if (termIds) params.termIds = JSON.stringify(termIds);
      if (rest.sources) params.sources = JSON.stringify(rest.sources);
      const seqs = rankedSeqs(query, params);
      if (seqs.length === 0) return { records: [] };
      const rowids = JSON.stringify(seqs);
      const bySeq = new Map(selectByRowids.all(rowids).map((values) => {
        const record = toAnnotationRecord(values);
        return [record.seq, record] as const;
      }));
      return { records: seqs.map((seq) => bySeq.get(seq)).filter((record): record is AnnotationRecord => record !== undefined) };
    },
    /** The current `code label` of each of these terms, as the index holds it. */
    termLabels(termIds: readonly string[]): Map<string, string> {
      return new Map(selectLabels.all(JSON.stringify(termIds)).map((row) => [row.term_id, row.text]));
    },
  };
}

/** Full-text search over annotations. */
export type SearchRepository = ReturnType<typeof createSearchRepository>;
