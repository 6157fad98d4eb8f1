import http, { type IncomingMessage } from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import type { ResolvedAddress } from './fetch-types';
import { bareHostname } from './resolve-address';

/**
 * A `lookup` that answers every question with the one address already checked. Node would
 * otherwise resolve the name again when it connects, and a name that answered with a public
 * address to the check could answer with a private one to the connection (DNS rebinding).
 */
function pinnedLookup(pinned: ResolvedAddress): LookupFunction {
  return (_hostname, options, callback) => {
    if (options.all) callback(null, [{ address: pinned.address, family: pinned.family }]);
    else callback(null, pinned.address, pinned.family);
  };
}

/** The headers the reader sends: no cookies, no credentials, nothing of the person reading. */
const REQUEST_HEADERS = {
  Accept: 'text/html,application/xhtml+xml,application/pdf;q=0.9,*/*;q=0.1',
  'Accept-Encoding': 'identity',
  'User-Agent': 'Kantlijn-lezer/1 (+https://kantlijn.nl)',
} as const;

/**
 * Sends one GET for `url` to the checked address `pinned` (TLS still verifies the certificate
 * against the URL's host name) and resolves with the answer's head; its body is left to the caller.
 * `signal` aborts it, connection and body alike.
 */
export function pinnedGet(url: URL, pinned: ResolvedAddress, signal: AbortSignal): Promise<IncomingMessage> {
  const client = url.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    const request = client.request({
      protocol: url.protocol,
      hostname: bareHostname(url),
      port: url.port === '' ? undefined : Number(url.port),
      path: `${url.pathname}${url.search}`,
      method: 'GET',
      headers: REQUEST_HEADERS,
      lookup: pinnedLookup(pinned),
      // No shared pool: a kept-alive socket to another address must never carry this request.
      agent: false,
      signal,
    });
    request.once('response', resolve);
    request.once('error', reject);
    request.end();
  });
}
