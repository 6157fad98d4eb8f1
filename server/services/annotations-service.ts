import { randomUUID } from 'node:crypto';
import { annotationUuid, toArray, type AnnotationInput, type Body } from '../../shared/schemas/annotation';
import type { Taxonomy } from '../../shared/schemas/taxonomy';
import { normaliseSource } from '../../shared/urls/normalise-source';
import type { AnnotationRecord, Viewer } from '../db/annotations-repository';
import type { KantlijnDatabase } from '../db/database';
import type { User } from '../db/users-repository';
import { ApiFailure } from '../http/api-failure';

/** What a create did: stored a new annotation, or found the same id already stored by this author. */
export type CreateOutcome = { created: boolean; record: AnnotationRecord };

/** True when `viewer` may see `record` under its visibility. */
export function isVisibleTo(record: AnnotationRecord, viewer: Viewer): boolean {
  if (record.author.id === viewer.id) return true;
  if (record.visibility === 'round') return true;
  return record.visibility === 'organisation' && record.author.organisation === viewer.organisation;
}

function classifyingTermIds(bodies: Body[]): string[] {
  return [...new Set(bodies.flatMap((body) => (body.type === 'SpecificResource' ? [body.source] : [])))];
}

function assertKnownTerms(termIds: string[], taxonomy: Taxonomy): void {
  const known = new Set(taxonomy.terms.map((term) => term.id));
  const issues = termIds
    .filter((id) => !known.has(id))
    .map((id) => ({ path: 'body', message: `onbekende term ${id}` }));
  if (issues.length > 0) throw new ApiFailure(400, 'unknown_term', 'Het annotatie verwijst naar onbekende termen.', issues);
}

/**
 * Stores a new annotation by `author`. A repeated create with the same client id by the same author
 * returns the stored one (the outbox relies on it); the same id from someone else is a conflict.
 * A reply takes its document and visibility from the annotation it answers.
 */
export function createAnnotation(
  db: KantlijnDatabase,
  author: User,
  input: AnnotationInput,
  taxonomy: Taxonomy,
  now: Date,
): CreateOutcome {
  const uuid = (input.id !== undefined ? annotationUuid(input.id) : null) ?? randomUUID();
  const bodies = toArray(input.body);
  const termIds = classifyingTermIds(bodies);
  assertKnownTerms(termIds, taxonomy);

  return db.transaction((): CreateOutcome => {
    const existing = db.annotations.findByUuid(uuid);
    if (existing) {
      if (existing.author.id !== author.id) throw new ApiFailure(409, 'id_taken', 'Deze annotatie-id is al in gebruik.');
      return { created: false, record: existing };
    }
    const placement = placeTarget(db, author, input);
    const timestamp = now.toISOString();
    const record: AnnotationRecord = {
      uuid,
      id: input.id ?? `urn:uuid:${uuid}`,
      source: placement.source,
      parentUuid: placement.parentUuid,
      motivation: input.motivation,
      kind: input.kind ?? null,
      visibility: placement.visibility ?? input.visibility ?? 'round',
      body: bodies,
      target: placement.target,
      termIds,
      version: 1,
      created: timestamp,
      modified: timestamp,
      author: { id: author.id, name: author.name, role: author.role, organisation: author.organisation },
    };
    db.annotations.insert(record);
    return { created: true, record };
  });
}

interface Placement {
  source: string;
  parentUuid: string | null;
  visibility: AnnotationRecord['visibility'] | null;
  target: AnnotationRecord['target'];
}

function placeTarget(db: KantlijnDatabase, author: User, input: AnnotationInput): Placement {
  if (typeof input.target === 'string') {
    const parentUuid = annotationUuid(input.target);
    const parent = parentUuid ? db.annotations.findByUuid(parentUuid) : null;
    if (!parent || !isVisibleTo(parent, author)) {
      throw new ApiFailure(404, 'parent_not_found', 'De annotatie waarop u reageert bestaat niet (meer).');
    }
    return { source: parent.source, parentUuid: parent.uuid, visibility: parent.visibility, target: parent.id };
  }
  const source = normaliseSource(input.target.source);
  return { source, parentUuid: null, visibility: null, target: { source, selector: toArray(input.target.selector) } };
}

/** One annotation if it exists and `viewer` may see it; otherwise a 404 (never revealing which). */
export function getVisibleAnnotation(db: KantlijnDatabase, idOrUuid: string, viewer: Viewer): AnnotationRecord {
  const uuid = annotationUuid(idOrUuid);
  const record = uuid ? db.annotations.findByUuid(uuid) : null;
  if (!record || !isVisibleTo(record, viewer)) throw new ApiFailure(404, 'not_found', 'Deze annotatie bestaat niet.');
  return record;
}
