import { z } from 'zod';

/** One problem with the input, `path` dotted (e.g. `body.0.value`). */
export const apiErrorIssueSchema = z.object({ path: z.string(), message: z.string() });

/** The single error shape of every 4xx/5xx answer of the API. */
export const apiErrorSchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    issues: z.array(apiErrorIssueSchema).optional(),
  }),
});
export type ApiError = z.infer<typeof apiErrorSchema>;
export type ApiErrorIssue = z.infer<typeof apiErrorIssueSchema>;

/** Turns zod issues into the API's flat `issues` list. */
export function toApiIssues(issues: readonly { path: readonly PropertyKey[]; message: string }[]): ApiErrorIssue[] {
  return issues.map((issue) => ({
    path: issue.path.map((part) => String(part)).join('.'),
    message: issue.message,
  }));
}
