/**
 * Full-text search over annotations (SQLite FTS5). One index row per annotation that is not
 * deleted, under the annotation's rowid, with five columns: the remark (every TextualBody that is
 * not a tag), the quoted passage (TextQuoteSelector `exact`), the free tags, the code and label of
 * every linked term (as the current taxonomy names it) and the author's name and organisation.
 *
 * The tokenizer folds case and diacritics (`remove_diacritics 2`: "reünie" = "reunie"); prefix
 * indexes of 2 and 3 characters keep short prefix queries quick. The index is kept in step by
 * triggers, so every write that changes what is indexed (an annotation created, changed or deleted,
 * its term links, an author's name erased, a term relabelled by a new taxonomy) changes the index in
 * the same statement, and so in the same transaction: a failed or interrupted write leaves both as
 * they were. The current labels of the terms are kept in `search_term_labels` (one row per term
 * id), so a relabelling re-indexes only the annotations that link to that term.
 *
 * VACUUM may renumber the rowids of a table without an INTEGER PRIMARY KEY; Kantlijn never
 * vacuums. A copy that was vacuumed by hand gets a fresh index with `SEARCH_INDEX_REBUILD`.
 */

/**
 * The indexed text of annotation `a` written by `u`, per column, in the order of the index's
 * columns. Exported so a test can prove the index holds exactly this for every annotation.
 */
export const SEARCH_COLUMNS_SQL = {
  remark: `coalesce((SELECT group_concat(b.value ->> '$.value', char(10)) FROM json_each(a.body) b
    WHERE b.value ->> '$.type' = 'TextualBody' AND coalesce(b.value ->> '$.purpose', '') != 'tagging'), '')`,
  quote: `coalesce((SELECT group_concat(s.value ->> '$.exact', char(10)) FROM json_each(a.target, '$.selector') s
    WHERE s.value ->> '$.type' = 'TextQuoteSelector'), '')`,
  tags: `coalesce((SELECT group_concat(b.value ->> '$.value', ', ') FROM json_each(a.body) b
    WHERE b.value ->> '$.type' = 'TextualBody' AND b.value ->> '$.purpose' = 'tagging'), '')`,
  terms: `coalesce((SELECT group_concat(l.text, ', ' ORDER BY t.term_id) FROM annotation_terms t JOIN search_term_labels l ON l.term_id = t.term_id
    WHERE t.annotation_uuid = a.uuid), '')`,
  author: `u.name || ', ' || u.organisation`,
} as const;

const COLUMNS = Object.keys(SEARCH_COLUMNS_SQL).join(', ');
const VALUES = Object.values(SEARCH_COLUMNS_SQL).join(',\n    ');

/** SQL that re-indexes the annotations `a` for which `condition` holds (deleted ones drop out). */
function reindex(condition: string): string {
  return `DELETE FROM annotation_search WHERE rowid IN (SELECT a.rowid FROM annotations a WHERE ${condition});
  INSERT INTO annotation_search (rowid, ${COLUMNS})
  SELECT a.rowid,
    ${VALUES}
  FROM annotations a JOIN users u ON u.id = a.author_id WHERE (${condition}) AND a.deleted_at IS NULL;`;
}

/** The current taxonomy's `code label` per term id. */
const CURRENT_LABELS = `SELECT t.value ->> '$.id', (t.value ->> '$.code') || ' ' || (t.value ->> '$.label')
  FROM json_each((SELECT terms FROM taxonomy_versions ORDER BY version DESC LIMIT 1)) t`;

/** Empties and fills the whole index from the tables (the migration's fill, and a repair). */
export const SEARCH_INDEX_REBUILD = `
DELETE FROM search_term_labels;
INSERT INTO search_term_labels (term_id, text) ${CURRENT_LABELS};
DELETE FROM annotation_search;
${reindex('1')}
`;

export const searchIndex = `
CREATE TABLE search_term_labels (
  term_id TEXT PRIMARY KEY,
  text TEXT NOT NULL
) STRICT;

CREATE VIRTUAL TABLE annotation_search USING fts5(
  ${COLUMNS},
  tokenize = 'unicode61 remove_diacritics 2',
  prefix = '2 3'
);
-- Relevance: a match in the remark counts most, then tags and terms, then the quote, then the author.
INSERT INTO annotation_search (annotation_search, rank) VALUES ('rank', 'bm25(4.0, 1.5, 2.5, 2.0, 1.0)');

${SEARCH_INDEX_REBUILD}

CREATE TRIGGER annotation_search_insert AFTER INSERT ON annotations BEGIN
  ${reindex('a.uuid = NEW.uuid')}
END;
CREATE TRIGGER annotation_search_update AFTER UPDATE OF body, target, author_id, deleted_at ON annotations BEGIN
  ${reindex('a.uuid = NEW.uuid')}
END;
CREATE TRIGGER annotation_search_delete AFTER DELETE ON annotations BEGIN
  DELETE FROM annotation_search WHERE rowid = OLD.rowid;
END;
CREATE TRIGGER annotation_search_term_linked AFTER INSERT ON annotation_terms BEGIN
  ${reindex('a.uuid = NEW.annotation_uuid')}
END;
CREATE TRIGGER annotation_search_term_unlinked AFTER DELETE ON annotation_terms BEGIN
  ${reindex('a.uuid = OLD.annotation_uuid')}
END;
CREATE TRIGGER annotation_search_author AFTER UPDATE OF name, organisation ON users
  WHEN OLD.name IS NOT NEW.name OR OLD.organisation IS NOT NEW.organisation BEGIN
  ${reindex('a.author_id = NEW.id')}
END;

CREATE TRIGGER search_taxonomy_version AFTER INSERT ON taxonomy_versions
  WHEN NEW.version = (SELECT max(version) FROM taxonomy_versions) BEGIN
  DELETE FROM search_term_labels WHERE term_id NOT IN (SELECT t.value ->> '$.id' FROM json_each(NEW.terms) t);
  INSERT INTO search_term_labels (term_id, text)
    SELECT t.value ->> '$.id', (t.value ->> '$.code') || ' ' || (t.value ->> '$.label') FROM json_each(NEW.terms) t WHERE true
    ON CONFLICT (term_id) DO UPDATE SET text = excluded.text WHERE text != excluded.text;
END;
CREATE TRIGGER search_term_label_added AFTER INSERT ON search_term_labels BEGIN
  ${reindex('a.uuid IN (SELECT annotation_uuid FROM annotation_terms WHERE term_id = NEW.term_id)')}
END;
CREATE TRIGGER search_term_label_changed AFTER UPDATE OF text ON search_term_labels BEGIN
  ${reindex('a.uuid IN (SELECT annotation_uuid FROM annotation_terms WHERE term_id = NEW.term_id)')}
END;
CREATE TRIGGER search_term_label_removed AFTER DELETE ON search_term_labels BEGIN
  ${reindex('a.uuid IN (SELECT annotation_uuid FROM annotation_terms WHERE term_id = OLD.term_id)')}
END;
`;
