import BetterSqlite3 from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { migrate } from '../../server/db/migrate';
import { MIGRATIONS } from '../../server/db/migrations/index';
import { openDatabase } from '../../server/db/database';
import { createTempDir } from '../helpers/temp-dir';

let temp: ReturnType<typeof createTempDir> | undefined;
afterEach(() => temp?.remove());

describe('migrations', () => {
  it('bring a new database to the newest version with WAL and foreign keys, and are idempotent', () => {
    temp = createTempDir();
    const db = openDatabase(temp.dir);
    db.close();
    const raw = new BetterSqlite3(`${temp.dir}/kantlijn.sqlite`);
    expect(raw.pragma('user_version', { simple: true })).toBe(MIGRATIONS.at(-1)!.version);
    expect(raw.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(migrate(raw)).toBe(MIGRATIONS.at(-1)!.version);
    raw.close();
  });

  it('roll back a failing migration whole, leaving the version where it was', () => {
    const raw = new BetterSqlite3(':memory:');
    const broken = [...MIGRATIONS, { version: 99, name: 'broken', sql: 'CREATE TABLE half (x); SELECT * FROM missing_table;' }];
    expect(() => migrate(raw, broken)).toThrow();
    expect(raw.pragma('user_version', { simple: true })).toBe(MIGRATIONS.at(-1)!.version);
    expect(raw.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name = 'half'").get()).toEqual({ n: 0 });
    raw.close();
  });

  it('refuse a database newer than the program', () => {
    const raw = new BetterSqlite3(':memory:');
    raw.pragma('user_version = 500');
    expect(() => migrate(raw)).toThrow(/schemaversie 500/);
    raw.close();
  });
});
