import type { Body, FeedbackKind, Motivation, Visibility } from '../../shared/schemas/annotation';
import type { Role } from '../../shared/schemas/roles';
import type { ResponseStatus } from '../../shared/schemas/response';
import type { Selector } from '../../shared/schemas/selectors';

/** The stored target: a document passage, or (for a reply) the id of the annotation replied to. */
export type StoredTarget = { source: string; selector: Selector[]; fingerprint?: string } | string;

/** An annotation as the server keeps it, with its author's public details joined in. */
export interface AnnotationRecord {
  /** Insertion order (SQLite rowid): breaks ties between annotations made in the same millisecond. */
  seq: number;
  uuid: string;
  id: string;
  /** Normalised document URL; a reply carries its thread's document so lists by source include it. */
  source: string;
  parentUuid: string | null;
  roundId: string | null;
  motivation: Motivation;
  kind: FeedbackKind | null;
  visibility: Visibility;
  /** Whose organisation `organisation` visibility means: the thread starter's. */
  audienceOrganisation: string;
  body: Body[];
  target: StoredTarget;
  termIds: string[];
  version: number;
  created: string;
  modified: string;
  /** Set when the author deleted it while replies hung from it: kept as an empty tombstone. */
  deletedAt: string | null;
  /** Set when the secretariat hid it. */
  hidden: { at: string; by: string; reason: string } | null;
  author: { id: string; name: string; role: Role; organisation: string; deleted: boolean };
  /** What the reviewed organisation did with it, if anything was recorded. */
  response: { status: ResponseStatus; text: string; at: string; by: { name: string; role: Role; organisation: string } } | null;
}

/** Who is reading: visibility is decided on these facts. */
export interface Viewer {
  id: string;
  role: Role;
  organisation: string;
}

/** The columns every annotation read selects. */
export interface AnnotationRow {
  seq: number;
  uuid: string;
  id: string;
  source: string;
  parent_uuid: string | null;
  round_id: string | null;
  author_id: string;
  motivation: Motivation;
  kind: FeedbackKind | null;
  visibility: Visibility;
  audience_organisation: string | null;
  body: string;
  target: string;
  version: number;
  created: string;
  modified: string;
  deleted_at: string | null;
  hidden_at: string | null;
  hidden_by: string | null;
  hidden_reason: string | null;
  author_name: string;
  author_role: Role;
  author_organisation: string;
  author_deleted_at: string | null;
  term_ids: string | null;
  response_status: ResponseStatus | null;
  response_text: string | null;
  response_at: string | null;
  response_by_name: string | null;
  response_by_role: Role | null;
  response_by_organisation: string | null;
}

/** The SELECT … FROM part shared by every annotation read (alias `a`, author `u`). */
export const SELECT_ANNOTATIONS = `
  SELECT a.rowid AS seq, a.*, u.name AS author_name, u.role AS author_role, u.organisation AS author_organisation,
         u.deleted_at AS author_deleted_at,
         (SELECT group_concat(term_id, ' ') FROM annotation_terms t WHERE t.annotation_uuid = a.uuid) AS term_ids,
         r.status AS response_status, r.text AS response_text, r.at AS response_at,
         ru.name AS response_by_name, ru.role AS response_by_role, ru.organisation AS response_by_organisation
  FROM annotations a JOIN users u ON u.id = a.author_id
  LEFT JOIN responses r ON r.annotation_uuid = a.uuid LEFT JOIN users ru ON ru.id = r.by_id`;

/**
 * SQL that is true when annotation `a` by `u` may be seen by @viewerId (@viewerRole, @viewerOrg):
 * always by its author; hidden ones only by the secretariat; then by visibility.
 */
export const VISIBLE_TO_VIEWER = `(a.author_id = @viewerId OR (
    (a.hidden_at IS NULL OR @viewerRole = 'secretariat')
    AND (a.visibility = 'round' OR (a.visibility = 'organisation' AND a.audience_organisation = @viewerOrg))))`;

/** The one row → domain mapper for annotations. */
export function toAnnotationRecord(row: AnnotationRow): AnnotationRecord {
  return {
    seq: row.seq,
    uuid: row.uuid,
    id: row.id,
    source: row.source,
    parentUuid: row.parent_uuid,
    roundId: row.round_id,
    motivation: row.motivation,
    kind: row.kind,
    visibility: row.visibility,
    audienceOrganisation: row.audience_organisation ?? row.author_organisation,
    body: JSON.parse(row.body) as Body[],
    target: JSON.parse(row.target) as StoredTarget,
    termIds: row.term_ids ? row.term_ids.split(' ').sort() : [],
    version: row.version,
    created: row.created,
    modified: row.modified,
    deletedAt: row.deleted_at,
    hidden: row.hidden_at ? { at: row.hidden_at, by: row.hidden_by ?? '', reason: row.hidden_reason ?? '' } : null,
    author: {
      id: row.author_id,
      name: row.author_name,
      role: row.author_role,
      organisation: row.author_organisation,
      deleted: row.author_deleted_at !== null,
    },
    response:
      row.response_status && row.response_at
        ? {
            status: row.response_status,
            text: row.response_text ?? '',
            at: row.response_at,
            by: { name: row.response_by_name ?? '', role: row.response_by_role ?? 'respondent', organisation: row.response_by_organisation ?? '' },
          }
        : null,
  };
}

/** The parameters of VISIBLE_TO_VIEWER. */
export function viewerParams(viewer: Viewer): { viewerId: string; viewerRole: string; viewerOrg: string } {
  return { viewerId: viewer.id, viewerRole: viewer.role, viewerOrg: viewer.organisation };
}
