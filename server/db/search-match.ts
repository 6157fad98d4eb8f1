import type { SearchClause, SearchField } from '../../shared/search/search-query';

/** The index column (migration 6) each search field reads. */
const COLUMN: Readonly<Record<SearchField, string>> = { author: 'author', tags: 'tags', quote: 'quote' };

/** An FTS5 string literal: double quotes around, a double quote inside doubled. */
function quoted(text: string): string {
  return `"${text.replaceAll('"', '""')}"`;
}

/**
 * The FTS5 MATCH expression for parsed search clauses, all of which must match. Every clause
 * becomes a quoted string, so nothing a user typed is read as FTS5 syntax (`OR`, `NEAR(`, `*`,
 * `"`, `:` and `^` are text inside the quotes and separators to the tokenizer); the last word of a
 * clause matches as a prefix when it is at least two characters long (one letter matches as a
 * whole word, or it would match almost everything). `null` when there are no clauses.
 */
export function toMatchExpression(clauses: readonly SearchClause[]): string | null {
  const parts = clauses
    .filter((clause) => clause.words.length > 0)
    .map((clause) => {
      const last = clause.words.at(-1) ?? '';
      const phrase = `${quoted(clause.words.join(' '))}${[...last].length >= 2 ? '*' : ''}`;
      return clause.field ? `{${COLUMN[clause.field]}} : ${phrase}` : phrase;
    });
  return parts.length > 0 ? parts.join(' AND ') : null;
}
