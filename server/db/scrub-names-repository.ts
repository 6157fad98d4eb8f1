import type BetterSqlite3 from 'better-sqlite3';

/** Prepares the statements once and returns the repository. */
export function createScrubNamesRepository(db: BetterSqlite3.Database) {
  const selectAll = db.prepare<[], { name: string }>('SELECT name FROM scrub_names ORDER BY position');
  const deleteAll = db.prepare('DELETE FROM scrub_names');
  const insert = db.prepare<[string, number]>('INSERT OR IGNORE INTO scrub_names (name, position) VALUES (?, ?)');

  return {
    /** The listed names, in the order they were given. */
    all(): string[] {
      return selectAll.all().map((row) => row.name);
    },
    /** Replaces the whole list (call inside a transaction); a name given twice is kept once. */
    replaceAll(names: readonly string[]): void {
      deleteAll.run();
      names.forEach((name, position) => insert.run(name, position));
    },
  };
}
