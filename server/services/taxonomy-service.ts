import { z } from 'zod';
import { DEFAULT_TAXONOMY } from '../../shared/taxonomy/default-taxonomy';
import { taxonomySchema, termSchema, type Taxonomy } from '../../shared/schemas/taxonomy';
import type { KantlijnDatabase } from '../db/database';
import { ApiFailure } from '../http/api-failure';
import type { ServiceContext } from './service-context';
import { termKeyOf } from '../../shared/w3c/iris';

/** Stores the default vocabulary when the database has none yet, and returns the current one. */
export function ensureTaxonomy(db: KantlijnDatabase, now: Date): Taxonomy {
  const current = db.taxonomy.current();
  if (current) return current;
  db.taxonomy.insert(DEFAULT_TAXONOMY, now.toISOString());
  return DEFAULT_TAXONOMY;
}

/** The current vocabulary. */
export function currentTaxonomy(context: ServiceContext): Taxonomy {
  return ensureTaxonomy(context.db, context.now());
}

/** A term's id or parent as sent: its IRI (as `GET /api/taxonomy` serves it) counts as the plain id. */
const asTermKey = (value: unknown) => (typeof value === 'string' ? termKeyOf(value) : value);

/**
 * What the secretariat imports: the terms of the new version (the server numbers it). Ids may be
 * sent as the IRIs `GET /api/taxonomy` serves, so a vocabulary read can be sent back changed.
 */
export const taxonomyImportSchema = z.object({
  terms: z
    .array(z.preprocess((term) => (term && typeof term === 'object' ? { ...term, id: asTermKey((term as Record<string, unknown>).id), ...('parent' in term ? { parent: asTermKey((term as Record<string, unknown>).parent) } : {}) } : term), termSchema))
    .min(1)
    .max(1000),
});

/**
 * Stores a new version of the vocabulary. Terms that annotations link to but that the import leaves
 * out are carried over, marked retired: old annotations keep their links and labels, and new ones
 * can no longer choose them.
 */
export function importTaxonomy(context: ServiceContext, actorId: string, input: z.infer<typeof taxonomyImportSchema>): Taxonomy {
  return context.db.transaction(() => {
    const current = currentTaxonomy(context);
    const imported = new Set(input.terms.map((term) => term.id));
    const used = context.db.taxonomy.usedTermIds();
    const carried = current.terms
      .filter((term) => used.has(term.id) && !imported.has(term.id))
      .map((term) => ({ ...term, retired: true, ...(term.parent && !imported.has(term.parent) && !used.has(term.parent) ? { parent: undefined } : {}) }));
    const parsed = taxonomySchema.safeParse({ version: current.version + 1, terms: [...input.terms, ...carried] });
    if (!parsed.success) {
      throw new ApiFailure(400, 'invalid_input', 'De taxonomie is niet geldig.', parsed.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message })));
    }
    const at = context.now().toISOString();
    context.db.taxonomy.insert(parsed.data, at);
    // Searches find terms by their labels, which this version may have changed.
    context.pages?.clear();
    context.db.audit.record({
      at,
      actorId,
      action: 'taxonomy.import',
      subject: `taxonomy:${parsed.data.version}`,
      detail: { terms: input.terms.length, retired: carried.map((term) => term.id) },
    });
    return parsed.data;
  });
}
