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

/** A client's report of how the annotations of one document anchored. */
export const anchorReportSchema = z.object({
  states: z
    .array(z.object({ id: z.string().min(1).max(64), state: anchorStateSchema }))
    .min(1)
    .max(1000),
});
