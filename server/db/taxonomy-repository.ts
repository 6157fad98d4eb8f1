import type BetterSqlite3 from 'better-sqlite3';
import { taxonomySchema, type Taxonomy } from '../../shared/schemas/taxonomy';

/** Versioned vocabularies; the newest version is the current one. */
export type TaxonomyRepository = ReturnType<typeof createTaxonomyRepository>;

/** Prepares the statements once and returns the taxonomy repository. */
export function createTaxonomyRepository(db: BetterSqlite3.Database) {
  const selectCurrent = db.prepare<[], { version: number; terms: string }>(
    'SELECT version, terms FROM taxonomy_versions ORDER BY version DESC LIMIT 1',
  );
  const insertVersion = db.prepare<[number, string, string]>(
    'INSERT INTO taxonomy_versions (version, terms, created_at) VALUES (?, ?, ?)',
  );

  return {
    /** The newest vocabulary, or `null` before any was stored. */
    current(): Taxonomy | null {
      const row = selectCurrent.get();
      return row ? taxonomySchema.parse({ version: row.version, terms: JSON.parse(row.terms) }) : null;
    },
    /** Stores a vocabulary under its version number. */
    insert(taxonomy: Taxonomy, createdAt: string): void {
      insertVersion.run(taxonomy.version, JSON.stringify(taxonomy.terms), createdAt);
    },
  };
}
