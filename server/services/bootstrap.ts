import type { KantlijnDatabase } from '../db/database';
import { ensureTaxonomy } from './taxonomy-service';
import { createUserWithToken } from './users-service';

/** What the first start did: the token of the secretariat account it made, if it made one. */
export interface BootstrapResult {
  firstSecretariatToken: string | null;
}

/**
 * Prepares a new database: the default taxonomy, and, when no secretariat account exists, one
 * secretariat account whose token is returned once so the operator can sign in.
 */
export function bootstrap(db: KantlijnDatabase, now: Date): BootstrapResult {
  ensureTaxonomy(db, now);
  if (db.users.countWithRole('secretariat') > 0) return { firstSecretariatToken: null };
  const { token } = createUserWithToken(db, { name: 'Secretariaat', role: 'secretariat', organisation: 'Bovenregionaal secretariaat' }, now);
  return { firstSecretariatToken: token };
}
