import { recordPdfSighting } from './document-addresses';
import { fingerprintOf, storedDocumentTarget } from './document-identity';
import { randomUUID } from 'node:crypto';
import { annotationUuid, DEFAULT_VISIBILITY, motivationOf, replyTargetOf, toArray, type AnnotationInput } from '../../shared/schemas/annotation';
import { normaliseSource } from '../../shared/urls/normalise-source';
import type { AnnotationRecord, Viewer } from '../db/annotation-row';
import type { User } from '../db/users-repository';
import { ApiFailure } from '../http/api-failure';
import { isVisibleTo } from './annotation-access';
import { nameBasedUuid } from './name-based-uuid';
import { checkedBodies } from './annotation-content';
import { recordReplyNotifications } from './notifications-service';
import { assertRoundOpen, roundForNewAnnotation } from './rounds-service';
import type { ServiceContext } from './service-context';
import { currentTaxonomy } from './taxonomy-service';

/** What a create did: stored a new annotation, or found the same id already stored by this author. */
export type CreateOutcome = { created: boolean; record: AnnotationRecord };

const notFound = () => new ApiFailure(404, 'not_found', 'Deze annotatie bestaat niet.');

/**
 * One annotation if it exists and `viewer` may see it; otherwise a 404 (never saying which). It may
 * be named by its IRI, its `urn:uuid:` alias or its bare UUID. A deleted remark kept for its replies
 * is found only with `tombstones` (reading it, as lists show it); it cannot be changed or answered.
 */
export function getVisibleAnnotation(context: ServiceContext, idOrUuid: string, viewer: Viewer, options: { tombstones?: boolean } = {}): AnnotationRecord {
  const uuid = annotationUuid(idOrUuid);
  const record = uuid ? context.db.annotations.findByUuid(uuid) : null;
  if (!record || (record.deletedAt && !options.tombstones) || !isVisibleTo(record, viewer)) throw notFound();
  return record;
}

/**
 * The UUID a foreign id is stored under: derived from author and id, so that the same author
 * sending the same foreign annotation again finds the one stored before (an import run twice).
 */
function uuidForForeignId(authorId: string, foreignId: string): string {
  return nameBasedUuid(`kantlijn-foreign-id\n${authorId}\n${foreignId}`);
}

/** Where the W3C round trip leaves an input: its UUID, `via` (a replaced foreign id added), provenance. */
function identityOf(author: User, input: AnnotationInput): Pick<AnnotationRecord, 'uuid' | 'via' | 'canonical' | 'provenance'> {
  const ownUuid = input.id !== undefined ? annotationUuid(input.id) : null;
  const foreignId = input.id !== undefined && ownUuid === null ? input.id : null;
  const via = [...new Set([...toArray(input.via), ...(foreignId ? [foreignId] : [])])];
  const provenance = {
    ...(input.creator !== undefined ? { creator: input.creator } : {}),
    ...(input.generator !== undefined ? { generator: input.generator } : {}),
    ...(input.created !== undefined ? { created: input.created } : {}),
  };
  return {
    uuid: ownUuid ?? (foreignId ? uuidForForeignId(author.id, foreignId) : randomUUID()),
    via,
    canonical: input.canonical ?? null,
    provenance: Object.keys(provenance).length > 0 ? provenance : null,
  };
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
/**
 * The annotation `author` may reply to at `at`: one they may see, not deleted, in a round that is
 * open (404 or 409 otherwise, in Dutch). The one rule for replies: the API and the import's dry run call it.
 */
export function replyParent(context: ServiceContext, author: User, parentUuid: string, at: string): AnnotationRecord {
  const parent = getVisibleAnnotation(context, parentUuid, author);
  if (parent.roundId) {
    const round = context.db.rounds.findById(parent.roundId);
    if (round) assertRoundOpen(round, at);
  }
  return parent;
}

function placeTarget(context: ServiceContext, author: User, input: AnnotationInput, at: string): Placement {
  const parentUuid = replyTargetOf(input);
  if (parentUuid === null) {
    const target = documentTargetOf(input);
    const source = normaliseSource(target.source);
    return {
      source,
      audienceOrganisation: author.organisation,
      parentUuid: null,
      visibility: null,
      roundId: undefined,
      target: storedDocumentTarget(source, target),
    };
  }
  const parent = replyParent(context, author, parentUuid, at);
  return {
    source: parent.source,
    audienceOrganisation: parent.audienceOrganisation,
    parentUuid: parent.uuid,
    visibility: parent.visibility,
    roundId: parent.roundId,
    target: `urn:uuid:${parent.uuid}`,
  };
}

/** The document target of an input that is not a reply; a bare URL (W3C allows it) is the whole document. */
function documentTargetOf(input: AnnotationInput): Exclude<AnnotationInput['target'], string> {
  return typeof input.target === 'string' ? { source: input.target } : input.target;
}

/**
 * Stores a new annotation by `author`. A repeated create with the same client id by the same author
 * returns the stored one (the offline outbox relies on it); the same id from someone else is a
 * conflict. A reply takes its document, visibility and round from the annotation it answers.
 */
export function createAnnotation(context: ServiceContext, author: User, input: AnnotationInput): CreateOutcome {
  // Checked before the write lock is taken: a bad input never holds up other writers.
  const checked = checkedNewAnnotation(context, author, input);
  const outcome = context.db.transaction(() => storeNewAnnotation(context, author, input, checked));
  if (outcome.created) context.events.publish({ before: null, after: outcome.record });
  return outcome;
}

/** What a new annotation's input gives before anything is stored: its identity, checked bodies and terms. */
function checkedNewAnnotation(context: ServiceContext, author: User, input: AnnotationInput) {
  return { identity: identityOf(author, input), ...checkedBodies(input, currentTaxonomy(context)) };
}

/**
 * `createAnnotation` without a transaction of its own and without telling watchers: the caller
 * runs it inside its transaction (`createAnnotation`; an import, which stores many at once and
 * publishes each created record after the commit, so nobody hears of one a rollback took back).
 */
export function storeNewAnnotation(
  context: ServiceContext,
  author: User,
  input: AnnotationInput,
  checked = checkedNewAnnotation(context, author, input),
): CreateOutcome {
  const { identity, bodies, termIds } = checked;
  const { uuid } = identity;
  const existing = context.db.annotations.findByUuid(uuid);
  if (existing) {
    if (existing.author.id !== author.id) throw new ApiFailure(409, 'id_taken', 'Deze annotatie-id is al in gebruik.');
    return { created: false, record: existing };
  }
  const at = context.now().toISOString();
  const placement = placeTarget(context, author, input, at);
  const record: AnnotationRecord = {
    ...identity,
    seq: 0,
    id: `urn:uuid:${uuid}`,
    source: placement.source,
    parentUuid: placement.parentUuid,
    roundId: placement.roundId === undefined ? roundForNewAnnotation(context, input.round, at) : placement.roundId,
    motivation: motivationOf(input),
    kind: input.kind ?? null,
    visibility: placement.visibility ?? input.visibility ?? DEFAULT_VISIBILITY,
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
  recordReplyNotifications(context, record);
  return { created: true, record: context.db.annotations.findByUuid(uuid) ?? record };
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
    if (isReply !== (replyTargetOf(input) !== null)) {
      throw new ApiFailure(400, 'invalid_input', 'Een reactie blijft een reactie en een annotatie blijft een annotatie op een document.');
    }
    if (current.canonical && input.canonical !== undefined && input.canonical !== current.canonical) {
      throw new ApiFailure(400, 'invalid_input', 'De canonical-IRI van een annotatie verandert niet; stuur de oude mee of laat haar weg.', [{ path: 'canonical', message: 'mag niet veranderen' }]);
    }
    // A passage may move, to another place or another document (W3C: PUT replaces the target).
    const target = isReply ? null : documentTargetOf(input);
    const source = target ? normaliseSource(target.source) : current.source;
    const next: AnnotationRecord = {
      ...current,
      source,
      motivation: motivationOf(input),
      kind: input.kind ?? null,
      visibility: isReply ? current.visibility : (input.visibility ?? current.visibility),
      body: bodies,
      target: target ? storedDocumentTarget(source, target, source === current.source ? current.target : undefined) : current.target,
      canonical: current.canonical ?? input.canonical ?? null,
      termIds,
      version: current.version + 1,
      modified: at,
    };
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
