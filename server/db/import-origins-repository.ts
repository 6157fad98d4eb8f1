import type BetterSqlite3 from 'better-sqlite3';

/** Prepares the statements once and returns the repository of import origins (migration 12). */
export function createImportOriginsRepository(db: BetterSqlite3.Database) {
  const insert = db.prepare<[string, string, string, string]>(
    'INSERT INTO import_origins (origin, annotation_uuid, imported_by, imported_at) VALUES (?, ?, ?, ?)',
  );
  const selectOne = db.prepare<[string], { annotation_uuid: string }>('SELECT annotation_uuid FROM import_origins WHERE origin = ?');
  // Annotations sent with a foreign id through the API keep it in `via`; only those rows have one.
  const selectVia = db.prepare<[], { via: string; uuid: string }>(
    `SELECT json_each.value AS via, annotations.uuid AS uuid FROM annotations, json_each(annotations.via)
     WHERE annotations.via IS NOT NULL AND annotations.via != '[]'`,
  );

  return {
    /** The annotation an earlier import made of `origin`, if any (it may have been deleted since). */
    find(origin: string): string | null {
      return selectOne.get(origin)?.annotation_uuid ?? null;
    },
    /** Remembers that `origin` became the annotation `annotationUuid` (call inside the import's transaction). */
    record(origin: string, annotationUuid: string, importedBy: string, at: string): void {
      insert.run(origin, annotationUuid, importedBy, at);
    },
    /** Every earlier id kept in an annotation's `via`, with that annotation: one pass, for a whole import. */
    viaIndex(): Map<string, string> {
      return new Map(selectVia.all().map((row) => [row.via, row.uuid]));
    },
  };
}
