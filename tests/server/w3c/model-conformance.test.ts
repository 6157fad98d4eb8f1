import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isAbsoluteIri, many, startW3cServer, W3C_CONTEXT, type Json, type W3cServer } from './w3c-server';

// One test per MUST of the W3C Web Annotation Data Model (Recommendation of 23 February 2017),
// named by its section, checked on everything the live server returns: each annotation read on its
// own, every page of the container (followed by `next`), the older list path, and the collection.

let w3c: W3cServer;
let annotations: Json[] = [];
const pages: Json[] = [];
let collection: Json;

/** Reads JSON from the live server, failing the setup on anything but 200. */
async function read(path: string): Promise<Json> {
  const response = await w3c.get(path);
  if (response.status !== 200) throw new Error(`GET ${path} answered ${response.status}`);
  return (await response.json()) as Json;
}

beforeAll(async () => {
  w3c = await startW3cServer();
  collection = await read('/api/annotations/?limit=2');
  const first = collection.first as Json;
  pages.push(first);
  for (let next = first.next; typeof next === 'string'; ) {
    const page = await read(next);
    pages.push(page);
    next = page.next;
  }
  pages.push(await read(`/api/annotations?source=${encodeURIComponent('https://www.svmn.nl/rapporten/voortgang-2025.html')}`));
  const listed = pages.flatMap((page) => page.items as Json[]);
  const alone = await Promise.all(Object.values(w3c.ids).map((id) => read(id)));
  annotations = [...listed, ...alone];
});

afterAll(async () => {
  await w3c.close();
});

/** Every body of every annotation read. */
const bodies = (): Json[] => annotations.flatMap((annotation) => many(annotation.body) as Json[]);
/** Every selector of every target read. */
const selectors = (): Json[] =>
  annotations.flatMap((annotation) => many(annotation.target).flatMap((target) => (typeof target === 'object' && target ? many((target as Json).selector) : [])) as Json[]);

/** The motivations the model defines (§3.3.5); purposes are motivations too. */
const MOTIVATIONS = ['assessing', 'bookmarking', 'classifying', 'commenting', 'describing', 'editing', 'highlighting', 'identifying', 'linking', 'moderating', 'questioning', 'replying', 'tagging'];
const XSD_DATETIME_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z$/;

describe('W3C Web Annotation Data Model', () => {
  it('reads enough to judge: every shape the server stores is among what was read', () => {
    // The positive control for every test below: a highlight, remarks, a reply, a tombstone, several pages.
    expect(annotations.length).toBeGreaterThanOrEqual(10);
    expect(pages.length).toBeGreaterThanOrEqual(4);
    expect(annotations.some((annotation) => annotation.deleted === true)).toBe(true);
    expect(annotations.some((annotation) => annotation.motivation === 'highlighting')).toBe(true);
  });

  it('§3.1 @context: 1 or more values, http://www.w3.org/ns/anno.jsonld among them (a string when it is the only one)', () => {
    for (const annotation of annotations) {
      const context = annotation['@context'];
      expect(typeof context === 'string' || (Array.isArray(context) && context.length > 0)).toBe(true);
      expect(many(context)).toContain(W3C_CONTEXT);
    }
  });

  it('§3.1 id: exactly 1 IRI identifies the annotation', () => {
    for (const annotation of annotations) {
      expect(typeof annotation.id).toBe('string');
      expect(isAbsoluteIri(annotation.id)).toBe(true);
    }
  });

  it('§3.1 type: 1 or more types, Annotation among them', () => {
    for (const annotation of annotations) expect(many(annotation.type)).toContain('Annotation');
  });

  it('§3.1 target: 1 or more targets', () => {
    for (const annotation of annotations) expect(many(annotation.target).length).toBeGreaterThan(0);
  });

  it('§3.1 body: 0 or more bodies, so never an empty body list (a highlight and a deleted remark have none)', () => {
    for (const annotation of annotations) {
      if ('body' in annotation) expect(many(annotation.body).length).toBeGreaterThan(0);
    }
    expect(annotations.some((annotation) => !('body' in annotation))).toBe(true);
  });

  it('§3.2.1 External Web Resources: every target and linked resource is named by an absolute IRI', () => {
    for (const annotation of annotations) {
      for (const target of many(annotation.target)) {
        expect(isAbsoluteIri(typeof target === 'string' ? target : (target as Json).source)).toBe(true);
      }
    }
  });

  it('§3.2.4 Embedded Textual Body: exactly 1 value, a string', () => {
    const textual = bodies().filter((body) => body.type === 'TextualBody');
    expect(textual.length).toBeGreaterThan(0);
    for (const body of textual) expect(typeof body.value).toBe('string');
  });

  it('§3.2.4 Embedded Textual Body: a language is a BCP47 tag, a format a media type', () => {
    for (const body of bodies().filter((candidate) => candidate.type === 'TextualBody')) {
      if (body.language !== undefined) expect(body.language).toMatch(/^[a-zA-Z]{2,3}(?:-[a-zA-Z0-9]{2,8})*$/);
      if (body.format !== undefined) expect(body.format).toMatch(/^[a-z]+\/[a-z0-9.+-]+$/);
    }
  });

  it('§3.3.1 Lifecycle Information: created and modified are xsd:dateTime, in UTC', () => {
    for (const annotation of annotations) {
      for (const field of ['created', 'modified'] as const) if (annotation[field] !== undefined) expect(annotation[field]).toMatch(XSD_DATETIME_UTC);
    }
  });

  it('§3.3.2 Agents: a creator is named by an IRI and has a type', () => {
    for (const annotation of annotations) {
      for (const creator of many(annotation.creator) as Json[]) {
        expect(isAbsoluteIri(creator.id)).toBe(true);
        expect(['Person', 'Organization', 'Software']).toContain(creator.type);
      }
    }
  });

  it('§3.3.5 Motivation and Purpose: every motivation and body purpose is one the model defines', () => {
    for (const annotation of annotations) for (const motivation of many(annotation.motivation)) expect(MOTIVATIONS).toContain(motivation);
    for (const body of bodies()) for (const purpose of many(body.purpose)) expect(MOTIVATIONS).toContain(purpose);
  });

  it('§3.3.6 Other Identities: canonical is at most 1 IRI, via IRIs', () => {
    for (const annotation of annotations) {
      if (annotation.canonical !== undefined) expect(isAbsoluteIri(annotation.canonical)).toBe(true);
      for (const via of many(annotation.via)) expect(isAbsoluteIri(via)).toBe(true);
    }
  });

  it('§4 Specific Resources: exactly 1 source, an IRI (a term link names the term by its IRI)', () => {
    const specific = bodies().filter((body) => body.type === 'SpecificResource');
    expect(specific.length).toBeGreaterThan(0);
    for (const body of specific) {
      expect(typeof body.source).toBe('string');
      expect(isAbsoluteIri(body.source)).toBe(true);
    }
  });

  it('§4 Specific Resources: a term link dereferences to that term, as JSON-LD', async () => {
    const source = String(bodies().find((body) => body.type === 'SpecificResource')?.source);
    const response = await w3c.get(source);
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toMatch(/^application\/ld\+json/);
    const term = (await response.json()) as Json;
    expect(term.id).toBe(source);
    expect(term['@context']).toBeDefined();
  });

  it('§4.2.1 Fragment Selector: exactly 1 value', () => {
    const fragments = selectors().filter((selector) => selector.type === 'FragmentSelector');
    expect(fragments.length).toBeGreaterThan(0);
    for (const selector of fragments) expect(typeof selector.value).toBe('string');
  });

  it('§4.2.4 Text Quote Selector: exactly 1 exact, at most 1 prefix and 1 suffix, all strings', () => {
    const quotes = selectors().filter((selector) => selector.type === 'TextQuoteSelector');
    expect(quotes.length).toBeGreaterThan(0);
    for (const selector of quotes) {
      expect(typeof selector.exact).toBe('string');
      for (const field of ['prefix', 'suffix']) if (field in selector) expect(typeof selector[field]).toBe('string');
    }
  });

  it('§4.2.5 Text Position Selector: exactly 1 start and 1 end, non-negative integers', () => {
    const positions = selectors().filter((selector) => selector.type === 'TextPositionSelector');
    expect(positions.length).toBeGreaterThan(0);
    for (const selector of positions) {
      for (const field of ['start', 'end']) {
        expect(Number.isInteger(selector[field])).toBe(true);
        expect(selector[field] as number).toBeGreaterThanOrEqual(0);
      }
    }
  });

  it('§4.2 Selectors: a selector list, when present, is not empty', () => {
    for (const annotation of annotations) {
      for (const target of many(annotation.target)) if (typeof target === 'object' && target && 'selector' in target) expect(many((target as Json).selector).length).toBeGreaterThan(0);
    }
  });

  it('§5.1 Annotation Collection: an IRI id and the type AnnotationCollection', () => {
    expect(isAbsoluteIri(collection.id)).toBe(true);
    expect(many(collection.type)).toContain('AnnotationCollection');
    expect(many(collection['@context'])).toContain(W3C_CONTEXT);
  });

  it('§5.1 Annotation Collection: exactly 1 first page when it holds annotations, a last page, and total a non-negative integer', () => {
    expect(collection.total).toBe(5);
    expect(collection.first).toBeDefined();
    expect(Array.isArray(collection.first)).toBe(false);
    expect(isAbsoluteIri(collection.last)).toBe(true);
  });

  it('§5.2 Annotation Page: an IRI id and the type AnnotationPage', () => {
    for (const page of pages) {
      expect(isAbsoluteIri(page.id)).toBe(true);
      expect(many(page.type)).toContain('AnnotationPage');
    }
  });

  it('§5.2 Annotation Page: exactly 1 items list of annotations', () => {
    for (const page of pages) {
      expect(Array.isArray(page.items)).toBe(true);
      for (const item of page.items as Json[]) expect(many(item.type)).toContain('Annotation');
    }
  });

  it('§5.2 Annotation Page: partOf names the collection', () => {
    for (const page of pages) expect(isAbsoluteIri(typeof page.partOf === 'object' ? (page.partOf as Json).id : page.partOf)).toBe(true);
    expect(pages[0]!.partOf).toBe(collection.id);
  });

  it('§5.2 Annotation Page: next on every page but the last, prev on every page but the first, as IRIs', () => {
    const paged = pages.slice(0, -1);
    paged.forEach((page, index) => {
      if (index < paged.length - 1) expect(isAbsoluteIri(page.next)).toBe(true);
      else expect(page.next).toBeUndefined();
      if (index > 0) expect(isAbsoluteIri(page.prev)).toBe(true);
      else expect(page.prev).toBeUndefined();
    });
    expect(paged.at(-1)!.id).toBe(collection.last);
  });

  it('§5.2 Annotation Page: startIndex is the 0-based position of the first item in the collection', () => {
    const paged = pages.slice(0, -1);
    let position = 0;
    for (const page of paged) {
      expect(page.startIndex).toBe(position);
      position += (page.items as unknown[]).length;
    }
    expect(position).toBe(collection.total);
  });
});
