import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getAnnotation, listAll, listedIds, mustCreate, remarkOf, replyTo } from '../helpers/api-fixtures';
import { startHttpTestServer, type HttpTestServer } from '../helpers/http-server';
import { openEventStream } from '../helpers/sse-client';
import { createTestApp, sampleAnnotation, type TestApp } from '../helpers/test-app';

const SOURCE = 'https://www.example.nl/rapporten/verborgen.html';
const QUOTE = 'Jan de Vries, Dorpsstraat 4, belde op 12 maart';

describe('replies under a hidden remark', () => {
  let app: TestApp;
  let anna: string;
  let bram: string;
  let chris: string;
  let sanne: string;
  let parentId: string;
  let replyId: string;
  let deeperId: string;

  beforeAll(async () => {
    app = createTestApp();
    anna = app.addUser({ name: 'Anna', role: 'councillor', organisation: 'Gemeente Woerden' });
    bram = app.addUser({ name: 'Bram', role: 'partner', organisation: 'AKJ' });
    chris = app.addUser({ name: 'Chris', role: 'councillor', organisation: 'Gemeente Utrecht' });
    sanne = app.addUser({ name: 'Sanne', role: 'secretariat', organisation: 'Secretariaat' });
    parentId = (await mustCreate(app, anna, sampleAnnotation(SOURCE, { body: [{ type: 'TextualBody', value: QUOTE }] }))).id;
    replyId = (await mustCreate(app, bram, replyTo(parentId, `U schrijft: "${QUOTE}"`))).id;
    deeperId = (await mustCreate(app, anna, replyTo(replyId, 'Klopt.'))).id;
    const hidden = await app.request(`/api/annotations/${parentId.replace(/^.*[/:]/, '')}/hide`, { method: 'POST', token: sanne, json: { reason: 'persoonsgegevens' } });
    expect(hidden.status).toBe(200);
  });
  afterAll(() => app.close());

  it('are left out of everyone else’s lists, whatever the filter', async () => {
    expect(await listedIds(app, chris, SOURCE)).toEqual([]);
    expect(await listAll(app, chris, `author=${encodeURIComponent(`urn:kantlijn:user:${app.db.users.all().find((user) => user.name === 'Bram')!.id}`)}`)).toEqual([]);
    expect(await listAll(app, chris, 'role=partner')).toEqual([]);
    // Their authors keep their own, the secretariat keeps all.
    expect(await listedIds(app, bram, SOURCE)).toEqual([replyId]);
    expect(await listedIds(app, anna, SOURCE)).toEqual([parentId, deeperId]);
    expect(await listedIds(app, sanne, SOURCE)).toEqual([parentId, replyId, deeperId]);
  });

  it('are not found when asked for one by one, nor can anyone else answer them', async () => {
    expect((await getAnnotation(app, chris, replyId)).status).toBe(404);
    expect((await getAnnotation(app, chris, deeperId)).status).toBe(404);
    expect((await getAnnotation(app, bram, replyId)).status).toBe(200);
    expect((await getAnnotation(app, sanne, deeperId)).status).toBe(200);
    expect((await app.request('/api/annotations', { method: 'POST', token: chris, json: replyTo(replyId) })).status).toBe(404);
  });

  it('are not in the digest, and come back when the remark is shown again', async () => {
    const digest = await app.request('/api/digest?format=md', { token: sanne });
    expect(digest.status).toBe(200);
    expect(await digest.text()).not.toContain(QUOTE);
    const shown = await app.request(`/api/annotations/${parentId.replace(/^.*[/:]/, '')}/unhide`, { method: 'POST', token: sanne });
    expect(shown.status).toBe(200);
    const listed = await listAll(app, chris, `source=${encodeURIComponent(SOURCE)}`);
    expect(listed.map((item) => item.id)).toEqual([parentId, replyId, deeperId]);
    expect(remarkOf(listed[1]!)).toContain(QUOTE);
    await app.request(`/api/annotations/${parentId.replace(/^.*[/:]/, '')}/hide`, { method: 'POST', token: sanne, json: { reason: 'persoonsgegevens' } });
  });
});

describe('live watchers when a remark with replies is hidden', { timeout: 30_000 }, () => {
  let http: HttpTestServer;
  beforeAll(async () => {
    http = await startHttpTestServer();
  });
  afterAll(() => http.close());

  it('hear the replies go too, and come back when it is shown again', async () => {
    const anna = http.addUser({ name: 'Anna', role: 'councillor', organisation: 'Gemeente Woerden' });
    const bram = http.addUser({ name: 'Bram', role: 'partner', organisation: 'AKJ' });
    const chris = http.addUser({ name: 'Chris', role: 'councillor', organisation: 'Gemeente Utrecht' });
    const sanne = http.addUser({ name: 'Sanne', role: 'secretariat', organisation: 'Secretariaat' });
    const post = async (token: string, body: unknown) => ((await (await http.fetch('/api/annotations', { method: 'POST', token, json: body })).json()) as { id: string }).id;
    const parent = await post(anna, sampleAnnotation(SOURCE));
    const reply = await post(bram, replyTo(parent, 'Eens.'));
    const watching = await openEventStream((signal) => http.fetch(`/api/events?source=${encodeURIComponent(SOURCE)}`, { token: chris, signal }));
    const uuid = parent.replace(/^.*[/:]/, '');
    await http.fetch(`/api/annotations/${uuid}/hide`, { method: 'POST', token: sanne, json: { reason: 'persoonsgegevens' } });
    await expect.poll(() => watching.names()).toEqual([`annotation.deleted ${parent}`, `annotation.deleted ${reply}`]);
    await http.fetch(`/api/annotations/${uuid}/unhide`, { method: 'POST', token: sanne });
    await expect.poll(() => watching.names().slice(2)).toEqual([`annotation.created ${parent}`, `annotation.created ${reply}`]);
    await watching.close();
  });
});
