import { createHash } from 'node:crypto';
import type { EventBus } from './event-bus';

/**
 * A rendered list page: its JSON as UTF-8 bytes and the entity tag that names exactly it. Bytes,
 * not a string: the Node adapter hands a byte body to the socket as it is, while a string would be
 * encoded again on every read of the same page.
 */
export interface CachedPage {
  body: Uint8Array<ArrayBuffer>;
  etag: string;
}

const ENCODER = new TextEncoder();

/** What an entry costs besides its body and key: the tag, the map entries, the objects. */
const ENTRY_OVERHEAD_BYTES = 256;

/** A page for `json`, its tag derived from its content. */
export function pageOf(json: string): CachedPage {
  // Memory of its own: a small Buffer would be a slice of a shared 8 KiB slab and keep all of it.
  const body = ENCODER.encode(json);
  return { body, etag: `"p-${createHash('sha1').update(body).digest('base64url')}"` };
}

/** The pseudo-document under which pages that span documents (searches) are kept: every change forgets them. */
export const ANY_DOCUMENT = '\u0000any document';

/** What the cache may hold by default: enough for every open report of a council's readers. */
export const DEFAULT_CACHE_BYTES = 64 * 1024 * 1024;

/**
 * Rendered annotation pages of one document per reader and query, kept until anything on that
 * document changes. Reading a report is far more common than writing on it, and a page is the same
 * for a reader until then, so most reads become a lookup. Every write goes through the services,
 * which announce it on the event bus; that announcement clears the document's pages. A write by
 * another process (`npm run import`, `npm run users`), which the bus never hears of, shows in
 * `outsideWrites` (SQLite's data_version) and clears every page at the next read. The pages,
 * their keys and their bookkeeping together stay within `maxBytes`; the oldest is dropped first.
 */
export function createPageCache(events: EventBus, maxBytes = DEFAULT_CACHE_BYTES, outsideWrites?: () => number) {
  const pages = new Map<string, { page: CachedPage; sources: readonly string[]; cost: number }>();
  const keysBySource = new Map<string, Set<string>>();
  let bytes = 0;

  const forget = (fullKey: string) => {
    const entry = pages.get(fullKey);
    if (!entry) return;
    pages.delete(fullKey);
    bytes -= entry.cost;
    for (const source of entry.sources) {
      const keys = keysBySource.get(source);
      keys?.delete(fullKey);
      if (keys?.size === 0) keysBySource.delete(source);
    }
  };
  const forgetSource = (source: string) => {
    for (const key of [...(keysBySource.get(source) ?? [])]) forget(key);
  };
  events.subscribe((change) => {
    forgetSource(ANY_DOCUMENT);
    for (const record of [change.before, change.after]) if (record) forgetSource(record.source);
  });

  let seenVersion = outsideWrites?.();

  const cache = {
    get(source: string, key: string): CachedPage | undefined {
      if (outsideWrites) {
        const version = outsideWrites();
        if (version !== seenVersion) {
          seenVersion = version;
          cache.clear();
        }
      }
      return pages.get(`${source}\n${key}`)?.page;
    },
    /**
     * Renders `json` into a page and keeps it, unless it alone is larger than the whole budget. A
     * page of one document known at several URLs is kept under the first and forgotten when
     * anything changes at any of them.
     */
    set(sources: string | readonly string[], key: string, json: string): CachedPage {
      const page = pageOf(json);
      const all = typeof sources === 'string' ? [sources] : sources;
      const fullKey = `${all[0] ?? ''}\n${key}`;
      // Keys are UTF-16 in memory; two bytes a character.
      const cost = page.body.byteLength + fullKey.length * 2 + ENTRY_OVERHEAD_BYTES;
      forget(fullKey);
      if (cost > maxBytes) return page;
      // A Map iterates in insertion order, so its first key is the oldest page.
      for (const oldest of pages.keys()) {
        if (bytes + cost <= maxBytes) break;
        forget(oldest);
      }
      pages.set(fullKey, { page, sources: all, cost });
      bytes += cost;
      for (const source of all) {
        const keys = keysBySource.get(source) ?? new Set<string>();
        keys.add(fullKey);
        keysBySource.set(source, keys);
      }
      return page;
    },
    /**
     * Forgets everything, for changes that are not about one document (an account deleted) or that
     * change which URLs are one document (a document registered, a PDF seen at a new URL).
     */
    clear(): void {
      pages.clear();
      keysBySource.clear();
      bytes = 0;
    },
    /** Pages held now and the memory they are counted at, for tests and the bench. */
    size(): { pages: number; bytes: number } {
      return { pages: pages.size, bytes };
    },
  };
  return cache;
}
export type PageCache = ReturnType<typeof createPageCache>;
