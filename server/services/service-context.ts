import type { KantlijnDatabase } from '../db/database';
import type { EventBus } from './event-bus';
import type { PageCache } from './page-cache';

/** What every service needs: the database, the live-update bus and the time. */
export interface ServiceContext {
  db: KantlijnDatabase;
  events: EventBus;
  now: () => Date;
  /** Rendered list pages per document; optional so that tests and tools can leave it out. */
  pages?: PageCache;
}
