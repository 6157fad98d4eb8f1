import type { KantlijnDatabase } from '../db/database';
import type { EventBus } from './event-bus';

/** What every service needs: the database, the live-update bus and the time. */
export interface ServiceContext {
  db: KantlijnDatabase;
  events: EventBus;
  now: () => Date;
}
