import { z } from 'zod';

/** Most URLs one document is registered under (the SVMN page, the council's copy, the PDF, …). */
export const MAX_DOCUMENT_URLS = 20;

/** A web address of a report: http or https only, as the extension and viewer can open nothing else. */
export const documentUrlSchema = z
  .string()
  .trim()
  .max(2048)
  .refine((value) => URL.canParse(value) && /^https?:$/.test(new URL(value).protocol), 'geen http(s)-adres');

/** What the secretariat sends to register (or replace) a document of a round. */
export const documentInputSchema = z.object({
  title: z.string().trim().min(1).max(300),
  urls: z.array(documentUrlSchema).min(1).max(MAX_DOCUMENT_URLS),
  round: z.string().min(1).max(64).nullable().optional(),
  publisher: z.string().trim().max(200).nullable().optional(),
  date: z.iso.date().nullable().optional(),
});
export type DocumentInput = z.infer<typeof documentInputSchema>;

/** A registered document as the API returns it. */
export const documentSchema = z.object({
  id: z.string(),
  title: z.string(),
  urls: z.array(z.string()),
  round: z.string().nullable(),
  publisher: z.string().nullable(),
  date: z.string().nullable(),
});
export type DocumentJson = z.infer<typeof documentSchema>;

/**
 * A document in a reader's list: what they may see of its annotations (`annotations`, replies
 * included; split into `remarks`, made on the document itself, and `replies`, answering another
 * annotation, so that every screen counts the same way: see `remarkCountText`), how many are their
 * own (`mine`), and how many by others are new since they last opened it (`new`).
 */
export const documentListItemSchema = documentSchema.extend({
  annotations: z.number().int().nonnegative(),
  remarks: z.number().int().nonnegative(),
  replies: z.number().int().nonnegative(),
  mine: z.number().int().nonnegative(),
  new: z.number().int().nonnegative(),
  lastVisit: z.string().nullable(),
});
export type DocumentListItem = z.infer<typeof documentListItemSchema>;

/** The answer of `GET /api/documents`. */
export const documentListSchema = z.object({ items: z.array(documentListItemSchema) });
export type DocumentList = z.infer<typeof documentListSchema>;

/** The query of `GET /api/documents`. */
export const documentListQuerySchema = z.object({ round: z.string().min(1).max(64).optional() });
