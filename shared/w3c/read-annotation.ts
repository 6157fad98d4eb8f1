import { toArray, type Annotation, type W3cAnnotation } from '../schemas/annotation';
import type { Taxonomy } from '../schemas/taxonomy';
import { annotationUuid, termKeyOf } from './iris';

/**
 * The `urn:uuid:` alias of an annotation reference (IRI, alias or bare UUID): one spelling for
 * comparing, whether the id is a client id still waiting in the outbox or the IRI the server
 * gave. Anything that names no UUID comes back unchanged.
 */
export function annotationAlias(reference: string): string {
  const uuid = annotationUuid(reference);
  return uuid ? `urn:uuid:${uuid}` : reference;
}

/** True when two references name the same annotation (`urn:uuid:X` and `https://…/api/annotations/X` do). */
export function sameAnnotation(a: string, b: string): boolean {
  return annotationAlias(a) === annotationAlias(b);
}

/**
 * An annotation as the server sent it (the W3C shape: IRIs, no empty `body` or `selector`; or the
 * older shape), in the one shape a client works with: its id as the server gave it (pages carry it
 * as `data-annotation-id`), term links by their plain term id (as `readTaxonomy` names terms),
 * bodies and selectors always as lists. Reading both shapes lets old and new servers and stored
 * outbox entries meet during the change; where a client id meets a served one, compare them with
 * `sameAnnotation`.
 */
export function readAnnotation(served: W3cAnnotation): Annotation {
  const target = served.target;
  return {
    ...served,
    body: toArray(served.body).map((body) => (body.type === 'SpecificResource' ? { ...body, source: termKeyOf(body.source) } : body)),
    // An answer without a target is not Kantlijn's; it passes as it came rather than failing the list.
    target: typeof target === 'string' ? target : target && { ...target, selector: toArray(target.selector) },
  };
}

/** A vocabulary as the server sent it, with every term (and parent) named by its plain id. */
export function readTaxonomy(served: Taxonomy): Taxonomy {
  return {
    ...served,
    terms: served.terms.map((term) => ({ ...term, id: termKeyOf(term.id), ...(term.parent ? { parent: termKeyOf(term.parent) } : {}) })),
  };
}
