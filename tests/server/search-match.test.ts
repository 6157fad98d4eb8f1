import BetterSqlite3 from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { migrate } from '../../server/db/migrate';
import { toMatchExpression } from '../../server/db/search-match';
import { parseSearch } from '../../shared/search/search-query';

describe('toMatchExpression', () => {
  it('quotes every clause, makes the last word a prefix, and limits facets to their column', () => {
    expect(toMatchExpression(parseSearch('wacht jeugd').clauses)).toBe('"wacht"* AND "jeugd"*');
    expect(toMatchExpression(parseSearch('door:"Anna de Vries" a').clauses)).toBe('"a" AND {author} : "Anna de Vries"*');
    expect(toMatchExpression(parseSearch('label:x citaat:vast').clauses)).toBe('{tags} : "x" AND {quote} : "vast"*');
    expect(toMatchExpression(parseSearch('*').clauses)).toBeNull();
  });

  it('doubles a double quote should one ever reach it', () => {
    expect(toMatchExpression([{ field: null, words: ['a"b'] }])).toBe('"a""b"*');
  });

  // Every hostile string through the real index: FTS5 must take each without a syntax error.
  const db = new BetterSqlite3(':memory:');
  migrate(db);
  afterAll(() => db.close());
  const hostile = ['"', '*', 'NEAR(', 'NEAR(a b, 2)', 'OR', 'a OR b', 'NOT', 'x AND', '"a" "b', '^a', 'a:b', '{remark}: x', 'rank:1', '(', ')', 'a"*"b', '\u0002', 'ÿ"'];
  it.each(hostile)('builds an expression FTS5 accepts from %j', (input) => {
    // Parsed as the API does, and also handed over raw as one word (the quoting alone must hold).
    const raw = toMatchExpression([{ field: null, words: [input] }, { field: 'author', words: [input] }]);
    for (const match of [toMatchExpression(parseSearch(input).clauses), raw]) {
      if (match === null) continue;
      expect(() => db.prepare('SELECT rowid FROM annotation_search WHERE annotation_search MATCH ?').all(match)).not.toThrow();
    }
    expect(raw).not.toBeNull();
  });
});
