import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { User } from '../../../server/db/users-repository';
import { ApiFailure } from '../../../server/http/api-failure';
import { createAnnotation } from '../../../server/services/annotations-service';
import { applyImport } from '../../../server/services/import/apply-import';
import { planImport } from '../../../server/services/import/plan-import';
import { readImportFile } from '../../../server/services/import/read-import-file';
import { createDocument } from '../../../server/services/documents-service';
import { createEventBus, type AnnotationChange, type EventBus } from '../../../server/services/event-bus';
import { createRound } from '../../../server/services/rounds-service';
import type { ServiceContext } from '../../../server/services/service-context';
import { createUserWithToken } from '../../../server/services/users-service';
import { createTestApp, type TestApp } from '../../helpers/test-app';
import { hypothesisAnnotation, hypothesisExport, LETTER, REPORT, w3cCollection, w3cRemark, w3cReply } from './import-samples';

let app: TestApp;
let context: ServiceContext;
let events: EventBus;
let secretariat: { user: User; token: string };

beforeEach(() => {
  app = createTestApp();
  events = createEventBus();
  context = { db: app.db, events, now: () => new Date() };
  secretariat = createUserWithToken(app.db, { name: 'Sanne Mulder', role: 'secretariat', organisation: 'Bovenregionaal secretariaat' }, new Date());
});
afterEach(() => app.close());

const file = (value: unknown) => readImportFile(JSON.stringify(value));

/** Everything the secretariat can see in the container, read over the API as any client reads it. */
async function allAnnotations(): Promise<Record<string, unknown>[]> {
  const response = await app.request('/api/annotations/', { token: secretariat.token });
  expect(response.status).toBe(200);
  const collection = (await response.json()) as { total: number; first?: { items: Record<string, unknown>[] } };
  return collection.first?.items ?? [];
}

const twoRemarksAndAReply = () =>
  w3cCollection([
    w3cRemark('https://ander.example/anno/1', 'de wachttijd daalde', 'Klopt dit cijfer?'),
    w3cReply('https://ander.example/anno/2', 'https://ander.example/anno/1', 'Ja, zie bijlage 3.'),
    w3cRemark('https://ander.example/anno/3', 'meer gezinnen', 'Hoeveel meer?'),
  ]);

describe('importing annotations from other annotators', () => {
  it('puts every parent before its replies, however late it stands in the file', () => {
    // A thread of 300 replies written newest first: each reply stands before the one it answers.
    const depth = 300;
    const items = [w3cRemark('https://ander.example/anno/0', 'de wachttijd daalde', 'Klopt dit cijfer?')];
    for (let n = 1; n <= depth; n++) items.unshift(w3cReply(`https://ander.example/anno/${n}`, `https://ander.example/anno/${n - 1}`, `Reactie ${n}.`));
    const plan = planImport(context, secretariat.user, file(items));
    expect(plan.skipped).toEqual([]);
    const order = plan.create.map((item) => item.position);
    // The remark stands last in the file and is created first; then each reply after the one it answers.
    expect(order).toEqual(Array.from({ length: depth + 1 }, (_, n) => depth + 1 - n));
  });

  it('skips replies that answer each other in a loop, and imports the rest', () => {
    const plan = planImport(context, secretariat.user, file([
      w3cReply('https://ander.example/anno/a', 'https://ander.example/anno/b', 'Zie b.'),
      w3cRemark('https://ander.example/anno/c', 'meer gezinnen', 'Hoeveel meer?'),
      w3cReply('https://ander.example/anno/b', 'https://ander.example/anno/a', 'Zie a.'),
    ]));
    expect(plan.create.map((item) => item.position)).toEqual([2]);
    expect(plan.skipped.map((item) => [item.position, item.reason])).toEqual([
      [1, 'Deze reacties reageren in een kring op elkaar.'],
      [3, 'Deze reacties reageren in een kring op elkaar.'],
    ]);
  });

  it('a dry run reports what it would do and creates nothing', async () => {
    const plan = planImport(context, secretariat.user, file(twoRemarksAndAReply()));
    // In the file's order, each parent before its replies.
    expect(plan.create.map((item) => item.position)).toEqual([1, 2, 3]);
    expect(plan.create.find((item) => item.position === 2)?.isReply).toBe(true);
    expect(plan.skipped).toEqual([]);
    expect(plan.passagesToCheck).toBe(2);
    expect(plan.documents).toEqual([{ url: REPORT, title: null, status: 'unlisted', annotations: 2 }]);
    expect(await allAnnotations()).toEqual([]);
  });

  it('creates the annotations as the importer, keeps foreign ids in via and the rest as provenance, and the reply in its thread', async () => {
    const published: AnnotationChange[] = [];
    events.subscribe((change) => published.push(change));
    const result = applyImport(context, secretariat.user, file(twoRemarksAndAReply()));
    expect(result.created).toBe(3);
    // Watchers hear of each new annotation, once the import has committed.
    expect(published.map((change) => change.before === null && change.after?.author.id)).toEqual([secretariat.user.id, secretariat.user.id, secretariat.user.id]);
    const items = await allAnnotations();
    expect(items).toHaveLength(3);
    const remark = items.find((item) => JSON.stringify(item.via) === JSON.stringify(['https://ander.example/anno/1']))!;
    expect(remark).toMatchObject({
      creator: { name: 'Sanne Mulder', role: 'secretariat' },
      provenance: { creator: { name: 'Pim Jansen' }, generator: { name: 'Ander annotatieprogramma' }, created: '2025-02-10T07:30:00.000Z' },
      target: { source: REPORT, selector: [{ type: 'TextQuoteSelector', exact: 'de wachttijd daalde' }] },
    });
    expect(remark.body).toEqual(expect.arrayContaining([expect.objectContaining({ purpose: 'tagging', value: 'wachttijden' })]));
    const reply = items.find((item) => JSON.stringify(item.via) === JSON.stringify(['https://ander.example/anno/2']))!;
    expect(reply).toMatchObject({ motivation: 'replying', target: remark.id });
  });

  it('imports the same file a second time without creating anything twice', async () => {
    applyImport(context, secretariat.user, file(twoRemarksAndAReply()));
    const again = applyImport(context, secretariat.user, file(twoRemarksAndAReply()));
    expect(again.created).toBe(0);
    expect(again.plan.skipped.map((item) => item.reason)).toEqual(['Al geïmporteerd.', 'Al geïmporteerd.', 'Al geïmporteerd.']);
    expect(await allAnnotations()).toHaveLength(3);
    // Also when someone else of the secretariat imports it, and also for items without an id.
    const other = createUserWithToken(app.db, { name: 'Bram', role: 'secretariat', organisation: 'Bovenregionaal secretariaat' }, new Date()).user;
    expect(applyImport(context, other, file(twoRemarksAndAReply())).created).toBe(0);
    const withoutId = { '@context': 'http://www.w3.org/ns/anno.jsonld', type: 'Annotation', bodyValue: 'Zonder id', target: REPORT };
    expect(applyImport(context, secretariat.user, file(withoutId)).created).toBe(1);
    expect(applyImport(context, secretariat.user, file(withoutId)).created).toBe(0);
  });

  it('threads a reply onto the first copy of a parent that stands twice in the file', async () => {
    const parent = w3cRemark('https://ander.example/anno/1', 'de wachttijd daalde', 'Klopt dit cijfer?');
    const result = applyImport(context, secretariat.user, file([parent, parent, w3cReply('https://ander.example/anno/2', 'https://ander.example/anno/1', 'Ja.')]));
    expect(result.plan.skipped.map((item) => [item.position, item.reason])).toEqual([[2, 'Staat al eerder in dit bestand (nr. 1).']]);
    expect(result.created).toBe(2);
    const items = await allAnnotations();
    const remark = items.find((item) => (item.via as string[] | undefined)?.includes('https://ander.example/anno/1'))!;
    expect(items.find((item) => item.motivation === 'replying')?.target).toBe(remark.id);
  });

  it('keeps a reply in its thread when its parent came in an earlier import', async () => {
    applyImport(context, secretariat.user, file(hypothesisExport([hypothesisAnnotation('Root000001')])));
    const reply = hypothesisAnnotation('Reply00001', { references: ['Root000001'], target: [{ source: LETTER }], text: 'Zes weken.', tags: [] });
    const orphanReply = hypothesisAnnotation('Reply00002', { references: ['Elsewhere01'], target: [{ source: LETTER }], text: 'Waarop?', tags: [] });
    const result = applyImport(context, secretariat.user, file(hypothesisExport([reply, orphanReply])));
    expect(result.created).toBe(1);
    expect(result.plan.skipped).toEqual([expect.objectContaining({ position: 2, reason: expect.stringMatching(/niet in dit bestand staat en niet eerder is geïmporteerd/) })]);
    const items = await allAnnotations();
    const root = items.find((item) => (item.via as string[] | undefined)?.includes('https://hypothes.is/a/Root000001'))!;
    const answer = items.find((item) => (item.via as string[] | undefined)?.includes('https://hypothes.is/a/Reply00001'))!;
    expect(answer.target).toBe(root.id);
  });

  it('maps Hypothesis documents to the reading list: a known URL is that document, a new one is registered with its title', async () => {
    createDocument(context, secretariat.user, { title: 'Voortgangsrapportage 2025', urls: [REPORT] });
    const export_ = hypothesisExport([hypothesisAnnotation('OnLetter01'), hypothesisAnnotation('OnReport01', { uri: REPORT, target: [{ source: REPORT, selector: [{ type: 'TextQuoteSelector', exact: 'zes weken' }] }] })]);
    const plan = planImport(context, secretariat.user, file(export_));
    expect(plan.documents).toEqual([
      { url: LETTER, title: 'Raadsbrief juni: voortgang veiligheidsketen', status: 'register', annotations: 1 },
      { url: REPORT, title: 'Voortgangsrapportage 2025', status: 'listed', annotations: 1 },
    ]);
    expect(app.db.documents.all()).toHaveLength(1);
    const result = applyImport(context, secretariat.user, file(export_));
    expect(result.documentsRegistered).toBe(1);
    expect(app.db.documents.all().map((document) => document.title).sort()).toEqual(['Raadsbrief juni: voortgang veiligheidsketen', 'Voortgangsrapportage 2025']);
    // Tags become labels: TextualBody with purpose tagging.
    const items = await allAnnotations();
    expect(items[0]!.body).toEqual(expect.arrayContaining([{ type: 'TextualBody', purpose: 'tagging', value: 'jeugdbescherming' }]));
  });

  it('reports passages that cannot be found, and says honestly that quotes are checked only when the document opens', () => {
    const range = hypothesisAnnotation('RangeOnly1', { target: [{ source: LETTER, selector: [{ type: 'RangeSelector', startContainer: '/p[1]', startOffset: 0, endContainer: '/p[1]', endOffset: 4 }] }] });
    const plan = planImport(context, secretariat.user, file(hypothesisExport([range, hypothesisAnnotation('WithQuote1')])));
    expect(plan.lostPassages).toEqual([expect.objectContaining({ position: 1, reason: expect.stringMatching(/hele document/) })]);
    expect(plan.passagesToCheck).toBe(1);
    expect(plan.create).toHaveLength(2);
  });

  it('skips, with the reason, what does not fit: nothing to keep, duplicates in the file, unknown terms left out', () => {
    const plan = planImport(
      context,
      secretariat.user,
      file([
        { '@context': 'http://www.w3.org/ns/anno.jsonld', id: 'https://ander.example/a/leeg', type: 'Annotation', body: 'https://ander.example/b/1', target: REPORT },
        w3cRemark('https://ander.example/anno/1', 'eerste', 'Een'),
        w3cRemark('https://ander.example/anno/1', 'eerste', 'Een'),
        w3cRemark('https://ander.example/anno/9', 'negen', 'Met term', { body: [{ type: 'TextualBody', value: 'Met term' }, { type: 'SpecificResource', purpose: 'classifying', source: 'https://elders.example/api/taxonomy/terms/onbekend' }] }),
      ]),
    );
    expect(plan.skipped.map((item) => [item.position, item.reason])).toEqual([
      [1, expect.stringMatching(/niets om over te nemen/)],
      [3, 'Staat al eerder in dit bestand (nr. 2).'],
    ]);
    expect(plan.create.find((item) => item.position === 4)?.dropped.join()).toMatch(/onbekend/);
  });

  it('puts the annotations in the round asked for, and refuses a closed round before anything is done', async () => {
    const open = createRound(context, secretariat.user.id, { title: 'Voorjaar', opensAt: new Date(Date.now() - 86_400_000).toISOString(), closesAt: new Date(Date.now() + 86_400_000).toISOString() });
    const closed = createRound(context, secretariat.user.id, { title: 'Vorig jaar', opensAt: '2024-01-01T00:00:00.000Z', closesAt: '2024-02-01T00:00:00.000Z' });
    expect(() => planImport(context, secretariat.user, file(twoRemarksAndAReply()), { roundId: closed.id })).toThrow(/gesloten/);
    expect(() => planImport(context, secretariat.user, file(twoRemarksAndAReply()), { roundId: 'bestaat-niet' })).toThrow(/bestaat niet/);
    applyImport(context, secretariat.user, file(twoRemarksAndAReply()), { roundId: open.id });
    const response = await app.request(`/api/annotations/?round=${open.id}`, { token: secretariat.token });
    expect(((await response.json()) as { total: number }).total).toBe(3);
  });

  it('skips a reply to a remark whose round has closed, with the reason the rule for replies gives', () => {
    const round = createRound(context, secretariat.user.id, { title: 'Najaar', opensAt: new Date(Date.now() - 86_400_000).toISOString(), closesAt: new Date(Date.now() + 86_400_000).toISOString() });
    const remark = createAnnotation(context, secretariat.user, {
      '@context': 'http://www.w3.org/ns/anno.jsonld', type: 'Annotation', motivation: 'commenting', round: round.id,
      body: { type: 'TextualBody', value: 'Klopt dit cijfer?' },
      target: { source: REPORT, selector: [{ type: 'TextQuoteSelector', exact: 'de wachttijd daalde' }] },
    }).record;
    const later: ServiceContext = { ...context, now: () => new Date(Date.now() + 2 * 86_400_000) };
    const plan = planImport(later, secretariat.user, file([w3cReply('https://ander.example/anno/9', remark.id, 'Ja, zie bijlage 3.')]));
    expect(plan.create).toEqual([]);
    expect(plan.skipped.map((item) => item.reason)).toEqual([expect.stringMatching(/^Op de opmerking waarop dit reageert kan niet gereageerd worden: De ronde ‘Najaar’ is gesloten sinds/)]);
  });

  it('refuses anyone but the secretariat', async () => {
    const councillor = createUserWithToken(app.db, { name: 'Anna', role: 'councillor', organisation: 'Gemeente Woerden' }, new Date()).user;
    expect(() => planImport(context, councillor, file(twoRemarksAndAReply()))).toThrow(ApiFailure);
    expect(() => applyImport(context, councillor, file(twoRemarksAndAReply()))).toThrow(/Alleen het secretariaat/);
    expect(await allAnnotations()).toEqual([]);
  });
});

describe('a round trip between two Kantlijn servers', () => {
  it('imports the container export of one server into another with labels, terms and kind, and recognises its own export', async () => {
    const { token } = createUserWithToken(app.db, { name: 'Anna de Vries', role: 'councillor', organisation: 'Gemeente Woerden' }, new Date());
    const made = await app.request('/api/annotations/', {
      method: 'POST',
      token,
      json: {
        '@context': 'http://www.w3.org/ns/anno.jsonld',
        type: 'Annotation',
        body: [
          { type: 'TextualBody', value: 'Wat is hier de planning?' },
          { type: 'TextualBody', purpose: 'tagging', value: 'planning' },
          { type: 'SpecificResource', purpose: 'classifying', source: 'goal-2' },
        ],
        target: { source: REPORT, selector: [{ type: 'TextQuoteSelector', exact: 'vast aanspreekpunt per gemeente' }] },
        kind: 'question',
      },
    });
    expect(made.status).toBe(201);
    const exported = await (await app.request('/api/annotations/', { token: secretariat.token })).text();

    // Into the same server: the annotation is already there.
    const same = planImport(context, secretariat.user, readImportFile(exported));
    expect(same.skipped.map((item) => item.reason)).toEqual(['Staat al in Kantlijn (dezelfde annotatie).']);

    const other = createTestApp();
    try {
      const otherSecretariat = createUserWithToken(other.db, { name: 'Joost', role: 'secretariat', organisation: 'Secretariaat elders' }, new Date());
      const otherContext: ServiceContext = { db: other.db, events: createEventBus(), now: () => new Date() };
      expect(applyImport(otherContext, otherSecretariat.user, readImportFile(exported)).created).toBe(1);
      const response = await other.request('/api/annotations/', { token: otherSecretariat.token });
      const [copy] = ((await response.json()) as { first: { items: Record<string, unknown>[] } }).first.items;
      const original = (JSON.parse(exported) as { first: { items: Record<string, unknown>[] } }).first.items[0]!;
      expect(copy).toMatchObject({ kind: 'question', via: [original.id], provenance: { creator: { name: 'Anna de Vries', organisation: 'Gemeente Woerden' } }, creator: { name: 'Joost' } });
      expect(copy!.body).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ purpose: 'tagging', value: 'planning' }),
          { type: 'SpecificResource', purpose: 'classifying', source: expect.stringMatching(/\/api\/taxonomy\/terms\/goal-2$/) },
        ]),
      );
    } finally {
      other.close();
    }
  });
});
