import type { Context } from 'hono';
import { getConnInfo } from '@hono/node-server/conninfo';

/** Reads the address of the client behind a request, for limits and guards per address. */
export type ClientAddressOf = (c: Context) => string;

/** The address of the socket: the client itself, or the last proxy in front of the server. */
function socketAddress(c: Context): string {
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
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
    return forwarded[forwarded.length - trustedProxies] ?? socketAddress(c);
  };
}
