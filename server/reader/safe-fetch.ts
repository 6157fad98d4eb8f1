import { isPublicAddress } from './address-policy';
import { createFetchCache, type FetchCache } from './fetch-cache';
import type { FetchOutcome, FetchRefusalReason, Resolver } from './fetch-types';
import { capFor, declaredType, DEFAULT_LIMITS, looksLikePdf, type DocumentLimits } from './document-limits';
import { pinnedGet } from './pinned-request';
import { readCappedBody } from './read-capped-body';
import { isListedHost, type ReaderHost } from './reader-hosts';
import { addressesOf, systemResolver } from './resolve-address';

/** Tells whether a URL is one of a document registered for a round (documents live elsewhere). */
export type IsRegisteredUrl = (url: string) => boolean;

/** What a fetcher needs; only `readerHosts` and `isRegisteredUrl` are policy, the rest is plumbing. */
export interface SafeFetcherOptions {
  /** `READER_HOSTS`: fetched from whatever their address, private ones included. */
  readerHosts: readonly ReaderHost[];
  /** URLs of registered documents: fetched when their host has a public address. */
  isRegisteredUrl: IsRegisteredUrl;
  resolve?: Resolver;
  limits?: Partial<DocumentLimits>;
  cache?: FetchCache;
  now?: () => number;
}

/** Fetches documents for the reader without being an open proxy. */
export interface SafeFetcher {
  fetch(url: string): Promise<FetchOutcome>;
}

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

class Refusal extends Error {
  constructor(
    readonly reason: FetchRefusalReason,
    readonly url: string,
  ) {
    super(reason);
  }
}

/** Parses a URL the reader may be asked for: http(s), no user name or password in it. */
function parseTarget(raw: string): URL | null {
  if (!URL.canParse(raw)) return null;
  const url = new URL(raw);
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || url.username !== '' || url.password !== '') return null;
  url.hash = '';
  return url;
}

/**
 * Creates the reader's fetcher. For the URL asked for and for every redirect it follows (at most
 * `maxRedirects`), in this order and before any connection: the URL must be registered, on a listed
 * host, or (for a redirect) on the host that was allowed a step before; its host is resolved; every
 * address must be public unless the host is listed; then the request goes to that checked address
 * and no other. The answer must be 200, HTML or PDF by its type, within the size cap of its kind,
 * and all of it within the time cap. Successes are cached for a few minutes.
 */
export function createSafeFetcher(options: SafeFetcherOptions): SafeFetcher {
  const limits: DocumentLimits = { ...DEFAULT_LIMITS, ...options.limits };
  const resolve = options.resolve ?? systemResolver;
  const now = options.now ?? Date.now;
  const cache = options.cache ?? createFetchCache(now);
  const inFlight = new Map<string, Promise<FetchOutcome>>();

  function isAllowed(url: URL, previous: URL | null): boolean {
    return options.isRegisteredUrl(url.href) || isListedHost(url, options.readerHosts) || (previous !== null && previous.host === url.host);
  }

  async function fetchChecked(requested: URL, signal: AbortSignal): Promise<FetchOutcome> {
    let current = requested;
    let previous: URL | null = null;
    for (let redirects = 0; ; redirects += 1) {
      if (!isAllowed(current, previous)) throw new Refusal('not_allowed', current.href);
      const addresses = await addressesOf(current, resolve);
      if (signal.aborted) throw new Refusal('timeout', current.href);
      const [first] = addresses;
      if (!first) throw new Refusal('unresolvable', current.href);
      if (!isListedHost(current, options.readerHosts) && !addresses.every((entry) => isPublicAddress(entry.address))) {
        throw new Refusal('private_address', current.href);
      }
      const response = await pinnedGet(current, first, signal);
      const location = response.headers.location;
      if (REDIRECT_STATUSES.has(response.statusCode ?? 0) && location) {
        response.destroy();
        if (redirects >= limits.maxRedirects) throw new Refusal('too_many_redirects', current.href);
        const next = URL.canParse(location, current) ? parseTarget(new URL(location, current).href) : null;
        if (!next) throw new Refusal('invalid_url', current.href);
        previous = current;
        current = next;
        continue;
      }
      if (response.statusCode !== 200) {
        response.destroy();
        throw new Refusal('upstream_status', current.href);
      }
      const declared = declaredType(response.headers['content-type']);
      if (!declared) {
        response.destroy();
        throw new Refusal('unsupported_type', current.href);
      }
      const body = await readCappedBody(response, capFor(declared.kind, limits));
      if (body === 'too_large') throw new Refusal('too_large', current.href);
      if (declared.kind === 'sniff' && !looksLikePdf(body)) throw new Refusal('unsupported_type', current.href);
      const kind = declared.kind === 'html' ? 'html' : 'pdf';
      return { ok: true, document: { requestedUrl: requested.href, finalUrl: current.href, kind, charset: declared.charset, body } };
    }
  }

  async function fetchFresh(requested: URL): Promise<FetchOutcome> {
    const signal = AbortSignal.timeout(limits.timeoutMs);
    const attempt = fetchChecked(requested, signal);
    // The resolver and the body stream only notice the signal late or not at all; the race ends
    // the wait itself at the deadline.
    const deadline = new Promise<never>((_, reject) => {
      signal.addEventListener('abort', () => reject(new Refusal('timeout', requested.href)), { once: true });
    });
    deadline.catch(() => undefined);
    try {
      const outcome = await Promise.race([attempt, deadline]);
      if (outcome.ok) cache.set(requested.href, outcome.document);
      return outcome;
    } catch (error) {
      if (error instanceof Refusal) return { ok: false, reason: error.reason, url: error.url };
      return { ok: false, reason: signal.aborted ? 'timeout' : 'unreachable', url: requested.href };
    } finally {
      attempt.catch(() => undefined);
    }
  }

  return {
    async fetch(raw) {
      const requested = parseTarget(raw);
      if (!requested) return { ok: false, reason: 'invalid_url', url: raw };
      // A cached copy was checked when it was fetched, but the URL must still be allowed now.
      if (!isAllowed(requested, null)) return { ok: false, reason: 'not_allowed', url: requested.href };
      const cached = cache.get(requested.href);
      if (cached) return { ok: true, document: cached };
      const running = inFlight.get(requested.href);
      if (running) return running;
      const started = fetchFresh(requested).finally(() => inFlight.delete(requested.href));
      inFlight.set(requested.href, started);
      return started;
    },
  };
}
