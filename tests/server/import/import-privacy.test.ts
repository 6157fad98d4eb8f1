import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { User } from '../../../server/db/users-repository';
import { applyImport } from '../../../server/services/import/apply-import';
import { importReportLines } from '../../../server/services/import/import-report-text';
import { planImport } from '../../../server/services/import/plan-import';
import { readImportFile } from '../../../server/services/import/read-import-file';
import { createEventBus } from '../../../server/services/event-bus';
import type { ServiceContext } from '../../../server/services/service-context';
import { createUserWithToken } from '../../../server/services/users-service';
import { createTestApp, type TestApp } from '../../helpers/test-app';
import { hypothesisAnnotation, hypothesisExport, LETTER, w3cRemark } from './import-samples';

let app: TestApp;
let context: ServiceContext;
let sanne: { user: User; token: string };
let bram: { user: User; token: string };
let councillor: { user: User; token: string };

beforeEach(() => {
  app = createTestApp();
  context = { db: app.db, events: createEventBus(), now: () => new Date() };
  sanne = createUserWithToken(app.db, { name: 'Sanne Mulder', role: 'secretariat', organisation: 'Bovenregionaal secretariaat' }, new Date());
  bram = createUserWithToken(app.db, { name: 'Bram Peters', role: 'secretariat', organisation: 'Secretariaat Utrecht' }, new Date());
  councillor = createUserWithToken(app.db, { name: 'Anna de Vries', role: 'councillor', organisation: 'Gemeente Woerden' }, new Date());
});
afterEach(() => app.close());

const file = (value: unknown) => readImportFile(JSON.stringify(value));
const onlyMe = { read: ['acct:lotte.devries@hypothes.is'] };

/** The annotations `token` may see, over the API. */
async function visibleTo(token: string): Promise<Record<string, unknown>[]> {
  const response = await app.request('/api/annotations/', { token });
  expect(response.status).toBe(200);
  return ((await response.json()) as { first?: { items: Record<string, unknown>[] } }).first?.items ?? [];
}

describe('an import keeps private what is private', () => {
  it('does not thread a reply onto an annotation the importer may not see, and imports the rest of the file', async () => {
    applyImport(context, sanne.user, file(hypothesisExport([hypothesisAnnotation('Private001', { permissions: onlyMe })])));
    const reply = hypothesisAnnotation('Reply00001', { references: ['Private001'], target: [{ source: LETTER }], text: 'Antwoord', tags: [] });
    const other = hypothesisAnnotation('Other00001', { text: 'Los van de rest' });
    const plan = planImport(context, bram.user, file(hypothesisExport([reply, other])));
    // Bram is told nothing about Sanne's private annotation: the same words as for one that is not there.
    expect(plan.skipped).toEqual([expect.objectContaining({ position: 1, reason: expect.stringMatching(/niet in dit bestand staat en niet eerder is geïmporteerd/) })]);
    const result = applyImport(context, bram.user, file(hypothesisExport([reply, other])));
    expect(result.created).toBe(1);
    expect((await visibleTo(bram.token)).map((item) => item.bodyValue ?? item.body)).toHaveLength(1);
  });

  it('imports an annotation that only someone else’s private note carries the id of, saying nothing of that note', async () => {
    const note = w3cRemark('https://ander.example/anno/7', 'de wachttijd daalde', 'Mijn eigen aantekening', { visibility: 'private' });
    const made = await app.request('/api/annotations/', { method: 'POST', token: councillor.token, json: note });
    expect(made.status).toBe(201);
    const plan = planImport(context, sanne.user, file(w3cRemark('https://ander.example/anno/7', 'de wachttijd daalde', 'Klopt dit cijfer?')));
    expect(plan.skipped).toEqual([]);
    expect(plan.create).toHaveLength(1);
    expect(applyImport(context, sanne.user, file(w3cRemark('https://ander.example/anno/7', 'de wachttijd daalde', 'Klopt dit cijfer?'))).created).toBe(1);
    // The councillor's note stays hers alone.
    expect((await visibleTo(sanne.token)).map((item) => item.body)).not.toContainEqual(expect.arrayContaining([expect.objectContaining({ value: 'Mijn eigen aantekening' })]));
  });

  it('leaves out a reply that was for fewer people than the remark it answers, which Kantlijn would show to all who see that remark', async () => {
    const root = hypothesisAnnotation('Public0010');
    const secretReply = hypothesisAnnotation('Reply00010', { references: ['Public0010'], target: [{ source: LETTER }], text: 'Alleen voor mij', tags: [], permissions: onlyMe });
    const groupReply = hypothesisAnnotation('Reply00011', { references: ['Public0010'], target: [{ source: LETTER }], text: 'Voor de groep', tags: [], permissions: { read: ['group:kR3aB9x'] } });
    const openReply = hypothesisAnnotation('Reply00012', { references: ['Public0010'], target: [{ source: LETTER }], text: 'Voor iedereen', tags: [] });
    const result = applyImport(context, sanne.user, file(hypothesisExport([root, secretReply, groupReply, openReply])));
    expect(result.plan.skipped.map((item) => [item.position, item.reason])).toEqual([
      [2, expect.stringMatching(/voor minder mensen/)],
      [3, expect.stringMatching(/voor minder mensen/)],
    ]);
    expect(result.created).toBe(2);
    const seen = JSON.stringify(await visibleTo(councillor.token));
    expect(seen).toContain('Voor iedereen');
    expect(seen).not.toContain('Alleen voor mij');
    expect(seen).not.toContain('Voor de groep');
  });

  it('does not put a document on the reading list when all that is imported on it is private', async () => {
    const secret = hypothesisAnnotation('Private002', { permissions: onlyMe, document: { title: ['Dossier gezin Jansen'] } });
    const plan = planImport(context, sanne.user, file(hypothesisExport([secret])));
    expect(plan.documents).toEqual([expect.objectContaining({ url: LETTER, status: 'unlisted' })]);
    expect(applyImport(context, sanne.user, file(hypothesisExport([secret]))).documentsRegistered).toBe(0);
    const list = await app.request('/api/documents', { token: councillor.token });
    expect(JSON.stringify(await list.json())).not.toContain('Dossier gezin Jansen');
  });

  it('still registers the document when one annotation on it is for the round', () => {
    const secret = hypothesisAnnotation('Private003', { permissions: onlyMe });
    const open = hypothesisAnnotation('Public0003');
    const plan = planImport(context, sanne.user, file(hypothesisExport([secret, open])));
    expect(plan.documents).toEqual([expect.objectContaining({ url: LETTER, status: 'register', annotations: 2 })]);
  });

  it('keeps an annotation of a Hypothesis group within the organisation when the export has no permissions', async () => {
    const grouped = hypothesisAnnotation('Group00001', { group: 'kR3aB9x', permissions: undefined });
    applyImport(context, sanne.user, file(hypothesisExport([grouped])));
    expect(await visibleTo(councillor.token)).toEqual([]);
    expect(await visibleTo(sanne.token)).toHaveLength(1);
  });
});

describe('the report on the command line', () => {
  it('shows what the file says without passing its control characters to the terminal', () => {
    const tricky = hypothesisAnnotation('Escape0001', { text: 'Gewoon\u001b[2K\u001b[1Aweg', target: [{ source: LETTER }], document: { title: ['Titel\u001b]0;gekaapt\u0007'] } });
    const lines = importReportLines(planImport(context, sanne.user, file(hypothesisExport([tricky]))), false);
    const all = lines.join('');
    expect(all).toContain('Gewoon');
    expect(all).toContain('Titel');
    // The escape and bell the file put in are gone.
    expect([...all].filter((char) => char === '\u001b' || char === '\u0007')).toEqual([]);
    expect(all).toContain('\uFFFD');
  });

  it('does not pass on the marks that turn the direction of text either', () => {
    const turned = hypothesisAnnotation('Turned0001', { text: 'Zie verslag\u202Efdp.exe', target: [{ source: LETTER }] });
    const all = importReportLines(planImport(context, sanne.user, file(hypothesisExport([turned]))), false).join('');
    expect(all).toContain('verslag\uFFFDfdp.exe');
    expect(all).not.toContain('\u202E');
  });
});
