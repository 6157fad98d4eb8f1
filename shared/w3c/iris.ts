/**
 * How Kantlijn names its resources as IRIs, and how it reads them back. Served with a base (the
 * server's public origin) they are fetchable http(s) IRIs; without one (a digest file, an export
 * that travels on its own) they are stable URNs. Both forms, and the old plain forms, read back to
 * the same key, so clients and stored data of every age keep meaning the same thing.
 */

/** Where the annotation container lives; its IRI ends with a slash as the W3C Protocol asks. */
export const CONTAINER_PATH = '/api/annotations/';

/** Where each taxonomy term answers as JSON-LD. */
export const TERM_PATH = '/api/taxonomy/terms/';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const TERM_URN = 'urn:kantlijn:term:';

/** True for a UUID in its usual 8-4-4-4-12 spelling. */
export function isUuid(value: string): boolean {
  return UUID.test(value);
}

/**
 * The UUID an annotation reference names, lower-cased: a bare UUID, `urn:uuid:UUID`, or an IRI
 * ending in `/api/annotations/UUID` (Kantlijn's own, on whatever origin it was read from); `null`
 * for anything else.
 */
export function annotationUuid(reference: string): string | null {
  const trimmed = reference.trim();
  const bare = trimmed.replace(/^urn:uuid:/i, '');
  if (isUuid(bare)) return bare.toLowerCase();
  const iri = /\/api\/annotations\/([^/?#]+)$/.exec(trimmed);
  const last = iri?.[1] ? decodeURIComponent(iri[1]).replace(/^urn:uuid:/i, '') : '';
  return isUuid(last) ? last.toLowerCase() : null;
}

/** The IRI of the annotation `uuid`: under the container when served, `urn:uuid:` otherwise. */
export function annotationIri(uuid: string, base?: string): string {
  return base ? `${base}${CONTAINER_PATH}${uuid}` : `urn:uuid:${uuid}`;
}

/** The IRI of the taxonomy term `termId`: fetchable when served, a `urn:kantlijn:term:` otherwise. */
export function termIri(termId: string, base?: string): string {
  return base ? `${base}${TERM_PATH}${encodeURIComponent(termId)}` : `${TERM_URN}${termId}`;
}

/**
 * The plain term id a body or filter names: from a term IRI (any origin), a term URN, or the plain
 * id older clients send. Anything else comes back unchanged, for the vocabulary check to refuse.
 */
export function termKeyOf(reference: string): string {
  if (reference.startsWith(TERM_URN)) return reference.slice(TERM_URN.length);
  const iri = /\/api\/taxonomy\/terms\/([^/?#]+)$/.exec(reference);
  return iri?.[1] ? decodeURIComponent(iri[1]) : reference;
}
