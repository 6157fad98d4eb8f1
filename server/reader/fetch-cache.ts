import type { FetchedDocument } from './fetch-types';

/** How long a fetched document is served from memory: a reload does not fetch again. */
export const FETCH_CACHE_TTL_MS = 5 * 60 * 1000;
/** Memory the cache may hold in all. */
export const FETCH_CACHE_MAX_BYTES = 128 * 1024 * 1024;

/** A short-lived cache of fetched documents, keyed by the URL asked for. */
export interface FetchCache {
  get(url: string): FetchedDocument | null;
  set(url: string, document: FetchedDocument): void;
}

/**
 * Keeps documents for `ttlMs` and at most `maxBytes` of bodies, dropping the oldest first. Short on
 * purpose: a report republished with corrections shows up within minutes.
 */
export function createFetchCache(now: () => number, ttlMs = FETCH_CACHE_TTL_MS, maxBytes = FETCH_CACHE_MAX_BYTES): FetchCache {
  const entries = new Map<string, { document: FetchedDocument; expiresAt: number }>();
  let bytes = 0;
  const drop = (url: string) => {
    const entry = entries.get(url);
    if (!entry) return;
    bytes -= entry.document.body.length;
    entries.delete(url);
  };
  return {
    get(url) {
      const entry = entries.get(url);
      if (!entry) return null;
      if (entry.expiresAt <= now()) {
        drop(url);
        return null;
      }
      return entry.document;
    },
    set(url, document) {
      if (document.body.length > maxBytes) return;
      drop(url);
      const at = now();
      for (const [key, entry] of entries) if (entry.expiresAt <= at) drop(key);
      for (const key of entries.keys()) {
        if (bytes + document.body.length <= maxBytes) break;
        drop(key);
      }
      entries.set(url, { document, expiresAt: at + ttlMs });
      bytes += document.body.length;
    },
  };
}
