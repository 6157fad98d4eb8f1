import type { Context } from 'hono';
import type { z } from 'zod';

/** The string fields of a submitted form, trimmed; files and missing fields read as ''. */
export async function readForm<K extends string>(c: Context, names: readonly K[]): Promise<Record<K, string>> {
  const body = await c.req.parseBody();
  const values = {} as Record<K, string>;
  for (const name of names) {
    const value = body[name];
    values[name] = typeof value === 'string' ? value.trim() : '';
  }
  return values;
}

/**
 * Dutch messages for the issues of a failed parse, one per field, worded per field by `messages`
 * (the schemas' own messages are for API clients and partly English).
 */
export function issueMessages(error: z.ZodError, messages: Record<string, string>, fallback: string): string[] {
  const fields = [...new Set(error.issues.map((issue) => String(issue.path[0] ?? '')))];
  return fields.map((field) => messages[field] ?? fallback);
}

/**
 * A file's text: UTF-8 when it is, else Windows-1252, which Excel's plain "CSV" writes on Dutch
 * Windows (so "Zoë" arrives as Zoë either way).
 */
export function decodeFile(bytes: ArrayBuffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}
