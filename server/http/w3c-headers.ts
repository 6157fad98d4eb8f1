import type { Context } from 'hono';
import { ApiFailure } from './api-failure';

/** The W3C Web Annotation media type: JSON-LD with the annotation profile. */
export const ANNOTATION_MEDIA_TYPE = 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"';

/** Where the W3C Protocol's constraints are published (the `ldp#constrainedBy` link). */
const PROTOCOL_CONSTRAINTS = '<http://www.w3.org/TR/annotation-protocol/>; rel="http://www.w3.org/ns/ldp#constrainedBy"';

/** What the container takes in a POST: the annotation profile, and plain JSON as older clients send it. */
const ACCEPTED_POSTS = `${ANNOTATION_MEDIA_TYPE}, application/ld+json, application/json`;

/**
 * The media type to answer with (W3C Protocol §3, content negotiation): JSON-LD with the profile by
 * default and whenever asked for, `application/json` for a client that asks for plain JSON only.
 * A client that accepts neither (Turtle, HTML only) gets 406: no other representation is offered.
 */
export function negotiatedType(c: Context): string {
  const accept = (c.req.header('Accept') ?? '').toLowerCase();
  if (accept.trim() === '' || accept.includes('application/ld+json')) return ANNOTATION_MEDIA_TYPE;
  if (accept.includes('application/json')) return 'application/json; charset=UTF-8';
  if (accept.includes('*/*') || accept.includes('application/*')) return ANNOTATION_MEDIA_TYPE;
  throw new ApiFailure(406, 'not_acceptable', `Deze server levert annotaties als ${ANNOTATION_MEDIA_TYPE} of application/json; vraag een van die twee.`);
}

/** Adds `Accept` (and more) to `Vary`, keeping what CORS put there. */
function vary(c: Context, fields: string): void {
  c.header('Vary', fields, { append: true });
}

/** Headers of the container and its pages: LDP type, constraints, methods, what POST takes. */
export function setContainerHeaders(c: Context, contentLocation: string): void {
  c.header('Link', `<http://www.w3.org/ns/ldp#BasicContainer>; rel="type", ${PROTOCOL_CONSTRAINTS}`);
  c.header('Allow', 'GET, HEAD, OPTIONS, POST');
  c.header('Accept-Post', ACCEPTED_POSTS);
  c.header('Content-Location', contentLocation);
  vary(c, 'Accept, Prefer');
}

/** Headers of one annotation: LDP resource type, methods, and its version. */
export function setAnnotationHeaders(c: Context, etag: string): void {
  c.header('Link', '<http://www.w3.org/ns/ldp#Resource>; rel="type", <http://www.w3.org/ns/oa#Annotation>; rel="type"');
  c.header('Allow', 'GET, HEAD, OPTIONS, PUT, DELETE');
  c.header('ETag', etag);
  vary(c, 'Accept');
}

/** The headers (with CORS) a browser page may read on the W3C resources. */
export const W3C_EXPOSED_HEADERS = ['Link', 'Allow', 'Accept-Post', 'Content-Location', 'Preference-Applied', 'Vary'];

/**
 * Refuses a body that says it is something other than JSON (W3C Protocol §6: 415). A request that
 * names no type is read as JSON, as older clients send it.
 */
export function assertJsonBody(c: Context): void {
  const type = (c.req.header('Content-Type') ?? '').split(';')[0]!.trim().toLowerCase();
  if (type === '' || type === 'application/json' || type === 'application/ld+json') return;
  throw new ApiFailure(415, 'unsupported_media_type', `Stuur de annotatie als ${ANNOTATION_MEDIA_TYPE} of application/json.`);
}

/** 405 with the methods that are allowed (W3C Protocol §6). */
export function methodNotAllowed(c: Context, allow: string): never {
  c.header('Allow', allow);
  throw new ApiFailure(405, 'method_not_allowed', `Deze methode kan hier niet; wel: ${allow}.`);
}
