import { DEFAULT_TAXONOMY } from '../../shared/taxonomy/default-taxonomy';
import type { Taxonomy } from '../../shared/schemas/taxonomy';
import type { KantlijnDatabase } from '../db/database';

/** Stores the default vocabulary when the database has none yet, and returns the current one. */
export function ensureTaxonomy(db: KantlijnDatabase, now: Date): Taxonomy {
  const current = db.taxonomy.current();
  if (current) return current;
  db.taxonomy.insert(DEFAULT_TAXONOMY, now.toISOString());
  return DEFAULT_TAXONOMY;
}
