import type { Context } from 'hono';

/**
 * True when the browser reached us over https. Behind a TLS-terminating proxy the request URL is
 * http, so `X-Forwarded-Proto` is honoured too: for cookies it can only make them stricter, and in
 * links it only changes what the asker is shown.
 */
export function isHttps(c: Context): boolean {
  return new URL(c.req.url).protocol === 'https:' || c.req.header('X-Forwarded-Proto')?.split(',')[0]?.trim() === 'https';
}

/**
 * The origin readers use to reach this server, for links it hands out (invitations): the request's
 * host as the browser sent it (a proxy must pass `Host` on), with https when the browser used it.
 */
export function publicOrigin(c: Context): string {
  const url = new URL(c.req.url);
  return `${isHttps(c) ? 'https:' : url.protocol}//${url.host}`;
}
