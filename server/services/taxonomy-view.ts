import type { Taxonomy, Term } from '../../shared/schemas/taxonomy';
import { termIri } from '../../shared/w3c/iris';

/** The JSON-LD context of a served term: SKOS for what a term is, Kantlijn's own words for the rest. */
const TERM_CONTEXT = {
  skos: 'http://www.w3.org/2004/02/skos/core#',
  kl: 'urn:kantlijn:vocab:',
  id: '@id',
  type: '@type',
  Concept: 'skos:Concept',
  code: 'skos:notation',
  label: 'skos:prefLabel',
  parent: { '@id': 'skos:broader', '@type': '@id' },
  kind: 'kl:termKind',
  group: 'kl:group',
  colour: 'kl:colour',
  retired: 'kl:retired',
};

/** A term as the API serves it: its `id` (and `parent`) as IRIs under `base`. */
export function toTermJson(term: Term, base: string) {
  return { ...term, id: termIri(term.id, base), ...(term.parent ? { parent: termIri(term.parent, base) } : {}) };
}

/** A vocabulary as `GET /api/taxonomy` serves it: every term named by its IRI. */
export function toTaxonomyJson(taxonomy: Taxonomy, base: string) {
  return { version: taxonomy.version, terms: taxonomy.terms.map((term) => toTermJson(term, base)) };
}

/** One term on its own, as JSON-LD (a SKOS concept), for `GET /api/taxonomy/terms/{id}`. */
export function toTermDocument(term: Term, base: string) {
  return { '@context': TERM_CONTEXT, type: 'Concept', ...toTermJson(term, base) };
}
