import type BetterSqlite3 from 'better-sqlite3';
import { taxonomySchema, type Taxonomy } from '../../shared/schemas/taxonomy';

type TaxonomyRow = { version: number; terms: string };

function toTaxonomy(row: TaxonomyRow): Taxonomy {
  return taxonomySchema.parse({ version: row.version, terms: JSON.parse(row.terms) as unknown });
}

/** Prepares the statements once and returns the taxonomy repository. */
export function createTaxonomyRepository(db: BetterSqlite3.Database) {
  const selectCurrent = db.prepare<[], TaxonomyRow>('SELECT version, terms FROM taxonomy_versions ORDER BY version DESC LIMIT 1');
  const selectVersion = db.prepare<[number], TaxonomyRow>('SELECT version, terms FROM taxonomy_versions WHERE version = ?');
  const insertVersion = db.prepare<[number, string, string]>('INSERT INTO taxonomy_versions (version, terms, created_at) VALUES (?, ?, ?)');
  const selectUsedTerms = db.prepare<[], { term_id: string }>('SELECT DISTINCT term_id FROM annotation_terms');

  return {
    /** The newest vocabulary, or `null` before any was stored. */
    current(): Taxonomy | null {
      const row = selectCurrent.get();
      return row ? toTaxonomy(row) : null;
    },
    byVersion(version: number): Taxonomy | null {
      const row = selectVersion.get(version);
      return row ? toTaxonomy(row) : null;
    },
    /** Stores a vocabulary under its version number. */
    insert(taxonomy: Taxonomy, createdAt: string): void {
      insertVersion.run(taxonomy.version, JSON.stringify(taxonomy.terms), createdAt);
    },
    /** Every term id some annotation links to. */
    usedTermIds(): Set<string> {
      return new Set(selectUsedTerms.all().map((row) => row.term_id));
    },
  };
}
