import type { Annotation } from '../../../shared/schemas/annotation';
import type { Selector } from '../../../shared/schemas/selectors';

/** A saved annotation of Sanne's on `source` with `selectors`, as the integrations are given them. */
export function annotationOn(id: string, selectors: Selector[], source = 'https://svmn.example/rapport.pdf'): Annotation {
  return {
    '@context': ['http://www.w3.org/ns/anno.jsonld'],
    id,
    type: 'Annotation',
    motivation: 'commenting',
    body: [],
    target: { source, selector: selectors },
    visibility: 'round',
    creator: { id: 'urn:kantlijn:user:1', type: 'Person', name: 'Sanne', role: 'councillor', organisation: 'Utrecht' },
    created: '2025-01-01T00:00:00.000Z',
    modified: '2025-01-01T00:00:00.000Z',
  };
}
