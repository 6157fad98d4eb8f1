import type BetterSqlite3 from 'better-sqlite3';
import type { Body, FeedbackKind, Motivation, Visibility } from '../../shared/schemas/annotation';
import type { Role } from '../../shared/schemas/roles';
import type { ResponseStatus } from '../../shared/schemas/response';
import type { Selector } from '../../shared/schemas/selectors';
import { THREAD_HIDDEN } from './visibility-sql';

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
  /**
   * True when an annotation this one answers (at any depth) is hidden: a reply read without what
   * it answers misleads, and may quote the hidden text. Every read sets it; absent counts as false.
   */
  threadHidden?: boolean;
  author: { id: string; name: string; role: Role; organisation: string; deleted: boolean };
  /** A client's canonical IRI for it, kept exactly (W3C Protocol). */
  canonical?: string | null;
  /** Earlier ids of it elsewhere, among them a foreign `id` the server replaced. */
  via?: string[];
  /** Where an imported annotation came from, as it was sent; `null` for one made here. */
  provenance?: Provenance | null;
  /** What the reviewed organisation did with it, if anything was recorded. */
  response: { status: ResponseStatus; text: string; at: string; by: { name: string; role: Role; organisation: string } } | null;
}

/** The `creator`, `generator` and `created` an imported annotation came with. */
export interface Provenance {
  creator?: unknown;
  generator?: unknown;
  created?: string;
}

/** Who is reading: visibility is decided on these facts. */
export interface Viewer {
  id: string;
  role: Role;
  organisation: string;
}

/** The columns every annotation read selects, by name (see ANNOTATION_COLUMNS for their order). */
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
  thread_hidden: number;
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
  canonical: string | null;
  via: string | null;
  provenance: string | null;
}

/**
 * What every annotation read selects, in order: the column's name and its SQL. Named one by one
 * (not `a.*`) so the order is fixed and the rows can be read as plain arrays (see
 * `prepareAnnotationRead`): better-sqlite3 builds an object per row field by field, which costs twice
 * as much as the query itself for a page of a hundred annotations.
 */
const ANNOTATION_COLUMNS = [
  ['seq', 'a.rowid'],
  ['uuid', 'a.uuid'],
  ['id', 'a.id'],
  ['source', 'a.source'],
  ['parent_uuid', 'a.parent_uuid'],
  ['round_id', 'a.round_id'],
  ['author_id', 'a.author_id'],
  ['motivation', 'a.motivation'],
  ['kind', 'a.kind'],
  ['visibility', 'a.visibility'],
  ['audience_organisation', 'a.audience_organisation'],
  ['body', 'a.body'],
  ['target', 'a.target'],
  ['version', 'a.version'],
  ['created', 'a.created'],
  ['modified', 'a.modified'],
  ['deleted_at', 'a.deleted_at'],
  ['hidden_at', 'a.hidden_at'],
  ['hidden_by', 'a.hidden_by'],
  ['hidden_reason', 'a.hidden_reason'],
  ['thread_hidden', `(${THREAD_HIDDEN})`],
  ['author_name', 'u.name'],
  ['author_role', 'u.role'],
  ['author_organisation', 'u.organisation'],
  ['author_deleted_at', 'u.deleted_at'],
  ['term_ids', "(SELECT group_concat(term_id, ' ') FROM annotation_terms t WHERE t.annotation_uuid = a.uuid)"],
  ['response_status', 'r.status'],
  ['response_text', 'r.text'],
  ['response_at', 'r.at'],
  ['response_by_name', 'ru.name'],
  ['response_by_role', 'ru.role'],
  ['response_by_organisation', 'ru.organisation'],
  ['canonical', 'a.canonical'],
  ['via', 'a.via'],
  ['provenance', 'a.provenance'],
] as const satisfies ReadonlyArray<readonly [keyof AnnotationRow, string]>;

/** Every column of AnnotationRow is selected: a column missing above would fail to compile here. */
type MissingColumns = Exclude<keyof AnnotationRow, (typeof ANNOTATION_COLUMNS)[number][0]>;
const everyColumnSelected: [MissingColumns] extends [never] ? true : MissingColumns = true;
void everyColumnSelected;

/** An annotation read as better-sqlite3 returns it in raw mode: the columns' values in order. */
export type AnnotationValues = unknown[];

/** The position of each column in an `AnnotationValues` row. */
const AT = Object.fromEntries(ANNOTATION_COLUMNS.map(([name], index) => [name, index])) as Record<keyof AnnotationRow, number>;

/** One column's value from a raw row, typed as the column is. */
function field<K extends keyof AnnotationRow>(values: AnnotationValues, name: K): AnnotationRow[K] {
  return values[AT[name]] as AnnotationRow[K];
}

/** The start of every annotation read: the columns above, with author and response joined in. */
export const SELECT_ANNOTATIONS = `
  SELECT ${ANNOTATION_COLUMNS.map(([name, sql]) => `${sql} AS ${name}`).join(', ')}
  FROM annotations a JOIN users u ON u.id = a.author_id
  LEFT JOIN responses r ON r.annotation_uuid = a.uuid LEFT JOIN users ru ON ru.id = r.by_id`;

/** Prepares an annotation read (SQL starting with SELECT_ANNOTATIONS) to return raw rows. */
export function prepareAnnotationRead<P extends unknown[] | Record<string, unknown>>(
  db: BetterSqlite3.Database,
  sql: string,
): BetterSqlite3.Statement<P, AnnotationValues> {
  // `raw(true)` is typed as losing the parameter type; it changes only how rows come back.
  return db.prepare<P, AnnotationValues>(sql).raw(true) as unknown as BetterSqlite3.Statement<P, AnnotationValues>;
}

/** The one row → domain mapper for annotations. */
export function toAnnotationRecord(values: AnnotationValues): AnnotationRecord {
  const termIds = field(values, 'term_ids');
  const hiddenAt = field(values, 'hidden_at');
  const responseStatus = field(values, 'response_status');
  const responseAt = field(values, 'response_at');
  const via = field(values, 'via');
  const provenance = field(values, 'provenance');
  return {
    seq: field(values, 'seq'),
    uuid: field(values, 'uuid'),
    id: field(values, 'id'),
    source: field(values, 'source'),
    parentUuid: field(values, 'parent_uuid'),
    roundId: field(values, 'round_id'),
    motivation: field(values, 'motivation'),
    kind: field(values, 'kind'),
    visibility: field(values, 'visibility'),
    audienceOrganisation: field(values, 'audience_organisation') ?? field(values, 'author_organisation'),
    body: JSON.parse(field(values, 'body')) as Body[],
    target: JSON.parse(field(values, 'target')) as StoredTarget,
    termIds: termIds ? termIds.split(' ').sort() : [],
    version: field(values, 'version'),
    created: field(values, 'created'),
    modified: field(values, 'modified'),
    deletedAt: field(values, 'deleted_at'),
    hidden: hiddenAt ? { at: hiddenAt, by: field(values, 'hidden_by') ?? '', reason: field(values, 'hidden_reason') ?? '' } : null,
    threadHidden: field(values, 'thread_hidden') === 1,
    canonical: field(values, 'canonical'),
    via: via ? (JSON.parse(via) as string[]) : [],
    provenance: provenance ? (JSON.parse(provenance) as Provenance) : null,
    author: {
      id: field(values, 'author_id'),
      name: field(values, 'author_name'),
      role: field(values, 'author_role'),
      organisation: field(values, 'author_organisation'),
      deleted: field(values, 'author_deleted_at') !== null,
    },
    response:
      responseStatus && responseAt
        ? {
            status: responseStatus,
            text: field(values, 'response_text') ?? '',
            at: responseAt,
            by: {
              name: field(values, 'response_by_name') ?? '',
              role: field(values, 'response_by_role') ?? 'respondent',
              organisation: field(values, 'response_by_organisation') ?? '',
            },
          }
        : null,
  };
}
