import BetterSqlite3 from 'better-sqlite3';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { migrate } from '../../server/db/migrate';
import { MIGRATIONS } from '../../server/db/migrations/index';
import { SEARCH_COLUMNS_SQL } from '../../server/db/migrations/006-search-index';
import { annotationPageSchema } from '../../shared/schemas/annotation';
import { DEFAULT_TAXONOMY } from '../../shared/taxonomy/default-taxonomy';
import { searchTextsOf } from '../../server/services/search-highlights';
import { mustCreate, putAnnotation, replyTo, uuidOf } from '../helpers/api-fixtures';
import { createTestApp, sampleAnnotation, type TestApp } from '../helpers/test-app';

const SOURCE = 'https://www.svmn.nl/rapporten/index.html';

/** What the index must hold for every annotation that is not deleted, compared column by column. */
function outOfStep(db: BetterSqlite3.Database): { missing: number; stale: number; extra: number } {
  const columns = Object.entries(SEARCH_COLUMNS_SQL);
  const differs = columns.map(([name, sql]) => `s.${name} IS NOT ${sql}`).join(' OR ');
  const count = (sql: string) => (db.prepare(sql).get() as { n: number }).n;
  return {
    missing: count(`SELECT count(*) AS n FROM annotations a WHERE a.deleted_at IS NULL AND NOT EXISTS (SELECT 1 FROM annotation_search s WHERE s.rowid = a.rowid)`),
    stale: count(`SELECT count(*) AS n FROM annotations a JOIN users u ON u.id = a.author_id JOIN annotation_search s ON s.rowid = a.rowid WHERE ${differs}`),
    extra: count(`SELECT count(*) AS n FROM annotation_search s WHERE NOT EXISTS (SELECT 1 FROM annotations a WHERE a.rowid = s.rowid AND a.deleted_at IS NULL)`),
  };
}

/** Opens the app's database file beside the server, checks the index against the tables and FTS5's own integrity. */
function expectInStep(app: TestApp): void {
  const db = new BetterSqlite3(app.db.file);
  try {
    db.pragma('busy_timeout = 5000');
    expect(outOfStep(db)).toEqual({ missing: 0, stale: 0, extra: 0 });
    expect(() => db.prepare("INSERT INTO annotation_search (annotation_search) VALUES ('integrity-check')").run()).not.toThrow();
  } finally {
    db.close();
  }
}

/** Runs SQL on the app's database file through a second connection (as a fault would). */
function onFile(app: TestApp, sql: string): void {
  const db = new BetterSqlite3(app.db.file);
  try {
    db.pragma('busy_timeout = 5000');
    db.exec(sql);
  } finally {
    db.close();
  }
}

describe('the search index stays in step with every write', () => {
  let app: TestApp;
  let anna: string;
  let bram: string;
  let sanne: string;

  const found = async (token: string, q: string) => {
    const response = await app.request(`/api/annotations?q=${encodeURIComponent(q)}`, { token });
    expect(response.status).toBe(200);
    return annotationPageSchema.parse(await response.json()).items.map((item) => item.id);
  };
  const withRemark = (value: string, extra: object[] = []) => sampleAnnotation(SOURCE, { body: [{ type: 'TextualBody', value }, ...extra] });

  beforeAll(() => {
    app = createTestApp();
    anna = app.addUser({ name: 'Anna Zwanenburg', role: 'councillor', organisation: 'Gemeente Woerden' });
    bram = app.addUser({ name: 'Bram', role: 'partner', organisation: 'AKJ' });
    sanne = app.addUser({ name: 'Sanne', role: 'secretariat', organisation: 'Secretariaat' });
  });
  afterAll(() => app.close());
  afterEach(() => expectInStep(app));

  it('on create, change and delete, tombstones included', async () => {
    const made = await mustCreate(app, anna, withRemark('Eerste versie over wachttijden.'));
    expect(await found(bram, 'wachttijden')).toEqual([made.id]);
    expect((await putAnnotation(app, anna, made.id, withRemark('Tweede versie over jeugdteams.'))).status).toBe(200);
    expect(await found(bram, 'wachttijden')).toEqual([]);
    expect(await found(bram, 'jeugdteams')).toEqual([made.id]);
    const reply = await mustCreate(app, bram, replyTo(made.id, 'Reactie over jeugdteams.'));
    // With a reply it stays as a tombstone: not found any more, by its text or its quote.
    expect((await app.request(`/api/annotations/${uuidOf(made.id)}`, { method: 'DELETE', token: anna })).status).toBe(204);
    expect(await found(bram, 'jeugdteams')).toEqual([reply.id]);
    expect(await found(bram, 'aanspreekpunt')).toEqual([]);
    expect((await app.request(`/api/annotations/${uuidOf(reply.id)}`, { method: 'DELETE', token: bram })).status).toBe(204);
    expect(await found(bram, 'jeugdteams')).toEqual([]);
  });

  it('when an account is deleted: the erased name is no longer found', async () => {
    const shared = await mustCreate(app, anna, withRemark('Gedeelde opmerking over pleegzorg.'));
    expect(await found(bram, 'Zwanenburg')).toContain(shared.id);
    expect((await app.request('/api/me', { method: 'DELETE', token: anna })).status).toBe(200);
    expect(await found(bram, 'Zwanenburg')).toEqual([]);
    expect(await found(bram, 'pleegzorg')).toEqual([shared.id]);
  });

  it('when a new taxonomy relabels a term', async () => {
    const linked = await mustCreate(app, bram, withRemark('Over de cliëntenraad.', [{ type: 'SpecificResource', purpose: 'classifying', source: 'action-1-5' }]));
    expect(await found(sanne, 'cliëntenraad breder')).toEqual([linked.id]);
    const terms = DEFAULT_TAXONOMY.terms.map((term) => (term.id === 'action-1-5' ? { ...term, label: 'Ouderpanel versterken' } : term));
    expect((await app.request('/api/taxonomy', { method: 'POST', token: sanne, json: { terms } })).status).toBe(201);
    expect(await found(sanne, 'ouderpanel')).toEqual([linked.id]);
    expect(await found(sanne, 'cliëntenraad breder')).toEqual([]);
  });

  it('when a write fails halfway: neither the annotation nor its index row is stored', async () => {
    // The audit entry is written after the annotation, in the same transaction; make it fail.
    onFile(app, `CREATE TRIGGER fail_audit BEFORE INSERT ON audit_log BEGIN SELECT RAISE(ABORT, 'disk fault'); END;`);
    const failed = await app.request('/api/annotations', { method: 'POST', token: bram, json: withRemark('Mislukte opmerking over ouderbetrokkenheid.') });
    expect(failed.status).toBeGreaterThanOrEqual(500);
    expect(await found(sanne, 'ouderbetrokkenheid')).toEqual([]);
    expectInStep(app);
    // A failed change leaves the old text findable and the new one not.
    onFile(app, 'DROP TRIGGER fail_audit;');
    const kept = await mustCreate(app, bram, withRemark('Opmerking over ouderbetrokkenheid.'));
    onFile(app, `CREATE TRIGGER fail_audit BEFORE INSERT ON audit_log BEGIN SELECT RAISE(ABORT, 'disk fault'); END;`);
    expect((await putAnnotation(app, bram, kept.id, withRemark('Nieuwe tekst over gezinshuizen.'))).status).toBeGreaterThanOrEqual(500);
    expect(await found(sanne, 'gezinshuizen')).toEqual([]);
    expect(await found(sanne, 'ouderbetrokkenheid')).toEqual([kept.id]);
    onFile(app, 'DROP TRIGGER fail_audit;');
  });

  it('holds what the highlights are made from: the SQL of the index and searchTextsOf agree', async () => {
    await mustCreate(app, bram, withRemark('Twee delen.\nMet tags en termen.', [
      { type: 'TextualBody', purpose: 'tagging', value: 'Planning' },
      { type: 'TextualBody', purpose: 'tagging', value: 'Privacy' },
      { type: 'SpecificResource', purpose: 'classifying', source: 'goal-3' },
      { type: 'SpecificResource', purpose: 'classifying', source: 'action-1-1' },
    ]));
    await mustCreate(app, sanne, replyTo((await mustCreate(app, bram, withRemark('Vraag.'))).id, 'Antwoord.'));
    const db = new BetterSqlite3(app.db.file, { readonly: true });
    try {
      const rows = db.prepare('SELECT a.uuid, s.remark AS text, s.quote, s.tags, s.terms, s.author FROM annotation_search s JOIN annotations a ON a.rowid = s.rowid').all() as ({ uuid: string } & Record<string, string>)[];
      expect(rows.length).toBeGreaterThan(3);
      for (const { uuid, ...indexed } of rows) {
        const record = app.db.annotations.findByUuid(uuid)!;
        expect(searchTextsOf(record, app.db.search.termLabels(record.termIds))).toEqual(indexed);
      }
    } finally {
      db.close();
    }
  });

  it('notices an index out of step (the check can fail)', () => {
    const db = new BetterSqlite3(app.db.file);
    try {
      db.exec("UPDATE annotation_search SET remark = 'iets anders' WHERE rowid = (SELECT max(rowid) FROM annotation_search)");
      expect(outOfStep(db).stale).toBe(1);
      db.exec("UPDATE annotations SET body = body WHERE rowid = (SELECT max(rowid) FROM annotation_search)");
    } finally {
      db.close();
    }
  });
});

describe('migration 6', () => {
  it('fills the index from the annotations stored before it', () => {
    const db = new BetterSqlite3(':memory:');
    migrate(db, MIGRATIONS.filter((migration) => migration.version <= 5));
    db.prepare('INSERT INTO taxonomy_versions (version, terms, created_at) VALUES (1, ?, ?)').run(JSON.stringify(DEFAULT_TAXONOMY.terms), '2025-01-01T00:00:00.000Z');
    db.prepare("INSERT INTO users (id, name, role, organisation, created_at) VALUES ('u1', 'Els Reünie', 'councillor', 'Gemeente Zeist', '2025-01-01')").run();
    const insert = db.prepare(
      `INSERT INTO annotations (uuid, id, source, author_id, motivation, visibility, body, target, created, modified)
       VALUES (?, ?, ?, 'u1', 'commenting', 'round', ?, ?, '2025-01-02', '2025-01-02')`,
    );
    insert.run('a1', 'urn:uuid:a1', SOURCE, JSON.stringify([{ type: 'TextualBody', value: 'Oude opmerking over crisisdienst' }, { type: 'TextualBody', purpose: 'tagging', value: 'Spoed' }]),
      JSON.stringify({ source: SOURCE, selector: [{ type: 'TextQuoteSelector', exact: 'het veiligheidsplan' }] }));
    db.prepare("INSERT INTO annotation_terms (annotation_uuid, term_id) VALUES ('a1', 'goal-3')").run();
    migrate(db);
    const search = (match: string) => db.prepare('SELECT rowid FROM annotation_search WHERE annotation_search MATCH ?').all(match).length;
    for (const word of ['"crisisdienst"', '"spoed"', '"veiligheidsplan"', '"lerend"', '"reunie"', '"zeist"']) expect(search(word), word).toBe(1);
    expect(outOfStep(db)).toEqual({ missing: 0, stale: 0, extra: 0 });
    db.close();
  });
});
