import type BetterSqlite3 from 'better-sqlite3';
import type { Body, FeedbackKind, Motivation, Visibility } from '../../shared/schemas/annotation';
import type { Selector } from '../../shared/schemas/selectors';
import type { Role } from '../../shared/schemas/roles';

/** The stored target: a document passage, or (for a reply) the id of the annotation replied to. */
export type StoredTarget = { source: string; selector: Selector[] } | string;

/** An annotation as the server keeps it, with its author's public details joined in. */
export interface AnnotationRecord {
  uuid: string;
  id: string;
  /** Normalised document URL; a reply carries its thread's document so lists by source include it. */
  source: string;
  parentUuid: string | null;
  motivation: Motivation;
  kind: FeedbackKind | null;
  visibility: Visibility;
  body: Body[];
  target: StoredTarget;
  termIds: string[];
  version: number;
  created: string;
  modified: string;
  author: { id: string; name: string; role: Role; organisation: string };
}

/** Who is reading: visibility is decided on these two facts. */
export interface Viewer {
  id: string;
  organisation: string;
}

interface AnnotationRow {
  uuid: string;
  id: string;
  source: string;
  parent_uuid: string | null;
  author_id: string;
  motivation: Motivation;
  kind: FeedbackKind | null;
  visibility: Visibility;
  body: string;
  target: string;
  version: number;
  created: string;
  modified: string;
  author_name: string;
  author_role: Role;
  author_organisation: string;
  term_ids: string | null;
}

const SELECT_WITH_AUTHOR = `
  SELECT a.*, u.name AS author_name, u.role AS author_role, u.organisation AS author_organisation,
         (SELECT group_concat(term_id, ' ') FROM annotation_terms t WHERE t.annotation_uuid = a.uuid) AS term_ids
  FROM annotations a JOIN users u ON u.id = a.author_id`;

/** SQL that is true when the annotation `a` (author `u`) may be seen by @viewerId of @viewerOrg. */
const VISIBLE_TO_VIEWER = `(a.visibility = 'round' OR a.author_id = @viewerId
  OR (a.visibility = 'organisation' AND u.organisation = @viewerOrg))`;

function toRecord(row: AnnotationRow): AnnotationRecord {
  return {
    uuid: row.uuid,
    id: row.id,
    source: row.source,
    parentUuid: row.parent_uuid,
    motivation: row.motivation,
    kind: row.kind,
    visibility: row.visibility,
    body: JSON.parse(row.body) as Body[],
    target: JSON.parse(row.target) as StoredTarget,
    termIds: row.term_ids ? row.term_ids.split(' ') : [],
    version: row.version,
    created: row.created,
    modified: row.modified,
    author: { id: row.author_id, name: row.author_name, role: row.author_role, organisation: row.author_organisation },
  };
}

/** Annotations: insert, read one, list a document's. */
export type AnnotationsRepository = ReturnType<typeof createAnnotationsRepository>;

/** Prepares the statements once and returns the annotations repository. */
export function createAnnotationsRepository(db: BetterSqlite3.Database) {
  const insertAnnotation = db.prepare(
    `INSERT INTO annotations (uuid, id, source, parent_uuid, author_id, motivation, kind, visibility, body, target,
       version, created, modified)
     VALUES (@uuid, @id, @source, @parentUuid, @authorId, @motivation, @kind, @visibility, @body, @target,
       @version, @created, @modified)`,
  );
  const insertTerm = db.prepare<[string, string]>(
    'INSERT OR IGNORE INTO annotation_terms (annotation_uuid, term_id) VALUES (?, ?)',
  );
  const selectByUuid = db.prepare<[string], AnnotationRow>(`${SELECT_WITH_AUTHOR} WHERE a.uuid = ?`);
  const selectBySource = db.prepare<{ source: string; viewerId: string; viewerOrg: string }, AnnotationRow>(
    `${SELECT_WITH_AUTHOR} WHERE a.source = @source AND ${VISIBLE_TO_VIEWER} ORDER BY a.created, a.uuid`,
  );

  return {
    /** Stores a new annotation and its term links in one transaction. */
    insert: db.transaction((record: AnnotationRecord): void => {
      insertAnnotation.run({
        uuid: record.uuid,
        id: record.id,
        source: record.source,
        parentUuid: record.parentUuid,
        authorId: record.author.id,
        motivation: record.motivation,
        kind: record.kind,
        visibility: record.visibility,
        body: JSON.stringify(record.body),
        target: JSON.stringify(record.target),
        version: record.version,
        created: record.created,
        modified: record.modified,
      });
      for (const termId of record.termIds) insertTerm.run(record.uuid, termId);
    }),
    /** One annotation whatever its visibility; callers decide who may see it. */
    findByUuid(uuid: string): AnnotationRecord | null {
      const row = selectByUuid.get(uuid);
      return row ? toRecord(row) : null;
    },
    /** The annotations on one document (replies included) that `viewer` may see, oldest first. */
    listBySource(source: string, viewer: Viewer): AnnotationRecord[] {
      return selectBySource.all({ source, viewerId: viewer.id, viewerOrg: viewer.organisation }).map(toRecord);
    },
  };
}
