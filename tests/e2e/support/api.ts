import { annotationPageSchema, type Annotation, type W3cAnnotation } from '../../../shared/schemas/annotation';
import { readAnnotation } from '../../../shared/w3c/read-annotation';

/** Creates an annotation through the real server's API, as another client would, and returns its id. */
export async function postAnnotation(serverUrl: string, token: string, annotation: Record<string, unknown>): Promise<string> {
  const response = await fetch(`${serverUrl}/api/annotations`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ '@context': 'http://www.w3.org/ns/anno.jsonld', type: 'Annotation', ...annotation }),
  });
  if (response.status !== 201) throw new Error(`creating an annotation failed: ${response.status} ${await response.text()}`);
  return ((await response.json()) as { id: string }).id;
}

/** The annotations `token`'s user may see on `source`, as the real server lists them. */
export async function listAnnotations(serverUrl: string, token: string, source: string): Promise<Annotation[]> {
  const response = await fetch(`${serverUrl}/api/annotations?source=${encodeURIComponent(source)}`, { headers: { Authorization: `Bearer ${token}` } });
  if (response.status !== 200) throw new Error(`listing annotations failed: ${response.status} ${await response.text()}`);
  // Read as the extension reads them: ids as served, term links by plain term id.
  const page = (await response.json()) as { items: W3cAnnotation[] };
  return annotationPageSchema.parse({ ...page, items: page.items.map(readAnnotation) }).items;
}

/** Puts a document on the reading list through the real server's API (as the secretariat) and returns its id. */
export async function registerDocument(serverUrl: string, token: string, document: { title: string; urls: string[]; publisher?: string; date?: string }): Promise<string> {
  const response = await fetch(`${serverUrl}/api/documents`, { method: 'POST', headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' }, body: JSON.stringify(document) });
  if (response.status !== 201) throw new Error(`registering a document failed: ${response.status} ${await response.text()}`);
  return ((await response.json()) as { id: string }).id;
}
