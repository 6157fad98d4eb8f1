import type BetterSqlite3 from 'better-sqlite3';
import { MIGRATIONS, type Migration } from './migrations/index';

/**
 * Brings the database to the newest schema. Each migration runs in its own transaction together with
 * the `user_version` bump, so a crash leaves the database at one version or the next, never between.
 * A database newer than this program is refused rather than written to.
 */
export function migrate(db: BetterSqlite3.Database, migrations: readonly Migration[] = MIGRATIONS): number {
  const current = db.pragma('user_version', { simple: true }) as number;
  const newest = migrations.at(-1)?.version ?? 0;
  if (current > newest) {
    throw new Error(`De database heeft schemaversie ${current}; dit programma kent er ${newest}. Werk Kantlijn bij.`);
  }
  for (const migration of migrations) {
    if (migration.version <= current) continue;
    db.transaction(() => {
      db.exec(migration.sql);
      db.pragma(`user_version = ${migration.version}`);
    }).immediate();
  }
  return db.pragma('user_version', { simple: true }) as number;
}
