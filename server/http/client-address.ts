import type { Context } from 'hono';
import { getConnInfo } from '@hono/node-server/conninfo';

/** Reads the address of the client behind a request, for limits and guards per address. */
export type ClientAddressOf = (c: Context) => string;

/**
 * The key one client is counted under. A port (`203.0.113.7:51234`, `[2001:db8::1]:443`) is
 * dropped, since it changes with every connection. An IPv6 address counts by its /64 network,
 * since one household or server commonly holds a whole /64 and could otherwise take a fresh
 * address for every try.
 */
export function addressKey(address: string): string {
  let host = address.trim();
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(host);
  if (bracketed?.[1]) host = bracketed[1];
  else if (/^[\d.]+:\d+$/.test(host)) host = host.slice(0, host.lastIndexOf(':'));
  if (host.startsWith('::ffff:') && host.includes('.')) return host.slice(7);
  if (!host.includes(':')) return host;
  // Expand "::" to get at the first four groups of the address.
  const [head = '', tail] = host.split('::');
  const headGroups = head ? head.split(':') : [];
  const tailGroups = tail ? tail.split(':') : [];
  const groups = tail === undefined ? headGroups : [...headGroups, ...Array<string>(Math.max(0, 8 - headGroups.length - tailGroups.length)).fill('0'), ...tailGroups];
  return `${groups
    .slice(0, 4)
    .map((group) => (Number.parseInt(group, 16) || 0).toString(16))
    .join(':')}::/64`;
}

/** The address of the socket: the client itself, or the last proxy in front of the server. */
function socketAddress(c: Context): string {
  try {
    return addressKey(getConnInfo(c).remote.address ?? 'unknown');
  } catch {
    return 'local'; // in-process requests (tests) have no socket
  }
}

/**
 * How to find the client's address when `trustedProxies` reverse proxies stand in front of the
 * server (0: none). Each proxy appends the address it received the request from to
 * `X-Forwarded-For`, so the entry that many places from the end was written by our own first proxy
 * and names the real client; anything before it came from the client and may be forged. Without
 * trusted proxies the header is ignored: anyone can send it, and trusting it would let a token
 * guesser pick a fresh address for every try.
 */
export function clientAddressOf(trustedProxies: number): ClientAddressOf {
  if (trustedProxies <= 0) return socketAddress;
  return (c) => {
    const forwarded = (c.req.header('X-Forwarded-For') ?? '')
      .split(',')
      .map((entry) => entry.trim())
      .filter((entry) => entry !== '');
    const entry = forwarded[forwarded.length - trustedProxies];
    return entry ? addressKey(entry) : socketAddress(c);
  };
}
