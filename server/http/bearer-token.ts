import type { Context } from 'hono';
import { hashToken } from '../services/tokens';

/** What an `Authorization` header said: a well-formed bearer token (by its hash), or not. */
export interface BearerCredential {
  /** True when the header was present at all, well-formed or not. */
  sent: boolean;
  /** SHA-256 of the token when the header was `Bearer TOKEN` (any case, any spacing); else null. */
  tokenHash: string | null;
}

// The scheme is case-insensitive (RFC 9110 §11.1); a token has no white space and a sane length.
const BEARER = /^bearer[ \t]+(\S{1,200})$/i;

/** Parses an `Authorization` header value; the one place that reads the header's syntax. */
export function parseBearer(header: string | undefined): BearerCredential {
  if (header === undefined) return { sent: false, tokenHash: null };
  const token = BEARER.exec(header.trim())?.[1];
  return { sent: true, tokenHash: token ? hashToken(token) : null };
}

// One parse per request, however many guards ask: rate limit, sign-in and live streams share it.
const parsed = new WeakMap<Request, BearerCredential>();

/** The bearer credential of `c`'s request, parsed once and remembered for the request's life. */
export function bearerOf(c: Context): BearerCredential {
  const known = parsed.get(c.req.raw);
  if (known) return known;
  const credential = parseBearer(c.req.header('Authorization'));
  parsed.set(c.req.raw, credential);
  return credential;
}
