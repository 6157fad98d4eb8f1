import type BetterSqlite3 from 'better-sqlite3';
import { VISIBLE_TO_VIEWER, WITHHELD, viewerParams } from './visibility-sql';
import {
  SELECT_ANNOTATIONS,
  prepareAnnotationRead,
  toAnnotationRecord,
  type AnnotationRecord,
  type AnnotationValues,
  type Viewer,
} from './annotation-row';

export type { AnnotationRecord, StoredTarget, Viewer } from './annotation-row';

/** Filters of a list; all optional, combined with AND. */
export interface AnnotationQuery {
  source?: string;
  /** Any of these normalised document URLs: one document known at several addresses. */
  sources?: readonly string[];
  termId?: string;
  kind?: string;
  role?: string;
  organisation?: string;
  authorId?: string;
  roundId?: string;
  /** Only annotations changed at or after this ISO time. */
  since?: string;
  /** Keyset cursor: only annotations after this one in (created, seq) order. */
  after?: { created: string; seq: number };
  /** Only annotations up to and including this one in (created, seq) order (to count a cursor's position). */
  upTo?: { created: string; seq: number };
  /** How many matching annotations to skip (the W3C pages' `startIndex`). */
  offset?: number;
  limit: number;
}

/** The optional WHERE clauses of a list (and of a search), each with the parameter it reads. */
export const LIST_FILTERS: [keyof AnnotationQuery, string][] = [
  ['source', 'a.source = @source'],
  ['sources', 'a.source IN (SELECT value FROM json_each(@sources))'],
  ['termId', 'EXISTS (SELECT 1 FROM annotation_terms f WHERE f.annotation_uuid = a.uuid AND f.term_id = @termId)'],
  ['kind', 'a.kind = @kind'],
  ['role', 'u.role = @role'],
  ['organisation', 'u.organisation = @organisation'],
  ['authorId', 'a.author_id = @authorId'],
  ['roundId', 'a.round_id = @roundId'],
  ['since', 'a.modified >= @since'],
  ['after', '(a.created, a.rowid) > (@afterCreated, @afterSeq)'],
  ['upTo', '(a.created, a.rowid) <= (@upToCreated, @upToSeq)'],
];

/** Prepares the statements once and returns the annotations repository. */
export function createAnnotationsRepository(db: BetterSqlite3.Database) {
  const insertAnnotation = db.prepare(
    `INSERT INTO annotations (uuid, id, source, parent_uuid, round_id, author_id, motivation, kind, visibility,
       audience_organisation, body, target, version, created, modified, canonical, via, provenance)
     VALUES (@uuid, @id, @source, @parentUuid, @roundId, @authorId, @motivation, @kind, @visibility,
       @audienceOrganisation, @body, @target, @version, @created, @modified, @canonical, @via, @provenance)`,
  );
  const updateAnnotation = db.prepare(
    `UPDATE annotations SET source = @source, motivation = @motivation, kind = @kind, visibility = @visibility,
       body = @body, target = @target, version = @version, modified = @modified, canonical = @canonical WHERE uuid = @uuid`,
  );
  const updateReplyVisibility = db.prepare<{ uuid: string; visibility: string }>(
    `WITH RECURSIVE thread(uuid) AS (SELECT uuid FROM annotations WHERE parent_uuid = @uuid
       UNION ALL SELECT a.uuid FROM annotations a JOIN thread t ON a.parent_uuid = t.uuid)
     UPDATE annotations SET visibility = @visibility, version = version + 1
     WHERE uuid IN (SELECT uuid FROM thread) AND visibility != @visibility`,
  );
  const insertTerm = db.prepare<[string, string]>('INSERT OR IGNORE INTO annotation_terms (annotation_uuid, term_id) VALUES (?, ?)');
  const deleteTerms = db.prepare<[string]>('DELETE FROM annotation_terms WHERE annotation_uuid = ?');
  const deleteRow = db.prepare<[string]>('DELETE FROM annotations WHERE uuid = ?');
  const tombstone = db.prepare<{ uuid: string; at: string }>(
    `UPDATE annotations SET deleted_at = @at, body = '[]', kind = NULL, version = version + 1, modified = @at WHERE uuid = @uuid`,
  );
  // Hiding changes what the author sees (the moderation note), so it is a new version for sync and ETags.
  const setHidden = db.prepare<{ uuid: string; at: string | null; by: string | null; reason: string | null; now: string }>(
    `UPDATE annotations SET hidden_at = @at, hidden_by = @by, hidden_reason = @reason, version = version + 1, modified = @now
     WHERE uuid = @uuid`,
  );
  const countReplies = db.prepare<[string], { n: number }>('SELECT count(*) AS n FROM annotations WHERE parent_uuid = ?');
  const selectParent = db.prepare<[string], { parent_uuid: string | null }>('SELECT parent_uuid FROM annotations WHERE uuid = ?');
  const isTombstone = db.prepare<[string], { n: number }>('SELECT count(*) AS n FROM annotations WHERE uuid = ? AND deleted_at IS NOT NULL');
  const selectByUuid = prepareAnnotationRead<[string]>(db, `${SELECT_ANNOTATIONS} WHERE a.uuid = ?`);
  const selectThread = prepareAnnotationRead<[string]>(
    db,
    `WITH RECURSIVE thread(uuid) AS (SELECT uuid FROM annotations WHERE parent_uuid = ?
       UNION ALL SELECT a.uuid FROM annotations a JOIN thread t ON a.parent_uuid = t.uuid)
     ${SELECT_ANNOTATIONS} WHERE a.uuid IN (SELECT uuid FROM thread) ORDER BY a.created, a.rowid`,
  );
  const selectForDigest = prepareAnnotationRead<{ roundId: string | null; from: string | null; to: string | null }>(
    db,
    `${SELECT_ANNOTATIONS}
     WHERE a.visibility = 'round' AND NOT ${WITHHELD} AND a.deleted_at IS NULL
       AND (@roundId IS NULL OR a.round_id = @roundId)
       AND (@from IS NULL OR a.created >= @from) AND (@to IS NULL OR a.created < @to)
     ORDER BY a.created, a.rowid`,
  );
  const selectForModeration = prepareAnnotationRead<{ hidden: number; limit: number; viewerId: string; viewerRole: string; viewerOrg: string }>(
    db,
    `${SELECT_ANNOTATIONS}
     WHERE ${VISIBLE_TO_VIEWER} AND a.visibility != 'private' AND a.deleted_at IS NULL
       AND (a.hidden_at IS NOT NULL) = (@hidden = 1)
     ORDER BY a.created DESC, a.rowid DESC LIMIT @limit`,
  );
  const selectFingerprintSources = db.prepare<[string], { source: string }>(
    "SELECT DISTINCT source FROM annotations WHERE json_extract(target, '$.fingerprint') = ? ORDER BY source",
  );
  const selectCounts = db.prepare<
    { sources: string; since: string | null; viewerId: string; viewerRole: string; viewerOrg: string },
    { annotations: number; replies: number | null; mine: number | null; fresh: number | null }
  >(
    `SELECT count(*) AS annotations, sum(a.parent_uuid IS NOT NULL) AS replies, sum(a.author_id = @viewerId) AS mine,
       sum(a.author_id != @viewerId AND (@since IS NULL OR a.created > @since)) AS fresh
     FROM annotations a
     WHERE a.source IN (SELECT value FROM json_each(@sources)) AND a.deleted_at IS NULL AND ${VISIBLE_TO_VIEWER}`,
  );
  const listStatements = new Map<string, BetterSqlite3.Statement<Record<string, unknown>, AnnotationValues>>();
  const countStatements = new Map<string, BetterSqlite3.Statement<Record<string, unknown>, { n: number }>>();

  function writeTerms(record: AnnotationRecord): void {
    deleteTerms.run(record.uuid);
    for (const termId of record.termIds) insertTerm.run(record.uuid, termId);
  }

  function rowParams(record: AnnotationRecord) {
    return {
      uuid: record.uuid,
      source: record.source,
      motivation: record.motivation,
      kind: record.kind,
      visibility: record.visibility,
      body: JSON.stringify(record.body),
      target: JSON.stringify(record.target),
      version: record.version,
      modified: record.modified,
      canonical: record.canonical ?? null,
    };
  }

  return {
    /** Stores a new annotation and its term links (call inside a transaction). */
    insert(record: AnnotationRecord): void {
      insertAnnotation.run({
        ...rowParams(record),
        id: record.id,
        parentUuid: record.parentUuid,
        roundId: record.roundId,
        authorId: record.author.id,
        audienceOrganisation: record.audienceOrganisation,
        created: record.created,
        via: record.via?.length ? JSON.stringify(record.via) : null,
        provenance: record.provenance ? JSON.stringify(record.provenance) : null,
      });
      writeTerms(record);
    },
    /** Replaces an annotation's content; replies follow a changed visibility (call inside a transaction). */
    update(record: AnnotationRecord): void {
      updateAnnotation.run(rowParams(record));
      writeTerms(record);
      updateReplyVisibility.run({ uuid: record.uuid, visibility: record.visibility });
    },
    /**
     * Removes an annotation. One that has replies stays as an empty tombstone so the thread stays
     * readable; returns which of the two happened.
     */
    remove(uuid: string, at: string): 'deleted' | 'tombstoned' {
      if ((countReplies.get(uuid)?.n ?? 0) > 0) {
        tombstone.run({ uuid, at });
        deleteTerms.run(uuid);
        return 'tombstoned';
      }
      let parent = selectParent.get(uuid)?.parent_uuid ?? null;
      deleteRow.run(uuid);
      // A tombstone stays only while replies hang from it; without them it goes too, up the thread.
      while (parent && (isTombstone.get(parent)?.n ?? 0) > 0 && (countReplies.get(parent)?.n ?? 0) === 0) {
        const next = selectParent.get(parent)?.parent_uuid ?? null;
        deleteRow.run(parent);
        parent = next;
      }
      return 'deleted';
    },
    /** Hides (with a reason) or unhides (`null`) an annotation. */
    setHidden(uuid: string, hidden: { at: string; by: string; reason: string } | null, now: string): void {
      setHidden.run({ uuid, at: hidden?.at ?? null, by: hidden?.by ?? null, reason: hidden?.reason ?? null, now });
    },
    /** Every reply below an annotation, at any depth, oldest first. */
    threadOf(uuid: string): AnnotationRecord[] {
      return selectThread.all(uuid).map(toAnnotationRecord);
    },
    /** One annotation whatever its visibility; callers decide who may see it. */
    findByUuid(uuid: string): AnnotationRecord | null {
      const row = selectByUuid.get(uuid);
      return row ? toAnnotationRecord(row) : null;
    },
    /**
     * What may appear in a digest: shared with the whole round, not withheld by moderation (hidden,
     * or answering a hidden annotation), not deleted; optionally
     * of one round and a period of creation. Replies of such annotations qualify on their own terms.
     */
    listForDigest(filter: { roundId: string | null; from: string | null; to: string | null }): AnnotationRecord[] {
      return selectForDigest.all(filter).map(toAnnotationRecord);
    },
    /**
     * The moderation queue's view for `viewer` (the secretariat): shared, not deleted annotations,
     * either the hidden ones or the others, newest first.
     */
    listForModeration(filter: { hidden: boolean; limit: number }, viewer: Viewer): AnnotationRecord[] {
      return selectForModeration.all({ hidden: filter.hidden ? 1 : 0, limit: filter.limit, ...viewerParams(viewer) }).map(toAnnotationRecord);
    },
    /**
     * The document URLs at which annotations carrying the PDF fingerprint were made (the same file,
     * wherever it was published). Uses the index of migration 4.
     */
    sourcesWithFingerprint(fingerprint: string): string[] {
      return selectFingerprintSources.all(fingerprint).map((row) => row.source);
    },
    /**
     * How many annotations (replies included, tombstones not) `viewer` may see at any of `sources`,
     * split into remarks (on the document itself) and replies (answering another annotation); how
     * many of all those are their own; and how many by others were made after `since` (all of
     * others' when `since` is null).
     */
    countAt(sources: readonly string[], viewer: Viewer, since: string | null): { annotations: number; remarks: number; replies: number; mine: number; new: number } {
      const row = selectCounts.get({ sources: JSON.stringify(sources), since, ...viewerParams(viewer) });
      const annotations = row?.annotations ?? 0;
      const replies = row?.replies ?? 0;
      return { annotations, remarks: annotations - replies, replies, mine: row?.mine ?? 0, new: row?.fresh ?? 0 };
    },
    /** The annotations `viewer` may see that match `query`, oldest first, at most `query.limit` after `query.offset`. */
    list(query: AnnotationQuery, viewer: Viewer): AnnotationRecord[] {
      const { sql, params } = listSql(query, viewer);
      return prepared(`${SELECT_ANNOTATIONS} WHERE ${sql} ORDER BY a.created, a.rowid LIMIT @limit OFFSET @offset`).all(params).map(toAnnotationRecord);
    },
    /** How many annotations `viewer` may see match `query` (its limit and offset aside): the collection's `total`. */
    count(query: Omit<AnnotationQuery, 'limit'>, viewer: Viewer): number {
      const { sql, params } = listSql({ ...query, limit: 0 }, viewer);
      let statement = countStatements.get(sql);
      if (!statement) {
        statement = db.prepare<Record<string, unknown>, { n: number }>(`SELECT count(*) AS n FROM annotations a JOIN users u ON u.id = a.author_id WHERE ${sql}`);
        countStatements.set(sql, statement);
      }
      const { limit: _limit, offset: _offset, ...countParams } = params;
      void _limit;
      void _offset;
      return statement.get(countParams)?.n ?? 0;
    },
  };

  /** A list statement, prepared once per combination of filters. */
  function prepared(sql: string): BetterSqlite3.Statement<Record<string, unknown>, AnnotationValues> {
    let statement = listStatements.get(sql);
    if (!statement) {
      statement = prepareAnnotationRead<Record<string, unknown>>(db, sql);
      listStatements.set(sql, statement);
    }
    return statement;
  }
}

/** The WHERE clause of a list (visibility first, then the filters that are set) and its parameters. */
function listSql(query: AnnotationQuery, viewer: Viewer): { sql: string; params: Record<string, unknown> } {
  const active = LIST_FILTERS.filter(([key]) => query[key] !== undefined);
  const { after, upTo, offset, ...filters } = query;
  const defined = Object.entries(filters).filter(([, value]) => value !== undefined);
  const params: Record<string, unknown> = { ...viewerParams(viewer), ...Object.fromEntries(defined), offset: offset ?? 0 };
  if (filters.sources) params.sources = JSON.stringify(filters.sources);
  if (after) Object.assign(params, { afterCreated: after.created, afterSeq: after.seq });
  if (upTo) Object.assign(params, { upToCreated: upTo.created, upToSeq: upTo.seq });
  return { sql: [VISIBLE_TO_VIEWER, ...active.map(([, clause]) => clause)].join(' AND '), params };
}
