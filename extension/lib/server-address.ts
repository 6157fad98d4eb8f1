/** Hosts that only this computer reaches: there plain http is normal (the demo, `npm start`). */
const LOOPBACK = /^(localhost|127(?:\.\d{1,3}){3}|\[::1\])$/i;

/**
 * The server's address as Kantlijn stores it (`https://host[:port]`, the origin only) from what a
 * reader typed: a full address, an address without `https://`, or even the whole invitation link.
 * An address without a scheme gets `https://`, or `http://` on loopback. `null` when it is no web
 * address.
 */
export function serverAddressOf(text: string): string | null {
  const trimmed = text.trim();
  if (!trimmed || /\s/.test(trimmed)) return null;
  const hasScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed);
  let candidate = trimmed;
  if (!hasScheme) {
    const host = trimmed.split(/[/?#]/)[0]!.replace(/:\d+$/, '');
    candidate = `${LOOPBACK.test(host) ? 'http' : 'https'}://${trimmed}`;
  }
  if (!URL.canParse(candidate)) return null;
  const url = new URL(candidate);
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  // A bare word ("kantlijn") is no address a council's server could have, except localhost.
  if (!url.hostname.includes('.') && !url.hostname.includes(':') && url.hostname !== 'localhost') return null;
  return url.origin;
}
