import { randomUUID } from 'node:crypto';
import type { DocumentInput, DocumentJson, DocumentListItem } from '../../shared/schemas/document';
import { normaliseSource } from '../../shared/urls/normalise-source';
import type { DocumentRecord } from '../db/documents-repository';
import type { User } from '../db/users-repository';
import { ApiFailure } from '../http/api-failure';
import { documentAddresses, recordPdfSighting, registeredDocumentAt } from './document-addresses';
import type { ServiceContext } from './service-context';

const notFound = () => new ApiFailure(404, 'not_found', 'Dit document bestaat niet.');

/** A document in the API's shape. */
export function toDocumentJson(document: DocumentRecord): DocumentJson {
  return { id: document.id, title: document.title, urls: document.urls, round: document.roundId, publisher: document.publisher, date: document.date };
}

/** The input's URLs normalised as annotation sources are (so both meet), each once, in order. */
function normalisedUrls(urls: readonly string[]): string[] {
  return [...new Set(urls.map(normaliseSource))];
}

/** Throws 409 when one of `urls` already belongs to another document: a URL names one document. */
function assertUrlsFree(context: ServiceContext, urls: readonly string[], ownId: string | null): void {
  for (const url of urls) {
    const owner = context.db.documents.documentIdOfUrl(url);
    if (owner && owner !== ownId) {
      const title = context.db.documents.findById(owner)?.title ?? owner;
      throw new ApiFailure(409, 'url_taken', `Het adres ${url} hoort al bij het document ‘${title}’. Haal het daar eerst weg.`);
    }
  }
}

function assertRoundExists(context: ServiceContext, roundId: string | null): void {
  if (roundId && !context.db.rounds.findById(roundId)) throw new ApiFailure(400, 'unknown_round', 'Deze ronde bestaat niet.', [{ path: 'round', message: 'onbekend' }]);
}

function recordFrom(input: DocumentInput, id: string, createdAt: string, now: string): DocumentRecord {
  return {
    id,
    title: input.title,
    urls: normalisedUrls(input.urls),
    publisher: input.publisher || null,
    date: input.date ?? null,
    roundId: input.round ?? null,
    createdAt,
    modifiedAt: now,
  };
}

/** Registers a document of a round (secretariat); its URLs become one document for annotations. */
export function createDocument(context: ServiceContext, actor: User, input: DocumentInput): DocumentRecord {
  const now = context.now().toISOString();
  const document = recordFrom(input, randomUUID(), now, now);
  context.db.transaction(() => {
    assertRoundExists(context, document.roundId);
    assertUrlsFree(context, document.urls, null);
    context.db.documents.insert(document);
    context.db.audit.record({ at: now, actorId: actor.id, action: 'document.create', subject: document.id, detail: { title: document.title, urls: document.urls.length } });
  });
  // Lists cached for one of these URLs did not yet include the others.
  context.pages?.clear();
  return document;
}

/** Replaces a document's title, URLs, round, publisher and date (secretariat). */
export function replaceDocument(context: ServiceContext, actor: User, id: string, input: DocumentInput): DocumentRecord {
  const now = context.now().toISOString();
  const document = context.db.transaction(() => {
    const current = context.db.documents.findById(id);
    if (!current) throw notFound();
    const next = recordFrom(input, id, current.createdAt, now);
    assertRoundExists(context, next.roundId);
    assertUrlsFree(context, next.urls, id);
    context.db.documents.update(next);
    context.db.audit.record({ at: now, actorId: actor.id, action: 'document.update', subject: id, detail: { title: next.title, urls: next.urls.length } });
    return next;
  });
  context.pages?.clear();
  return document;
}

/** Removes a document from the reading list (secretariat); annotations stay at their URLs. */
export function deleteDocument(context: ServiceContext, actor: User, id: string): void {
  const now = context.now().toISOString();
  context.db.transaction(() => {
    if (!context.db.documents.remove(id)) throw notFound();
    context.db.audit.record({ at: now, actorId: actor.id, action: 'document.delete', subject: id, detail: null });
  });
  context.pages?.clear();
}

/**
 * The reading list for `reader`: every document (or those of one round) with the counts of its
 * annotations, at all its addresses, that the reader may see.
 */
export function listDocumentsFor(context: ServiceContext, reader: User, roundId: string | null): DocumentListItem[] {
  return context.db.documents.all(roundId).map((document) => {
    const addresses = documentAddresses(context, document.urls[0] ?? '');
    const lastVisit = context.db.documents.lastVisit(reader.id, document.id);
    return { ...toDocumentJson(document), ...context.db.annotations.countAt(addresses, reader, lastVisit), lastVisit };
  });
}

/**
 * What a reader's list of one document's annotations implies (`GET /api/annotations?source=…`):
 * the pair of URL and PDF fingerprint when the viewer sent both, and, on the first page of a
 * registered document, a visit (what was there now no longer counts as new). Returns the URLs
 * whose annotations make up the document.
 */
export function readerOpensDocument(context: ServiceContext, reader: User, source: string, fingerprint: string | undefined, firstPage: boolean): string[] {
  if (fingerprint) recordPdfSighting(context, source, fingerprint);
  const addresses = documentAddresses(context, source, fingerprint);
  if (firstPage) {
    const documentId = registeredDocumentAt(context, addresses);
    if (documentId) context.db.documents.recordVisit(reader.id, documentId, addresses, context.now().toISOString());
  }
  return addresses;
}
