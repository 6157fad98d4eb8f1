import { z } from 'zod';
import { feedbackKindSchema } from '../../shared/schemas/annotation';
import { isoInstantSchema } from '../../shared/schemas/iso-instant';
import { roleSchema } from '../../shared/schemas/roles';
import { documentFingerprintSchema } from '../../shared/schemas/document-fingerprint';
import { termKeyOf } from '../../shared/w3c/iris';
import type { AnnotationQuery } from '../db/annotations-repository';

/** Most annotations on one page of a list. */
export const MAX_PAGE_SIZE = 200;


/** The query string of `GET /api/annotations`. */
export const annotationListQuerySchema = z.object({
  source: z.string().min(1).max(2048).optional(),
  /** The PDF file's fingerprint as the viewer read it at `source`: the server remembers the pair. */
  fingerprint: documentFingerprintSchema.optional(),
  /** A term by IRI, or by its plain id as older clients send it. */
  term: z.string().min(1).max(2048).optional(),
  kind: feedbackKindSchema.optional(),
  role: roleSchema.optional(),
  organisation: z.string().min(1).max(200).optional(),
  author: z.string().min(1).max(64).optional(),
  round: z.string().min(1).max(64).optional(),
  since: isoInstantSchema.optional(),
  /** Page size; MAX_PAGE_SIZE unless it says otherwise, for a list and a search alike. */
  limit: z.coerce.number().int().min(1).max(MAX_PAGE_SIZE).optional(),
  /** The older keyset paging (and a search's paging); a list answers the page that starts just after it. */
  cursor: z.string().max(200).optional(),
  /** Where the page starts in the whole list (the W3C page's `startIndex`). */
  start: z.coerce.number().int().min(0).max(1_000_000_000).optional(),
  /** `1`: the page lists annotation IRIs only (what `Prefer: …PreferContainedIRIs` leads to). */
  iris: z.enum(['0', '1']).optional(),
  /** Words to search for (see shared/search/search-query.ts); results come best match first. */
  q: z.string().max(500).optional(),
});

/** The query parameters that choose a page, not which annotations: left out of a collection's IRI. */
export const PAGING_PARAMETERS: readonly string[] = ['limit', 'cursor', 'start', 'iris'];
export type AnnotationListQuery = z.infer<typeof annotationListQuerySchema>;

/** The page size a query asks for, or the default page of a list or a search. */
export function pageSizeOf(query: Pick<AnnotationListQuery, 'limit'>): number {
  return query.limit ?? MAX_PAGE_SIZE;
}

/**
 * The repository filters of a validated query string; `limit` is the page size (pages ask for one
 * more). `addresses` are the URLs of the document `source` names (see `documentAddresses`).
 */
export function toRepositoryQuery(query: AnnotationListQuery, addresses?: readonly string[]): AnnotationQuery {
  return {
    ...(addresses ? { sources: addresses } : {}),
    ...(query.term ? { termId: termKeyOf(query.term) } : {}),
    ...(query.kind ? { kind: query.kind } : {}),
    ...(query.role ? { role: query.role } : {}),
    ...(query.organisation ? { organisation: query.organisation } : {}),
    ...(query.author ? { authorId: query.author.replace(/^urn:kantlijn:user:/, '') } : {}),
    ...(query.round ? { roundId: query.round } : {}),
    ...(query.since ? { since: query.since } : {}),
    limit: pageSizeOf(query),
  };
}
