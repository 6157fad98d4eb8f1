import { z } from 'zod';
import { feedbackKindSchema } from '../../shared/schemas/annotation';
import { isoInstantSchema } from '../../shared/schemas/iso-instant';
import { roleSchema } from '../../shared/schemas/roles';
import { sourceFilterOf } from '../services/document-identity';
import type { AnnotationQuery } from '../db/annotations-repository';

/** Most annotations on one page of a list. */
export const MAX_PAGE_SIZE = 200;

/** Results on one page of a search (`q`) unless `limit` says otherwise: best matches first, few are read. */
export const SEARCH_PAGE_SIZE = 50;

/** The query string of `GET /api/annotations`. */
export const annotationListQuerySchema = z.object({
  source: z.string().min(1).max(2048).optional(),
  term: z.string().min(1).max(64).optional(),
  kind: feedbackKindSchema.optional(),
  role: roleSchema.optional(),
  organisation: z.string().min(1).max(200).optional(),
  author: z.string().min(1).max(64).optional(),
  round: z.string().min(1).max(64).optional(),
  since: isoInstantSchema.optional(),
  /** Page size; by default MAX_PAGE_SIZE for a list and SEARCH_PAGE_SIZE for a search. */
  limit: z.coerce.number().int().min(1).max(MAX_PAGE_SIZE).optional(),
  cursor: z.string().max(200).optional(),
  /** Words to search for (see shared/search/search-query.ts); results come best match first. */
  q: z.string().max(500).optional(),
});
export type AnnotationListQuery = z.infer<typeof annotationListQuerySchema>;

/** The repository query for a validated query string (one more than a page, to know if more follow). */
export function toRepositoryQuery(query: AnnotationListQuery, after: { created: string; seq: number } | null): AnnotationQuery {
  return {
    ...(query.source ? sourceFilterOf(query.source) : {}),
    ...(query.term ? { termId: query.term } : {}),
    ...(query.kind ? { kind: query.kind } : {}),
    ...(query.role ? { role: query.role } : {}),
    ...(query.organisation ? { organisation: query.organisation } : {}),
    ...(query.author ? { authorId: query.author.replace(/^urn:kantlijn:user:/, '') } : {}),
    ...(query.round ? { roundId: query.round } : {}),
    ...(query.since ? { since: query.since } : {}),
    ...(after ? { after } : {}),
    limit: (query.limit ?? (query.q !== undefined ? SEARCH_PAGE_SIZE : MAX_PAGE_SIZE)) + 1,
  };
}
