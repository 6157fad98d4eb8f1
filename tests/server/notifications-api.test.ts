import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { notificationListSchema, type NotificationList } from '../../shared/schemas/notification';
import { bodyOf, expectApiError, mustCreate, putAnnotation, queryFile, replyTo, uuidOf } from '../helpers/api-fixtures';
import { createTestApp, sampleAnnotation, type TestApp } from '../helpers/test-app';

const SOURCE = 'https://www.example.nl/rapporten/nieuw-voor-u.html';

/** Everyone in these tests; each `beforeEach` makes them afresh on a new database file. */
interface People {
  anna: string; // councillor, Woerden: writes the remark
  bram: string; // partner, AKJ: replies
  chris: string; // councillor, Utrecht: took part in the thread
  dirk: string; // councillor, Woerden: Anna's colleague
  eva: string; // councillor, Houten: never wrote in the thread
  svmn: string; // respondent
  sanne: string; // secretariat
}

async function notificationsOf(app: TestApp, token: string, query = ''): Promise<NotificationList> {
  const response = await app.request(`/api/notifications${query}`, { token });
  expect(response.status).toBe(200);
  return notificationListSchema.parse(await bodyOf(response));
}

const typesOf = (list: NotificationList) => list.items.map((item) => `${item.type} ${item.annotation}`);

describe('GET /api/notifications', () => {
  let app: TestApp;
  let p: People;
  let remark: string;

  beforeEach(async () => {
    app = createTestApp();
    p = {
      anna: app.addUser({ name: 'Anna', role: 'councillor', organisation: 'Gemeente Woerden' }),
      bram: app.addUser({ name: 'Bram', role: 'partner', organisation: 'AKJ' }),
      chris: app.addUser({ name: 'Chris', role: 'councillor', organisation: 'Gemeente Utrecht' }),
      dirk: app.addUser({ name: 'Dirk', role: 'councillor', organisation: 'Gemeente Woerden' }),
      eva: app.addUser({ name: 'Eva', role: 'councillor', organisation: 'Gemeente Houten' }),
      svmn: app.addUser({ name: 'Sam', role: 'respondent', organisation: 'SVMN' }),
      sanne: app.addUser({ name: 'Sanne', role: 'secretariat', organisation: 'Secretariaat' }),
    };
    remark = (await mustCreate(app, p.anna, sampleAnnotation(SOURCE))).id;
  });
  afterEach(() => app.close());

  it('tells the author of a remark of a reply, and nobody of their own writes', async () => {
    expect(await notificationsOf(app, p.anna)).toEqual({ unread: 0, items: [] });
    const reply = (await mustCreate(app, p.bram, replyTo(remark, 'Goede vraag.'))).id;
    const list = await notificationsOf(app, p.anna);
    expect(list.unread).toBe(1);
    expect(list.items).toEqual([
      expect.objectContaining({ type: 'reply', annotation: reply, remark, source: SOURCE, read: false, by: { name: 'Bram', role: 'partner', organisation: 'AKJ' } }),
    ]);
    expect(Date.parse(list.items[0]!.at)).not.toBeNaN();
    // The item says who and where, never what: no remark text travels in a notification.
    expect(JSON.stringify(list)).not.toContain('Goede vraag');
    expect(await notificationsOf(app, p.bram)).toEqual({ unread: 0, items: [] });
    // Answering one's own remark notifies nobody.
    await mustCreate(app, p.anna, replyTo(remark, 'Aanvulling van mijzelf.'));
    expect((await notificationsOf(app, p.anna)).unread).toBe(1);
  });

  it('names the document by the title the secretariat registered, and by nothing when it is not registered', async () => {
    await mustCreate(app, p.bram, replyTo(remark, 'Eerste.'));
    expect((await notificationsOf(app, p.anna)).items.map((item) => item.documentTitle)).toEqual([null]);
    // Named when read, not when made: once the document is registered, the older item has its title too.
    const registered = await app.request('/api/documents', {
      method: 'POST',
      token: p.sanne,
      json: { title: 'Voortgangsrapportage najaar 2024', urls: ['https://www.svmn.nl/rapporten/voortgang.pdf', SOURCE] },
    });
    expect(registered.status).toBe(201);
    await mustCreate(app, p.bram, replyTo(remark, 'Tweede.'));
    expect((await notificationsOf(app, p.anna)).items.map((item) => [item.source, item.documentTitle])).toEqual([
      [SOURCE, 'Voortgangsrapportage najaar 2024'],
      [SOURCE, 'Voortgangsrapportage najaar 2024'],
    ]);
  });

  it('calls a reply of the reviewed organisation, and its recorded response, an answer', async () => {
    const answer = (await mustCreate(app, p.svmn, replyTo(remark, 'Wij pakken dit op.'))).id;
    const responded = await app.request(`/api/annotations/${uuidOf(remark)}/response`, {
      method: 'PUT',
      token: p.svmn,
      json: { status: 'adopted', text: 'Overgenomen in het plan.' },
    });
    expect(responded.status).toBe(200);
    const list = await notificationsOf(app, p.anna);
    expect(typesOf(list)).toEqual([`answer ${remark}`, `answer ${answer}`]);
    expect(list.items[0]!.by).toEqual({ name: 'Sam', role: 'respondent', organisation: 'SVMN' });
  });

  it('tells everyone else who wrote in the thread of a reply in it', async () => {
    const first = (await mustCreate(app, p.chris, replyTo(remark, 'Ik sluit mij aan.'))).id;
    const second = (await mustCreate(app, p.bram, replyTo(first, 'Wij ook.'))).id;
    expect(typesOf(await notificationsOf(app, p.chris))).toEqual([`reply ${second}`]);
    expect(typesOf(await notificationsOf(app, p.anna))).toEqual([`thread-reply ${second}`, `reply ${first}`]);
    expect((await notificationsOf(app, p.anna)).items.every((item) => item.remark === remark)).toBe(true);
    // Eva can see the thread but never wrote in it: nothing is new for her.
    expect(await notificationsOf(app, p.eva)).toEqual({ unread: 0, items: [] });
  });

  it('shows only what the reader may still see: a thread made private or organisation-only, a hidden or deleted reply', async () => {
    const bramsReply = await mustCreate(app, p.bram, replyTo(remark, 'Eens.'));
    await mustCreate(app, p.chris, replyTo(remark, 'Ik ook.'));
    const dirksReply = (await mustCreate(app, p.dirk, replyTo(remark, 'En ik.'))).id;
    expect((await notificationsOf(app, p.anna)).unread).toBe(3);
    expect(typesOf(await notificationsOf(app, p.chris))).toEqual([`thread-reply ${dirksReply}`]);

    // Organisation only (Anna's, Woerden): Chris (Utrecht) no longer sees the thread, so Dirk's
    // reply is gone for him; Anna still sees all three, as everyone in Woerden does.
    expect((await putAnnotation(app, p.anna, remark, sampleAnnotation(SOURCE, { visibility: 'organisation' }))).status).toBe(200);
    expect(await notificationsOf(app, p.chris)).toEqual({ unread: 0, items: [] });
    expect((await notificationsOf(app, p.anna)).unread).toBe(3);

    // Private: someone else's reply in a private thread is seen by nobody but its author.
    expect((await putAnnotation(app, p.anna, remark, sampleAnnotation(SOURCE, { visibility: 'private' }))).status).toBe(200);
    expect(await notificationsOf(app, p.anna)).toEqual({ unread: 0, items: [] });

    // Back to the round: hidden by the secretariat, it goes; deleted by its author, it goes.
    expect((await putAnnotation(app, p.anna, remark, sampleAnnotation(SOURCE, { visibility: 'round' }))).status).toBe(200);
    expect((await notificationsOf(app, p.anna)).unread).toBe(3);
    const hidden = await app.request(`/api/annotations/${uuidOf(bramsReply.id)}/hide`, { method: 'POST', token: p.sanne, json: { reason: 'naam van een kind' } });
    expect(hidden.status).toBe(200);
    expect(typesOf(await notificationsOf(app, p.anna))).not.toContain(`reply ${bramsReply.id}`);
    expect((await notificationsOf(app, p.anna)).unread).toBe(2);
    const deleted = await app.request(`/api/annotations/${uuidOf(dirksReply)}`, { method: 'DELETE', token: p.dirk });
    expect(deleted.status).toBe(204);
    expect((await notificationsOf(app, p.anna)).unread).toBe(1);
  });

  it('keeps an organisation-only thread within the organisation, and forgets a deleted account', async () => {
    const own = (await mustCreate(app, p.dirk, sampleAnnotation(SOURCE, { visibility: 'organisation' }))).id;
    await mustCreate(app, p.anna, replyTo(own, 'Collega, eens.'));
    const later = (await mustCreate(app, p.dirk, replyTo(own, 'Dank.'))).id;
    expect(typesOf(await notificationsOf(app, p.anna))).toEqual([`thread-reply ${later}`]);
    expect(await notificationsOf(app, p.chris)).toEqual({ unread: 0, items: [] });

    const chrisReply = (await mustCreate(app, p.chris, replyTo(remark, 'Ik ook.'))).id;
    await mustCreate(app, p.bram, replyTo(chrisReply, 'Welkom.'));
    expect((await notificationsOf(app, p.chris)).unread).toBe(1);
    expect((await app.request('/api/me', { method: 'DELETE', token: p.chris })).status).toBe(200);
    const chrisId = queryFile<{ id: string }>(app, "SELECT id FROM users WHERE deleted_at IS NOT NULL")[0]!.id;
    await mustCreate(app, p.bram, replyTo(chrisReply, 'Nog iets.'));
    expect(queryFile(app, 'SELECT * FROM notifications WHERE user_id = ?', chrisId)).toEqual([]);
  });

  it('marks read up to one item or all, and pages with a cap', async () => {
    const replies: string[] = [];
    for (let i = 0; i < 5; i++) replies.push((await mustCreate(app, p.bram, replyTo(remark, `Reactie ${i}`))).id);
    const all = await notificationsOf(app, p.anna);
    expect(all.items.map((item) => item.annotation)).toEqual([...replies].reverse());
    // Read up to the second oldest: the two oldest are read, three stay unread.
    const marked = await app.request('/api/notifications/read', { method: 'POST', token: p.anna, json: { upTo: all.items[3]!.id } });
    expect(marked.status).toBe(200);
    expect(await bodyOf(marked)).toEqual({ unread: 3 });
    expect((await notificationsOf(app, p.anna)).items.map((item) => item.read)).toEqual([false, false, false, true, true]);
    // Paging: two at a time, `before` the last one seen.
    const first = await notificationsOf(app, p.anna, '?limit=2');
    expect(first.items).toHaveLength(2);
    const next = await notificationsOf(app, p.anna, `?limit=2&before=${first.items[1]!.id}`);
    expect(next.items.map((item) => item.annotation)).toEqual([replies[2], replies[1]]);
    // Someone else's notification id is unknown to Bram; an empty body marks all.
    await expectApiError(await app.request('/api/notifications/read', { method: 'POST', token: p.bram, json: { upTo: all.items[0]!.id } }), 404, 'not_found');
    expect(await bodyOf(await app.request('/api/notifications/read', { method: 'POST', token: p.anna }))).toEqual({ unread: 0 });
    expect((await notificationsOf(app, p.anna)).items.every((item) => item.read)).toBe(true);
  });

  it('validates its input at the edge', async () => {
    await expectApiError(await app.request('/api/notifications'), 401);
    for (const query of ['?limit=0', '?limit=101', '?limit=abc', '?colour=red']) {
      const error = await expectApiError(await app.request(`/api/notifications${query}`, { token: p.anna }), 400, 'invalid_input');
      expect(error.issues?.length).toBeGreaterThan(0);
    }
    await expectApiError(await app.request('/api/notifications?before=unknown', { token: p.anna }), 404, 'not_found');
    await expectApiError(await app.request('/api/notifications/read', { method: 'POST', token: p.anna, json: { upTo: 5 } }), 400, 'invalid_input');
    await expectApiError(await app.request('/api/notifications/read', { method: 'POST', token: p.anna, json: { all: true } }), 400, 'invalid_input');
    await expectApiError(await app.request('/api/notifications/read', { method: 'POST', token: p.anna, body: '{', headers: { 'Content-Type': 'application/json' } }), 400, 'invalid_json');
  });
});
