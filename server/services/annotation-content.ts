import { toArray, type AnnotationInput, type Body } from '../../shared/schemas/annotation';
import { termIdsOf } from '../../shared/schemas/annotation-bodies';
import type { Taxonomy } from '../../shared/schemas/taxonomy';
import { termKeyOf } from '../../shared/w3c/iris';
import { ApiFailure } from '../http/api-failure';

/** The distinct term ids an annotation's classifying bodies link to. */
export function classifyingTermIds(bodies: readonly Body[]): string[] {
  return [...new Set(termIdsOf(bodies))].sort();
}

/**
 * Throws a 400 naming every linked term that the current vocabulary does not offer. Links the
 * annotation already had (`kept`) stay allowed even when their term has been retired since.
 */
export function assertKnownTerms(termIds: readonly string[], taxonomy: Taxonomy, kept: readonly string[] = []): void {
  const offered = new Set([...taxonomy.terms.filter((term) => !term.retired).map((term) => term.id), ...kept]);
  const issues = termIds.filter((id) => !offered.has(id)).map((id) => ({ path: 'body', message: `onbekende term ${id}` }));
  if (issues.length > 0) throw new ApiFailure(400, 'unknown_term', 'De annotatie verwijst naar onbekende termen.', issues);
}

/**
 * The bodies of an input as a list, ready to store: a term link by IRI (or the plain id older
 * clients send) is stored by the term's plain id, so the served IRI follows the server's address.
 * Term links are checked against `taxonomy` (see `assertKnownTerms`).
 */
export function checkedBodies(input: AnnotationInput, taxonomy: Taxonomy, kept: readonly string[] = []): { bodies: Body[]; termIds: string[] } {
  const bodies = toArray(input.body).map((body) => (body.type === 'SpecificResource' ? { ...body, source: termKeyOf(body.source) } : body));
  const termIds = classifyingTermIds(bodies);
  assertKnownTerms(termIds, taxonomy, kept);
  return { bodies, termIds };
}
