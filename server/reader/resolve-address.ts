import { promises as dns } from 'node:dns';
import { isIP } from 'node:net';
import type { ResolvedAddress, Resolver } from './fetch-types';

/** The system's resolver (what `getaddrinfo` answers: hosts file, DNS), every address in its order. */
export const systemResolver: Resolver = async (hostname) => {
  const found = await dns.lookup(hostname, { all: true, verbatim: true });
  return found.flatMap((entry): ResolvedAddress[] => (entry.family === 4 || entry.family === 6 ? [{ address: entry.address, family: entry.family }] : []));
};

/** `URL.hostname` without the brackets an IPv6 literal carries. */
export function bareHostname(url: URL): string {
  return url.hostname.replace(/^\[(.*)\]$/, '$1');
}

/**
 * The addresses `url`'s host stands for: the literal itself for an IP address (no resolver asked),
 * else what `resolve` answers. Empty when the name does not resolve.
 */
export async function addressesOf(url: URL, resolve: Resolver): Promise<readonly ResolvedAddress[]> {
  const host = bareHostname(url);
  const family = isIP(host);
  if (family === 4 || family === 6) return [{ address: host, family }];
  try {
    return await resolve(host);
  } catch {
    return [];
  }
}
