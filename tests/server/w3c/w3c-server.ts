import { startHttpTestServer, type HttpTestServer } from '../../helpers/http-server';

/** The media type of the W3C Web Annotation Protocol. */
export const ANNOTATION_TYPE = 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"';
export const W3C_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
export const REPORT = 'https://www.svmn.nl/rapporten/voortgang-2025.html';
export const PDF = 'https://www.svmn.nl/rapporten/review-2025.pdf';

/** A JSON object as read from the wire. */
export type Json = Record<string, unknown>;

/** The live server on loopback with a few annotations of every shape Kantlijn stores. */
export interface W3cServer {
  http: HttpTestServer;
  token: string;
  /** Another reader, who may see only what is shared. */
  otherToken: string;
  /** The container's IRI (`…/api/annotations/`). */
  container: string;
  ids: { highlight: string; remark: string; pdfRemark: string; deletedParent: string; reply: string };
  get(path: string, headers?: Record<string, string>): Promise<Response>;
  send(method: string, path: string, body: unknown, headers?: Record<string, string>): Promise<Response>;
  close(): Promise<void>;
}

const quote = { type: 'TextQuoteSelector', exact: 'vast aanspreekpunt per gemeente', prefix: 'een ', suffix: '. In' };

/** A remark on the report with a term link (by plain id, as older clients send it). */
export function remarkInput(overrides: Json = {}): Json {
  return {
    '@context': W3C_CONTEXT,
    type: 'Annotation',
    motivation: 'commenting',
    body: [
      { type: 'TextualBody', purpose: 'commenting', value: 'Wat is hier de planning?', format: 'text/plain', language: 'nl' },
      { type: 'SpecificResource', purpose: 'classifying', source: 'goal-2' },
    ],
    target: { source: REPORT, selector: [quote, { type: 'TextPositionSelector', start: 120, end: 151 }] },
    ...overrides,
  };
}

/** Starts the server and stores: a highlight, a remark, a PDF remark, a deleted remark kept for its reply, and that reply. */
export async function startW3cServer(): Promise<W3cServer> {
  const http = await startHttpTestServer();
  const token = http.addUser({ name: 'Anna de Vries', role: 'councillor', organisation: 'Gemeente Woerden' });
  const otherToken = http.addUser({ name: 'Bram Jansen', role: 'partner', organisation: 'AKJ' });
  const send = (method: string, path: string, body: unknown, headers: Record<string, string> = {}, as = token) =>
    fetch(new URL(path, http.url), {
      method,
      headers: { Authorization: `Bearer ${as}`, 'Content-Type': ANNOTATION_TYPE, ...headers },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  const create = async (input: Json, as = token): Promise<string> => {
    const response = await send('POST', '/api/annotations/', input, {}, as);
    if (response.status !== 201) throw new Error(`create answered ${response.status}: ${await response.text()}`);
    return String(((await response.json()) as Json).id);
  };
  const highlight = await create({ '@context': W3C_CONTEXT, type: 'Annotation', motivation: 'highlighting', target: { source: REPORT, selector: quote } });
  const remark = await create(remarkInput());
  const pdfRemark = await create(
    remarkInput({ target: { source: PDF, selector: [{ type: 'FragmentSelector', value: 'page=3', conformsTo: 'http://tools.ietf.org/rfc/rfc3778' }, quote] } }),
  );
  const deletedParent = await create(remarkInput({ body: { type: 'TextualBody', value: 'Ik trek dit in.' } }));
  const reply = await create(
    { '@context': W3C_CONTEXT, type: 'Annotation', motivation: 'replying', body: { type: 'TextualBody', purpose: 'replying', value: 'Waarom?' }, target: deletedParent },
    otherToken,
  );
  const removed = await send('DELETE', deletedParent, undefined);
  if (removed.status !== 204) throw new Error(`delete answered ${removed.status}`);
  return {
    http,
    token,
    otherToken,
    container: `${http.url}/api/annotations/`,
    ids: { highlight, remark, pdfRemark, deletedParent, reply },
    get: (path, headers = {}) => fetch(new URL(path, http.url), { headers: { Authorization: `Bearer ${token}`, ...headers } }),
    send: (method, path, body, headers = {}) => send(method, path, body, headers),
    close: () => http.close(),
  };
}

/** True for an absolute IRI (a scheme and no white space): what JSON-LD reads without a base. */
export function isAbsoluteIri(value: unknown): boolean {
  return typeof value === 'string' && /^[a-z][a-z0-9+.-]*:[^\s]+$/i.test(value);
}

/** A value that may be one or many, as a list. */
export function many(value: unknown): unknown[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

/** The `rel="type"` targets of a Link header. */
export function linkTypes(link: string | null): string[] {
  return [...(link ?? '').matchAll(/<([^>]+)>\s*;\s*rel="type"/g)].map((match) => match[1]!);
}

/** The target of the link with relation `rel`. */
export function linkTarget(link: string | null, rel: string): string | null {
  for (const match of (link ?? '').matchAll(/<([^>]+)>\s*;\s*rel="([^"]+)"/g)) if (match[2] === rel) return match[1]!;
  return null;
}
