import type BetterSqlite3 from 'better-sqlite3';
import { HIGHLIGHT_PARTS, markMatches, type SearchHighlight } from '../../shared/search/search-highlight';
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

/** A page of search results, best first, with where each matched. */
export interface SearchResult {
  records: AnnotationRecord[];
  highlights: Map<string, SearchHighlight>;
}

/** Words of context a highlight shows around the matches of a long remark or quote. */
const SNIPPET_TOKENS = 24;

const TERM_FILTER = `(SELECT count(DISTINCT f.term_id) FROM annotation_terms f
  WHERE f.annotation_uuid = a.uuid AND f.term_id IN (SELECT value FROM json_each(@termIds))) = json_array_length(@termIds)`;

/**
 * Per column of the index, the SQL of its highlight: a snippet of long texts, short ones whole. The
 * markers char(2) and char(3) are MATCH_START and MATCH_END of search-highlight.ts.
 */
const HIGHLIGHT_COLUMNS = HIGHLIGHT_PARTS.map((part, column) =>
  part === 'text' || part === 'quote'
    ? `snippet(annotation_search, ${column}, char(2), char(3), '…', ${SNIPPET_TOKENS})`
    : `highlight(annotation_search, ${column}, char(2), char(3))`,
);

/**
 * Full-text search over the annotations a viewer may see (the index of migration 6). Results are
 * ranked by bm25 with the column weights the migration set, then oldest first among equals.
 */
export function createSearchRepository(db: BetterSqlite3.Database) {
  const selectByRowids = prepareAnnotationRead<[string]>(db, `${SELECT_ANNOTATIONS} WHERE a.rowid IN (SELECT value FROM json_each(?))`);
  const selectHighlights = db
    .prepare<{ match: string; rowids: string }, unknown[]>(
      `SELECT rowid, ${HIGHLIGHT_COLUMNS.join(', ')} FROM annotation_search
       WHERE annotation_search MATCH @match AND rowid IN (SELECT value FROM json_each(@rowids))`,
    )
    .raw(true);
  const rankStatements = new Map<string, BetterSqlite3.Statement<Record<string, unknown>, { seq: number }>>();

  function rankStatement(query: SearchQuery): BetterSqlite3.Statement<Record<string, unknown>, { seq: number }> {
    const filters = LIST_FILTERS.filter(([key]) => key !== 'after' && query[key] !== undefined).map(([, clause]) => clause);
    if (query.termIds) filters.push(TERM_FILTER);
    const where = [VISIBLE_TO_VIEWER, 'a.deleted_at IS NULL', ...filters].join(' AND ');
    // Without words to rank by (only `term:`), the newest come first.
    const sql =
      query.match === null
        ? `SELECT a.rowid AS seq FROM annotations a JOIN users u ON u.id = a.author_id
           WHERE ${where} ORDER BY a.created DESC, a.rowid DESC LIMIT @limit OFFSET @offset`
        : `SELECT a.rowid AS seq FROM annotation_search s
           JOIN annotations a ON a.rowid = s.rowid JOIN users u ON u.id = a.author_id
           WHERE annotation_search MATCH @match AND ${where}
           ORDER BY s.rank, a.rowid LIMIT @limit OFFSET @offset`;
    let statement = rankStatements.get(sql);
    if (!statement) {
      statement = db.prepare<Record<string, unknown>, { seq: number }>(sql);
      rankStatements.set(sql, statement);
    }
    return statement;
  }

  function highlightsOf(match: string, rowids: string): Map<number, SearchHighlight> {
    const found = new Map<number, SearchHighlight>();
    for (const [rowid, ...columns] of selectHighlights.all({ match, rowids })) {
      const highlight: SearchHighlight = {};
      HIGHLIGHT_PARTS.forEach((part, index) => {
        const html = markMatches(String(columns[index] ?? ''));
        if (html !== null) highlight[part] = html;
      });
      found.set(Number(rowid), highlight);
    }
    return found;
  }

  return {
    /** The page of `query`'s results that `viewer` may see, best match first; deleted ones never. */
    search(query: SearchQuery, viewer: Viewer): SearchResult {
      const { termIds, match, ...rest } = query;
      const params: Record<string, unknown> = { ...viewerParams(viewer) };
      for (const [key, value] of Object.entries(rest)) if (value !== undefined) params[key] = value;
      if (match !== null) params.match = match;
      if (termIds) params.termIds = JSON.stringify(termIds);
      const seqs = rankStatement(query).all(params).map((row) => row.seq);
      if (seqs.length === 0) return { records: [], highlights: new Map() };
      const rowids = JSON.stringify(seqs);
      const bySeq = new Map(selectByRowids.all(rowids).map((values) => {
        const record = toAnnotationRecord(values);
        return [record.seq, record] as const;
      }));
      const records = seqs.map((seq) => bySeq.get(seq)).filter((record): record is AnnotationRecord => record !== undefined);
      // Highlights only for the page (FTS5 builds them row by row), not for every match.
      const bySeqHighlight = match === null ? new Map<number, SearchHighlight>() : highlightsOf(match, rowids);
      const highlights = new Map(records.map((record) => [record.uuid, bySeqHighlight.get(record.seq) ?? {}]));
      return { records, highlights };
    },
  };
}

/** Full-text search over annotations. */
export type SearchRepository = ReturnType<typeof createSearchRepository>;
