import { z } from 'zod';
import type { ServiceContext } from './service-context';

/** Most names the list holds: enough for a region's case load, small enough to stay fast. */
export const MAX_SCRUB_NAMES = 500;

/** One listed name: 2–200 characters, no control characters, white space collapsed. */
const scrubNameSchema = z
  .string()
  .transform((name) => name.replace(/\s+/gu, ' ').trim())
  .pipe(z.string().min(2, 'een naam heeft minstens 2 tekens').max(200, 'een naam heeft hoogstens 200 tekens').regex(/^[^\p{Cc}\p{Cf}]+$/u, 'geen stuurtekens'));

/** `PUT /api/digest/scrub-names`: the whole list, replacing what was there. */
export const scrubNamesInputSchema = z.object({
  names: z.array(scrubNameSchema).max(MAX_SCRUB_NAMES, `hoogstens ${MAX_SCRUB_NAMES} namen`),
});

/** The names of a textarea, one a line, empty lines left out. */
export function namesFromLines(text: string): string[] {
  return text.split(/\r?\n/u).map((line) => line.trim()).filter((line) => line !== '');
}

/** Names that differ only in case are one name: the first spelling is kept. */
function distinct(names: readonly string[]): string[] {
  const seen = new Set<string>();
  return names.filter((name) => {
    const key = name.toLocaleLowerCase('nl');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Replaces the secretariat's list of names to scrub, audited. The audit entry records how many
 * names the list holds, never the names: the list is of people who should not be named.
 */
export function replaceScrubNames(context: ServiceContext, actorId: string, names: readonly string[], via: 'api' | 'dashboard'): string[] {
  const list = distinct(names);
  context.db.transaction(() => {
    context.db.scrubNames.replaceAll(list);
    context.db.audit.record({ at: context.now().toISOString(), actorId, action: 'digest.scrub-names', subject: 'digest', detail: { count: list.length, via } });
  });
  return list;
}
