import { createHash, randomBytes } from 'node:crypto';

/** Prefix that makes a Kantlijn token recognisable in logs and secret scanners. */
const TOKEN_PREFIX = 'kl_';

/** A new API token: 256 random bits, base64url. Shown once; only its hash is stored. */
export function generateToken(): string {
  return TOKEN_PREFIX + randomBytes(32).toString('base64url');
}

/**
 * The hash under which a token is stored. A plain SHA-256 is right here (unlike for passwords):
 * tokens carry 256 random bits, so there is nothing to brute-force, and a fast hash keeps every
 * request's lookup cheap.
 */
export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}
