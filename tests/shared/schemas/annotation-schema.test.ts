import { describe, expect, it } from 'vitest';
import { annotationInputSchema, annotationUuid, toArray } from '../../../shared/schemas/annotation';

const base = {
  '@context': 'http://www.w3.org/ns/anno.jsonld',
  type: 'Annotation',
  motivation: 'commenting',
  body: { type: 'TextualBody', value: 'Wat is hier de planning?' },
  target: { source: 'https://svmn.nl/rapport.html', selector: { type: 'TextQuoteSelector', exact: 'de planning' } },
};

describe('annotationInputSchema', () => {
  it.each([
    ['a minimal comment', {}],
    ['a highlight without a body', { motivation: 'highlighting', body: undefined }],
    ['a question with kind and visibility', { motivation: 'questioning', kind: 'question', visibility: 'private' }],
    ['an array context with the W3C one first', { '@context': ['http://www.w3.org/ns/anno.jsonld', { kind: 'urn:x:kind' }] }],
    ['a client UUID', { id: '6f1c1f0e-1b2a-4c3d-9e8f-0a1b2c3d4e5f' }],
    ['a client urn:uuid', { id: 'urn:uuid:6F1C1F0E-1B2A-4C3D-9E8F-0A1B2C3D4E5F' }],
    ['a reply to an annotation', { motivation: 'replying', target: 'urn:uuid:6f1c1f0e-1b2a-4c3d-9e8f-0a1b2c3d4e5f' }],
    ['a PDF page fragment', { target: { source: 'https://svmn.nl/r.pdf', selector: [{ type: 'FragmentSelector', value: 'page=3' }] } }],
  ])('accepts %s', (_name, overrides) => {
    const result = annotationInputSchema.safeParse({ ...base, ...overrides });
    expect(result.error?.issues ?? []).toEqual([]);
  });

  it.each([
    ['another first context', { '@context': ['https://example.org/ctx', 'http://www.w3.org/ns/anno.jsonld'] }, '@context'],
    ['a wrong type', { type: 'Note' }, 'type'],
    ['an id that is no UUID and no absolute IRI', { id: 'annotation-1' }, 'id'],
    ['a comment without remark', { body: undefined }, 'body'],
    ['a reply whose target is a document', { motivation: 'replying' }, 'target'],
    ['a comment whose target is an annotation', { target: 'urn:uuid:6f1c1f0e-1b2a-4c3d-9e8f-0a1b2c3d4e5f' }, 'motivation'],
    ['a target that is neither an annotation nor a document URL', { target: 'data:text/plain,hoi' }, 'target'],
    ['a data: URL as source', { target: { source: 'data:text/html,hoi' } }, 'target.source'],
    ['an empty quote', { target: { source: 'https://svmn.nl/r', selector: { type: 'TextQuoteSelector', exact: '' } } }, 'target.selector.exact'],
    ['an unknown visibility', { visibility: 'public' }, 'visibility'],
    ['a remark over 10,000 characters', { body: { type: 'TextualBody', value: 'x'.repeat(10_001) } }, 'body.value'],
  ])('rejects %s at the right path', (_name, overrides, path) => {
    const result = annotationInputSchema.safeParse({ ...base, ...overrides });
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((issue) => issue.path.join('.'))).toContain(path);
  });
});

describe('annotationUuid and toArray', () => {
  it.each([
    ['urn:uuid:6F1C1F0E-1B2A-4C3D-9E8F-0A1B2C3D4E5F', '6f1c1f0e-1b2a-4c3d-9e8f-0a1b2c3d4e5f'],
    ['6f1c1f0e-1b2a-4c3d-9e8f-0a1b2c3d4e5f', '6f1c1f0e-1b2a-4c3d-9e8f-0a1b2c3d4e5f'],
    ['https://server/api/annotations/1', null],
  ])('annotationUuid(%s) = %s', (input, expected) => {
    expect(annotationUuid(input)).toBe(expected);
  });

  it('turns one value, a list or nothing into a list', () => {
    expect(toArray(undefined)).toEqual([]);
    expect(toArray(1)).toEqual([1]);
    expect(toArray([1, 2])).toEqual([1, 2]);
  });
});
