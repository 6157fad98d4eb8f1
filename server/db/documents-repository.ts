import type BetterSqlite3 from 'better-sqlite3';

/** A document of a round as the secretariat registered it; `urls` are normalised, in the given order. */
export interface DocumentRecord {
  id: string;
  title: string;
  urls: string[];
  publisher: string | null;
  /** The publication date as `YYYY-MM-DD`, when known. */
  date: string | null;
  roundId: string | null;
  createdAt: string;
  modifiedAt: string;
}

interface DocumentRow {
  id: string;
  title: string;
  publisher: string | null;
  published_on: string | null;
  round_id: string | null;
  created_at: string;
  modified_at: string;
  urls: string;
}

function toDocument(row: DocumentRow): DocumentRecord {
  return {
    id: row.id,
    title: row.title,
    urls: JSON.parse(row.urls) as string[],
    publisher: row.publisher,
    date: row.published_on,
    roundId: row.round_id,
    createdAt: row.created_at,
    modifiedAt: row.modified_at,
  };
}

const SELECT_DOCUMENTS = `SELECT d.*, (SELECT json_group_array(url) FROM (SELECT url FROM document_urls WHERE document_id = d.id ORDER BY position)) AS urls
  FROM documents d`;

/** Registered documents with their URLs, and when each reader last looked at one. */
export type DocumentsRepository = ReturnType<typeof createDocumentsRepository>;

/** Prepares the statements once and returns the documents repository. */
export function createDocumentsRepository(db: BetterSqlite3.Database) {
  const insert = db.prepare(
    `INSERT INTO documents (id, title, publisher, published_on, round_id, created_at, modified_at)
     VALUES (@id, @title, @publisher, @date, @roundId, @createdAt, @modifiedAt)`,
  );
  const update = db.prepare(
    `UPDATE documents SET title = @title, publisher = @publisher, published_on = @date, round_id = @roundId, modified_at = @modifiedAt
     WHERE id = @id`,
  );
  const deleteUrls = db.prepare<[string]>('DELETE FROM document_urls WHERE document_id = ?');
  const insertUrl = db.prepare<[string, string, number]>('INSERT INTO document_urls (url, document_id, position) VALUES (?, ?, ?)');
  const deleteDocument = db.prepare<[string]>('DELETE FROM documents WHERE id = ?');
  const selectById = db.prepare<[string], DocumentRow>(`${SELECT_DOCUMENTS} WHERE d.id = ?`);
  const selectAll = db.prepare<{ roundId: string | null }, DocumentRow>(
    `${SELECT_DOCUMENTS} WHERE @roundId IS NULL OR d.round_id = @roundId ORDER BY d.published_on DESC NULLS LAST, d.title, d.id`,
  );
  const selectOwnerOfUrl = db.prepare<[string], { document_id: string }>('SELECT document_id FROM document_urls WHERE url = ?');
  const selectVisit = db.prepare<[string, string], { visited_at: string }>(
    'SELECT visited_at FROM document_visits WHERE user_id = ? AND document_id = ?',
  );
  const upsertVisit = db.prepare<{ userId: string; documentId: string; at: string }>(
    `INSERT INTO document_visits (user_id, document_id, visited_at) VALUES (@userId, @documentId, @at)
     ON CONFLICT (user_id, document_id) DO UPDATE SET visited_at = excluded.visited_at`,
  );
  const selectMadeSince = db.prepare<{ sources: string; since: string }, { n: number }>(
    `SELECT 1 AS n FROM annotations a WHERE a.source IN (SELECT value FROM json_each(@sources)) AND a.created >= @since LIMIT 1`,
  );
  const selectVisitsOf = db.prepare<[string], { document_id: string; visited_at: string }>(
    'SELECT document_id, visited_at FROM document_visits WHERE user_id = ? ORDER BY document_id',
  );
  const deleteVisitsOf = db.prepare<[string]>('DELETE FROM document_visits WHERE user_id = ?');

  function writeUrls(document: DocumentRecord): void {
    deleteUrls.run(document.id);
    document.urls.forEach((url, position) => insertUrl.run(url, document.id, position));
  }

  return {
    /** Stores a new document and its URLs (call inside a transaction). */
    insert(document: DocumentRecord): void {
      insert.run({ ...document });
      writeUrls(document);
    },
    /** Replaces a document's details and URLs (call inside a transaction). */
    update(document: DocumentRecord): void {
      update.run({ id: document.id, title: document.title, publisher: document.publisher, date: document.date, roundId: document.roundId, modifiedAt: document.modifiedAt });
      writeUrls(document);
    },
    /** Removes a document, its URLs and its visits; its annotations stay where they were made. */
    remove(id: string): boolean {
      return deleteDocument.run(id).changes > 0;
    },
    findById(id: string): DocumentRecord | null {
      const row = selectById.get(id);
      return row ? toDocument(row) : null;
    },
    /** Every document, or those of one round; newest publication first, then by title. */
    all(roundId: string | null = null): DocumentRecord[] {
      return selectAll.all({ roundId }).map(toDocument);
    },
    /** The id of the document that lists `url` (normalised) among its URLs, if any. */
    documentIdOfUrl(url: string): string | null {
      return selectOwnerOfUrl.get(url)?.document_id ?? null;
    },
    /** When `userId` last looked at the document's annotations, if ever. */
    lastVisit(userId: string, documentId: string): string | null {
      return selectVisit.get(userId, documentId)?.visited_at ?? null;
    },
    /**
     * Records that `userId` looked at the annotations of the document, made at `sources`, at `at`.
     * The time counts only against creation times, so when nothing was made there since the last
     * visit it is left as it is: a read of an unchanged document stays a read, with no commit.
     */
    recordVisit(userId: string, documentId: string, sources: readonly string[], at: string): void {
      const last = selectVisit.get(userId, documentId)?.visited_at;
      if (last !== undefined && !selectMadeSince.get({ sources: JSON.stringify(sources), since: last })) return;
      upsertVisit.run({ userId, documentId, at });
    },
    /** A reader's visits, for the export of everything stored about them. */
    visitsOf(userId: string): { documentId: string; visitedAt: string }[] {
      return selectVisitsOf.all(userId).map((row) => ({ documentId: row.document_id, visitedAt: row.visited_at }));
    },
    /** Forgets a reader's visits (account deletion). */
    forgetVisitsOf(userId: string): void {
      deleteVisitsOf.run(userId);
    },
  };
}
