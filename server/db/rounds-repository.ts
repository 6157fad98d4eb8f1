import type BetterSqlite3 from 'better-sqlite3';

/** A review round: a period in which annotations are gathered for one digest. */
export interface Round {
  id: string;
  title: string;
  taxonomyVersion: number;
  opensAt: string;
  closesAt: string;
  createdAt: string;
}

interface RoundRow {
  id: string;
  title: string;
  taxonomy_version: number;
  opens_at: string;
  closes_at: string;
  created_at: string;
}

function toRound(row: RoundRow): Round {
  return {
    id: row.id,
    title: row.title,
    taxonomyVersion: row.taxonomy_version,
    opensAt: row.opens_at,
    closesAt: row.closes_at,
    createdAt: row.created_at,
  };
}

/** Prepares the statements once and returns the rounds repository. */
export function createRoundsRepository(db: BetterSqlite3.Database) {
  const insert = db.prepare(
    `INSERT INTO rounds (id, title, taxonomy_version, opens_at, closes_at, created_at)
     VALUES (@id, @title, @taxonomyVersion, @opensAt, @closesAt, @createdAt)`,
  );
  const update = db.prepare('UPDATE rounds SET title = @title, opens_at = @opensAt, closes_at = @closesAt WHERE id = @id');
  const selectAll = db.prepare<[], RoundRow>('SELECT * FROM rounds ORDER BY opens_at DESC, id');
  const selectById = db.prepare<[string], RoundRow>('SELECT * FROM rounds WHERE id = ?');
  const selectOpenAt = db.prepare<[string, string], RoundRow>(
    'SELECT * FROM rounds WHERE opens_at <= ? AND closes_at > ? ORDER BY opens_at DESC, id LIMIT 1',
  );
  const selectOverlapping = db.prepare<{ id: string; opensAt: string; closesAt: string }, RoundRow>(
    'SELECT * FROM rounds WHERE id != @id AND opens_at < @closesAt AND closes_at > @opensAt LIMIT 1',
  );

  return {
    insert(round: Round): void {
      insert.run(round);
    },
    update(round: Round): void {
      update.run({ id: round.id, title: round.title, opensAt: round.opensAt, closesAt: round.closesAt });
    },
    all(): Round[] {
      return selectAll.all().map(toRound);
    },
    findById(id: string): Round | null {
      const row = selectById.get(id);
      return row ? toRound(row) : null;
    },
    /** The round open at `at` (ISO time), if any. */
    openAt(at: string): Round | null {
      const row = selectOpenAt.get(at, at);
      return row ? toRound(row) : null;
    },
    /** Another round whose period overlaps the given one, if any: periods may not overlap. */
    overlapping(round: Pick<Round, 'id' | 'opensAt' | 'closesAt'>): Round | null {
      const row = selectOverlapping.get({ id: round.id, opensAt: round.opensAt, closesAt: round.closesAt });
      return row ? toRound(row) : null;
    },
  };
}
