import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../server/db/migrate';
import { MIGRATIONS } from '../../server/db/migrations/index';
import { toAnnotationJson } from '../../server/services/annotation-view';
import { createAnnotationsRepository } from '../../server/db/annotations-repository';

const PARENT = '6f1c1f0e-1b2a-4c3d-9e8f-0a1b2c3d4e5f';
const REPLY = '7a6b5c4d-3e2f-4a1b-8c9d-0e1f2a3b4c5d';
const HIGHLIGHT = '0b7d5a0e-1b2a-4c3d-9e8f-0a1b2c3d4e5f';

/** A database as it was before migration 9, with annotations stored the old way. */
function databaseBefore9(): BetterSqlite3.Database {
  const db = new BetterSqlite3(':memory:');
  migrate(db, MIGRATIONS.filter((migration) => migration.version < 9));
  db.prepare("INSERT INTO users (id, name, role, organisation, created_at) VALUES ('u1', 'Anna', 'councillor', 'Gemeente Woerden', '2025-01-01T00:00:00.000Z')").run();
  const insert = db.prepare(
    `INSERT INTO annotations (uuid, id, source, parent_uuid, author_id, motivation, visibility, body, target, created, modified)
     VALUES (?, ?, 'https://svmn.nl/r.html', ?, 'u1', ?, 'round', ?, ?, '2025-01-01T00:00:00.000Z', '2025-01-01T00:00:00.000Z')`,
  );
  // A client once could send a bare UUID as id; a reply named its parent by the parent's id as stored.
  insert.run(PARENT, PARENT, null, 'commenting', JSON.stringify([{ type: 'TextualBody', value: 'Vraag' }, { type: 'SpecificResource', purpose: 'classifying', source: 'goal-2' }]), JSON.stringify({ source: 'https://svmn.nl/r.html', selector: [] }));
  insert.run(REPLY, `urn:uuid:${REPLY}`, PARENT, 'replying', JSON.stringify([{ type: 'TextualBody', value: 'Antwoord' }]), JSON.stringify(PARENT));
  insert.run(HIGHLIGHT, `urn:uuid:${HIGHLIGHT}`, null, 'highlighting', '[]', JSON.stringify({ source: 'https://svmn.nl/r.html', selector: [{ type: 'TextQuoteSelector', exact: 'x' }] }));
  return db;
}

describe('migration 9 (W3C round trip)', () => {
  it('gives every stored annotation one spelling of its id and its reply target, and adds canonical, via and provenance', () => {
    const db = databaseBefore9();
    expect(migrate(db)).toBe(MIGRATIONS.at(-1)!.version);
    const rows = db.prepare('SELECT uuid, id, target, canonical, via, provenance FROM annotations ORDER BY uuid').all() as Record<string, string | null>[];
    expect(rows.map((row) => row.id)).toEqual([`urn:uuid:${HIGHLIGHT}`, `urn:uuid:${PARENT}`, `urn:uuid:${REPLY}`]);
    expect(JSON.parse(String(rows.find((row) => row.uuid === REPLY)!.target))).toBe(`urn:uuid:${PARENT}`);
    expect(rows.every((row) => row.canonical === null && row.via === null && row.provenance === null)).toBe(true);
    db.close();
  });

  it('serves the migrated annotations in the W3C shape: IRIs, term links by IRI, no empty body or selector', () => {
    const db = databaseBefore9();
    migrate(db);
    const annotations = createAnnotationsRepository(db);
    const viewer = { id: 'u1', role: 'councillor' as const, organisation: 'Gemeente Woerden' };
    const base = 'https://kantlijn.example';
    const parent = toAnnotationJson(annotations.findByUuid(PARENT)!, viewer, base);
    expect(parent.id).toBe(`${base}/api/annotations/${PARENT}`);
    expect(parent.body).toContainEqual({ type: 'SpecificResource', purpose: 'classifying', source: `${base}/api/taxonomy/terms/goal-2` });
    expect(parent.target).toEqual({ source: 'https://svmn.nl/r.html' });
    expect(toAnnotationJson(annotations.findByUuid(REPLY)!, viewer, base).target).toBe(`${base}/api/annotations/${PARENT}`);
    expect(toAnnotationJson(annotations.findByUuid(HIGHLIGHT)!, viewer, base)).not.toHaveProperty('body');
    db.close();
  });
});
