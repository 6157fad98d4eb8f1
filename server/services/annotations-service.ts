import { recordPdfSighting } from './document-addresses';
import { fingerprintOf, storedDocumentTarget } from './document-identity';
import { randomUUID } from 'node:crypto';
import { annotationUuid, type AnnotationInput } from '../../shared/schemas/annotation';
import { normaliseSource } from '../../shared/urls/normalise-source';
import type { AnnotationRecord, Viewer } from '../db/annotation-row';
import type { User } from '../db/users-repository';
import { ApiFailure } from '../http/api-failure';
import { isVisibleTo } from './annotation-access';
import { checkedBodies } from './annotation-content';
import { assertRoundOpen, roundForNewAnnotation } from './rounds-service';
import type { ServiceContext } from './service-context';
import { currentTaxonomy } from './taxonomy-service';

/** What a create did: stored a new annotation, or found the same id already stored by this author. */
export type CreateOutcome = { created: boolean; record: AnnotationRecord };

const notFound = () => new ApiFailure(404, 'not_found', 'Deze annotatie bestaat niet.');

/** One annotation if it exists, is not deleted and `viewer` may see it; otherwise a 404 (never saying which). */
export function getVisibleAnnotation(context: ServiceContext, idOrUuid: string, viewer: Viewer): AnnotationRecord {
  const uuid = annotationUuid(idOrUuid);
  const record = uuid ? context.db.annotations.findByUuid(uuid) : null;
  if (!record || record.deletedAt || !isVisibleTo(record, viewer)) throw notFound();
  return record;
}

interface Placement {
  source: string;
  audienceOrganisation: string;
  parentUuid: string | null;
  visibility: AnnotationRecord['visibility'] | null;
  roundId: string | null | undefined;
  target: AnnotationRecord['target'];
}

/** Where an annotation goes: a document passage, or (for a reply) the thread of a visible annotation. */
function placeTarget(context: ServiceContext, author: User, input: AnnotationInput, at: string): Placement {
  if (typeof input.target !== 'string') {
    const source = normaliseSource(input.target.source);
    return {
      source,
      audienceOrganisation: author.organisation,
      parentUuid: null,
      visibility: null,
      roundId: undefined,
      target: storedDocumentTarget(source, input.target),
    };
  }
  const parent = getVisibleAnnotation(context, input.target, author);
  if (parent.roundId) {
    const round = context.db.rounds.findById(parent.roundId);
    if (round) assertRoundOpen(round, at);
  }
  return {
    source: parent.source,
    audienceOrganisation: parent.audienceOrganisation,
    parentUuid: parent.uuid,
    visibility: parent.visibility,
    roundId: parent.roundId,
    target: parent.id,
  };
}

/**
 * Stores a new annotation by `author`. A repeated create with the same client id by the same author
 * returns the stored one (the offline outbox relies on it); the same id from someone else is a
 * conflict. A reply takes its document, visibility and round from the annotation it answers.
 */
export function createAnnotation(context: ServiceContext, author: User, input: AnnotationInput): CreateOutcome {
  const uuid = (input.id !== undefined ? annotationUuid(input.id) : null) ?? randomUUID();
  const { bodies, termIds } = checkedBodies(input, currentTaxonomy(context));
  const outcome = context.db.transaction((): CreateOutcome => {
    const existing = context.db.annotations.findByUuid(uuid);
    if (existing) {
      if (existing.author.id !== author.id) throw new ApiFailure(409, 'id_taken', 'Deze annotatie-id is al in gebruik.');
      return { created: false, record: existing };
    }
    const at = context.now().toISOString();
    const placement = placeTarget(context, author, input, at);
    const record: AnnotationRecord = {
      seq: 0,
      uuid,
      id: input.id ?? `urn:uuid:${uuid}`,
      source: placement.source,
      parentUuid: placement.parentUuid,
      roundId: placement.roundId === undefined ? roundForNewAnnotation(context, input.round, at) : placement.roundId,
      motivation: input.motivation,
      kind: input.kind ?? null,
      visibility: placement.visibility ?? input.visibility ?? 'round',
      audienceOrganisation: placement.audienceOrganisation,
      body: bodies,
      target: placement.target,
      termIds,
      version: 1,
      created: at,
      modified: at,
      deletedAt: null,
      hidden: null,
      response: null,
      author: { id: author.id, name: author.name, role: author.role, organisation: author.organisation, deleted: false },
    };
    context.db.annotations.insert(record);
    // An annotation made in the viewer says which file it saw at this URL, as a list by the viewer does.
    const fingerprint = fingerprintOf(record.target);
    if (fingerprint) recordPdfSighting(context, record.source, fingerprint);
    context.db.audit.record({ at, actorId: author.id, action: 'annotation.create', subject: uuid, detail: { source: record.source } });
    return { created: true, record: context.db.annotations.findByUuid(uuid) ?? record };
  });
  if (outcome.created) context.events.publish({ before: null, after: outcome.record });
  return outcome;
}

/** The annotation `author` may change, or the reason why not (404 unseen, 403 someone else's). */
function ownAnnotation(context: ServiceContext, author: User, idOrUuid: string): AnnotationRecord {
  const record = getVisibleAnnotation(context, idOrUuid, author);
  if (record.author.id !== author.id) throw new ApiFailure(403, 'forbidden', 'Alleen de auteur mag deze annotatie wijzigen.');
  return record;
}

/** Throws 412 when `If-Match` was sent and names no current version (`*` matches any). */
function assertMatches(ifMatch: string | undefined, etag: string): void {
  if (ifMatch === undefined || ifMatch.trim() === '*') return;
  // If-Match uses the strong comparison (RFC 9110 §13.1.1): a weak tag never matches.
  const tags = ifMatch.split(',').map((tag) => tag.trim());
  if (!tags.includes(etag)) {
    throw new ApiFailure(412, 'version_conflict', 'De annotatie is intussen gewijzigd; laad haar opnieuw.');
  }
}

/**
 * Replaces body, target, kind and visibility of the author's own annotation. `If-Match` (when sent)
 * must name the current version. A reply keeps its parent and visibility; replies follow a changed
 * visibility of their parent.
 */
export function replaceAnnotation(
  context: ServiceContext,
  author: User,
  idOrUuid: string,
  input: AnnotationInput,
  ifMatch: string | undefined,
  etagOf: (record: AnnotationRecord) => string,
): AnnotationRecord {
  const { current, updated, replies } = context.db.transaction(() => {
    const current = ownAnnotation(context, author, idOrUuid);
    const { bodies, termIds } = checkedBodies(input, currentTaxonomy(context), current.termIds);
    const repliesBefore = context.db.annotations.threadOf(current.uuid);
    assertMatches(ifMatch, etagOf(current));
    const at = context.now().toISOString();
    if (current.roundId) {
      const round = context.db.rounds.findById(current.roundId);
      if (round) assertRoundOpen(round, at);
    }
    const isReply = current.parentUuid !== null;
    if (isReply !== (typeof input.target === 'string')) {
      throw new ApiFailure(400, 'invalid_input', 'Een reactie blijft een reactie en een annotatie blijft op haar document.');
    }
    const next: AnnotationRecord = {
      ...current,
      motivation: input.motivation,
      kind: input.kind ?? null,
      visibility: isReply ? current.visibility : (input.visibility ?? current.visibility),
      body: bodies,
      target: isReply || typeof input.target === 'string' ? current.target : storedDocumentTarget(current.source, input.target, current.target),
      termIds,
      version: current.version + 1,
      modified: at,
    };
    if (!isReply && typeof input.target !== 'string' && normaliseSource(input.target.source) !== current.source) {
      throw new ApiFailure(400, 'invalid_input', 'Een annotatie kan niet naar een ander document verhuizen.');
    }
    context.db.annotations.update(next);
    context.db.audit.record({ at, actorId: author.id, action: 'annotation.update', subject: current.uuid, detail: { version: next.version } });
    const repliesAfter = new Map(context.db.annotations.threadOf(current.uuid).map((reply) => [reply.uuid, reply]));
    const replies = repliesBefore.map((before) => ({ before, after: repliesAfter.get(before.uuid) ?? null }));
    return { current, updated: context.db.annotations.findByUuid(current.uuid) ?? next, replies };
  });
  context.events.publish({ before: current, after: updated });
  // Replies follow a changed visibility; watchers must hear of that too.
  for (const reply of replies) if (reply.after && reply.after.version !== reply.before.version) context.events.publish(reply);
  return updated;
}

/** Deletes the author's own annotation (a tombstone stays when it has replies). */
export function deleteAnnotation(context: ServiceContext, author: User, idOrUuid: string, ifMatch: string | undefined, etagOf: (record: AnnotationRecord) => string): void {
  const removed = context.db.transaction(() => {
    const current = ownAnnotation(context, author, idOrUuid);
    assertMatches(ifMatch, etagOf(current));
    const at = context.now().toISOString();
    const how = context.db.annotations.remove(current.uuid, at);
    context.db.audit.record({ at, actorId: author.id, action: 'annotation.delete', subject: current.uuid, detail: { how } });
    return { before: current, after: how === 'tombstoned' ? context.db.annotations.findByUuid(current.uuid) : null };
  });
  context.events.publish(removed);
}
