import { z } from 'zod';

/** What the reviewed organisation did with a remark. */
export const responseStatusSchema = z.enum(['open', 'acknowledged', 'answered', 'adopted', 'not-adopted']);
export type ResponseStatus = z.infer<typeof responseStatusSchema>;

/** What a respondent or the secretariat records for one annotation. */
export const responseInputSchema = z.object({
  status: responseStatusSchema,
  text: z.string().trim().max(10_000).default(''),
});
export type ResponseInput = z.infer<typeof responseInputSchema>;

/** How an annotation anchored in the current version of its document, as a client saw it. */
export const anchorStateSchema = z.enum(['anchored', 'moved', 'orphan']);
export type AnchorState = z.infer<typeof anchorStateSchema>;

/** Most annotations one anchor report may name (a report with more is sent in parts). */
export const MAX_ANCHOR_REPORT = 1000;

/**
 * A client's report of how the annotations of one document (`source`: the URL it was read at)
 * anchored in the version it saw.
 */
export const anchorReportSchema = z.object({
  source: z.string().min(1).max(2048),
  states: z
    .array(z.object({ id: z.string().min(1).max(2048), state: anchorStateSchema }))
    .min(1)
    .max(MAX_ANCHOR_REPORT),
});
export type AnchorReport = z.infer<typeof anchorReportSchema>;
