import type { KantlijnDatabase } from '../db/database';
import { createDigestWorkerPool, type DigestWorkerPool } from './digest/worker/worker-pool';
import { createEventBus, type EventBus } from './event-bus';
import { relayNotificationChanges } from './notification-relay';
import { createPageCache, DEFAULT_CACHE_BYTES, type PageCache } from './page-cache';

/** What every service needs: the database, the live-update bus and the time. */
export interface ServiceContext {
  db: KantlijnDatabase;
  events: EventBus;
  now: () => Date;
  /** Rendered list pages per document; optional so that tests and tools can leave it out. */
  pages?: PageCache;
  /** Makes digest downloads, large ones off the event loop; without it they are made in place. */
  digests?: DigestWorkerPool;
}

/** The context a server runs on: one event bus, the page cache that listens to it, the digest maker. */
export function createServiceContext(deps: { db: KantlijnDatabase; events?: EventBus; clock?: () => Date; pageCacheBytes?: number }): ServiceContext {
  const events = deps.events ?? createEventBus();
  const pageCacheBytes = deps.pageCacheBytes ?? DEFAULT_CACHE_BYTES;
  relayNotificationChanges(deps.db, events);
  return {
    db: deps.db,
    events,
    now: deps.clock ?? (() => new Date()),
    ...(pageCacheBytes > 0 ? { pages: createPageCache(events, pageCacheBytes, () => deps.db.outsideWrites()) } : {}),
    digests: createDigestWorkerPool(),
  };
}
