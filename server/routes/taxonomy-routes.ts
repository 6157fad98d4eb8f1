import { Hono } from 'hono';
import type { KantlijnDatabase } from '../db/database';
import type { AppEnv } from '../http/app-env';
import { ensureTaxonomy } from '../services/taxonomy-service';

/** `/api/taxonomy`: the current vocabulary of goals, actions and recommendations. */
export function createTaxonomyRoutes(db: KantlijnDatabase, clock: () => Date) {
  return new Hono<AppEnv>().get('/', (c) => c.json(ensureTaxonomy(db, clock()), 200));
}
