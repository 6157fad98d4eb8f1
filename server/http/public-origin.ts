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
 * The origin readers use to reach this server, for links it hands out (invitations). The
 * configured `PUBLIC_URL` when there is one: any client can send any `Host`, and an invitation
 * must not send a councillor to a host someone else chose. Without it (a test, a laptop) the
 * request's host as the browser sent it, with https when the browser used it.
 */
export function publicOrigin(c: Context, configured?: string): string {
  if (configured) return configured;
  const url = new URL(c.req.url);
  return `${isHttps(c) ? 'https:' : url.protocol}//${url.host}`;
}

/** True for an address only this machine can reach (127.x, ::1, localhost). */
export function isLoopbackHost(host: string): boolean {
  const bare = host.trim().toLowerCase().replace(/^\[(.*)\]$/, '$1');
  return bare === 'localhost' || bare === '::1' || /^127(\.\d{1,3}){3}$/.test(bare);
}

/**
 * The one line to warn with at start when invitation links will come from the `Host` header of
 * whoever asks although the server is reachable from elsewhere; null when all is well.
 */
export function publicUrlWarning(config: { HOST: string; PUBLIC_URL?: string | undefined }): string | null {
  if (config.PUBLIC_URL || isLoopbackHost(config.HOST)) return null;
  return `Let op: PUBLIC_URL is niet ingesteld terwijl de server op ${config.HOST} luistert; uitnodigingslinks nemen dan het adres over dat de aanvrager meestuurt. Zet PUBLIC_URL op het https-adres van de server (bijvoorbeeld https://kantlijn.gemeente.nl).`;
}
