import { createHash } from 'node:crypto';
import type { EventBus } from './event-bus';

/**
 * A rendered list page: its JSON and the entity tag that names exactly it. Kept as a string: the
 * Node adapter writes a string body straight to the socket, while bytes go through a Response copy.
 */
export interface CachedPage {
  json: string;
  etag: string;
}

/** A page for `json`, its tag derived from its content. */
export function pageOf(json: string): CachedPage {
  return { json, etag: `"p-${createHash('sha1').update(json).digest('base64url')}"` };
}

/** Most pages kept; the oldest is dropped first. */
const MAX_PAGES = 2_000;

/**
 * Rendered annotation pages of one document per reader and query, kept until anything on that
 * document changes. Reading a report is far more common than writing on it, and a page is the same
 * for a reader until then, so most reads become a lookup. Every write goes through the services,
 * which announce it on the event bus; that announcement clears the document's pages.
 */
export function createPageCache(events: EventBus) {
  const pages = new Map<string, CachedPage>();
  const keysBySource = new Map<string, Set<string>>();

  const forgetSource = (source: string) => {
    for (const key of keysBySource.get(source) ?? []) pages.delete(key);
    keysBySource.delete(source);
  };
  events.subscribe((change) => {
    for (const record of [change.before, change.after]) if (record) forgetSource(record.source);
  });

  return {
    get(source: string, key: string): CachedPage | undefined {
      return pages.get(`${source}\n${key}`);
    },
    set(source: string, key: string, json: string): CachedPage {
      const fullKey = `${source}\n${key}`;
      if (pages.size >= MAX_PAGES) {
        const oldest = pages.keys().next().value;
        if (oldest !== undefined) pages.delete(oldest);
      }
      const page = pageOf(json);
      pages.set(fullKey, page);
      const keys = keysBySource.get(source) ?? new Set<string>();
      keys.add(fullKey);
      keysBySource.set(source, keys);
      return page;
    },
    /** Forgets everything, for changes that are not about one document (an account deleted). */
    clear(): void {
      pages.clear();
      keysBySource.clear();
    },
  };
}
export type PageCache = ReturnType<typeof createPageCache>;
