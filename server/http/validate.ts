import type { Context } from 'hono';
import type { z } from 'zod';
import { toApiIssues } from '../../shared/schemas/api-error';
import { ApiFailure } from './api-failure';

/** Parses `value` with `schema`, or throws the API's 400 with every issue listed. */
export function parseOrFail<S extends z.ZodType>(schema: S, value: unknown, what: string): z.infer<S> {
  const result = schema.safeParse(value);
  if (!result.success) {
    throw new ApiFailure(400, 'invalid_input', `Ongeldige invoer in ${what}.`, toApiIssues(result.error.issues));
  }
  return result.data;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new ApiFailure(400, 'invalid_json', 'De body is geen geldige JSON.');
  }
}

/** Reads the request body as JSON and validates it; malformed JSON is a 400, not a 500. */
export async function readJsonBody<S extends z.ZodType>(c: Context, schema: S): Promise<z.infer<S>> {
  return parseOrFail(schema, parseJson(await c.req.text()), 'de body');
}

/** As `readJsonBody`, but an empty body counts as `{}`. */
export async function readOptionalJsonBody<S extends z.ZodType>(c: Context, schema: S): Promise<z.infer<S>> {
  const text = await c.req.text();
  return parseOrFail(schema, text.trim() === '' ? {} : parseJson(text), 'de body');
}

/** Validates the query string (first value of each parameter). */
export function readQuery<S extends z.ZodType>(c: Context, schema: S): z.infer<S> {
  return parseOrFail(schema, c.req.query(), 'de query');
}
