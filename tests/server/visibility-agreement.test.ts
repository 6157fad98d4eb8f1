import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Visibility } from '../../shared/schemas/annotation';
import type { AnnotationRecord } from '../../server/db/annotation-row';
import type { User } from '../../server/db/users-repository';
import { isVisibleTo } from '../../server/services/annotation-access';
import { createUserWithToken, type NewUser } from '../../server/services/users-service';
import { createTestApp, type TestApp } from '../helpers/test-app';

const SOURCE = 'https://www.example.nl/rapporten/tabel.html';
const VISIBILITIES: Visibility[] = ['private', 'organisation', 'round'];
/** Which link of a four-deep thread (top ← reply ← reply ← reply) is hidden; -1: none. */
const HIDDEN_AT = [-1, 0, 1, 2, 3];

let app: TestApp;
const people: Record<string, User> = {};
/** Every stored annotation with what the table varies, read back as the server reads it. */
const rows: { record: AnnotationRecord; visibility: Visibility; hiddenAt: number; depth: number }[] = [];

function person(key: string, user: NewUser): User {
  people[key] = createUserWithToken(app.db, user, new Date()).user;
  return people[key];
}

/** Stores a thread straight through the repository, so every combination exists, also ones the API would refuse. */
function storeThread(visibility: Visibility, hiddenAt: number, authors: User[]): void {
  let parent: AnnotationRecord | null = null;
  authors.forEach((author, depth) => {
    const uuid = randomUUID();
    const at = new Date(Date.UTC(2025, 2, 1, 9, 0, rows.length)).toISOString();
    const record: AnnotationRecord = {
      seq: 0, uuid, id: `urn:uuid:${uuid}`, source: SOURCE, parentUuid: parent?.uuid ?? null, roundId: null,
      motivation: parent ? 'replying' : 'commenting', kind: null, visibility,
      audienceOrganisation: authors[0]!.organisation,
      body: [{ type: 'TextualBody', value: `${visibility} ${hiddenAt} ${depth}` }],
      target: parent ? parent.id : { source: SOURCE, selector: [{ type: 'TextQuoteSelector', exact: 'passage' }] },
      termIds: [], version: 1, created: at, modified: at, deletedAt: null, hidden: null, response: null,
      author: { id: author.id, name: author.name, role: author.role, organisation: author.organisation, deleted: false },
    };
    app.db.transaction(() => app.db.annotations.insert(record));
    if (depth === hiddenAt) app.db.annotations.setHidden(uuid, { at, by: people['secretariat']!.id, reason: 'test' }, at);
    rows.push({ record: app.db.annotations.findByUuid(uuid)!, visibility, hiddenAt, depth });
    parent = record;
  });
}

beforeAll(() => {
  app = createTestApp();
  const starter = person('starter', { name: 'Anna', role: 'councillor', organisation: 'Gemeente Woerden' });
  person('colleague', { name: 'Bram', role: 'councillor', organisation: 'Gemeente Woerden' });
  const replier = person('replier', { name: 'Chris', role: 'partner', organisation: 'AKJ' });
  person('outsider', { name: 'Dana', role: 'partner', organisation: 'Veilig Thuis' });
  person('respondent', { name: 'Eef', role: 'respondent', organisation: 'Gemeente Woerden' });
  person('secretariat', { name: 'Sanne', role: 'secretariat', organisation: 'Secretariaat' });
  person('secretariatOfStarter', { name: 'Tom', role: 'secretariat', organisation: 'Gemeente Woerden' });
  for (const visibility of VISIBILITIES) for (const hiddenAt of HIDDEN_AT) storeThread(visibility, hiddenAt, [starter, replier, starter, replier]);
});
afterAll(() => app.close());

describe('who may see what: the SQL filter and the TypeScript rule agree', () => {
  it.each(['starter', 'colleague', 'replier', 'outsider', 'respondent', 'secretariat', 'secretariatOfStarter'])('for %s, over visibility × organisation × hidden (self or any annotation above)', (key) => {
    const viewer = people[key]!;
    const bySql = new Set(app.db.annotations.list({ source: SOURCE, limit: 10_000 }, viewer).map((record) => record.uuid));
    const byTs = new Set(rows.filter((row) => isVisibleTo(row.record, viewer)).map((row) => row.record.uuid));
    const disagreements = rows
      .filter((row) => bySql.has(row.record.uuid) !== byTs.has(row.record.uuid))
      .map((row) => `${row.visibility} hidden@${row.hiddenAt} depth ${row.depth}: sql ${bySql.has(row.record.uuid)}, ts ${byTs.has(row.record.uuid)}`);
    expect(disagreements).toEqual([]);
    expect(byTs.size, 'the table is not empty for anyone').toBeGreaterThan(0);
  });

  it('hides what answers a hidden annotation from all but its own author and the secretariat', () => {
    const seen = (key: string, visibility: Visibility, hiddenAt: number) =>
      rows.filter((row) => row.visibility === visibility && row.hiddenAt === hiddenAt && isVisibleTo(row.record, people[key]!)).map((row) => row.depth);
    // Nothing hidden: shared with the round, all four for everyone.
    expect(seen('outsider', 'round', -1)).toEqual([0, 1, 2, 3]);
    // The top hidden: only one's own links stay, and the secretariat sees all.
    expect(seen('colleague', 'round', 0)).toEqual([]);
    expect(seen('outsider', 'round', 0)).toEqual([]);
    expect(seen('replier', 'round', 0)).toEqual([1, 3]);
    expect(seen('starter', 'round', 0)).toEqual([0, 2]);
    expect(seen('secretariat', 'round', 0)).toEqual([0, 1, 2, 3]);
    // A reply in the middle hidden: what is above it stays.
    expect(seen('colleague', 'round', 2)).toEqual([0, 1]);
    expect(seen('colleague', 'organisation', 1)).toEqual([0]);
    expect(seen('outsider', 'organisation', -1)).toEqual([]);
    expect(seen('secretariatOfStarter', 'private', -1)).toEqual([]);
  });
});
