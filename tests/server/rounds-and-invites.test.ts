import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { annotationSchema } from '../../shared/schemas/annotation';
import { meSchema } from '../../shared/schemas/roles';
import {
  DAY,
  HOUR,
  MINUTE,
  ManualClock,
  addTokenFor,
  bodyOf,
  expectApiError,
  getAnnotation,
  listedIds,
  mustCreate,
  mustCreateInvite,
  mustCreateRound,
  postAnnotation,
  putAnnotation,
  replyTo,
  uuidOf,
  whoIs,
  type RoundJson,
} from '../helpers/api-fixtures';
import { createTestApp, sampleAnnotation, type TestApp } from '../helpers/test-app';

const REPORT = 'https://www.example.nl/rapporten/voortgang.html';

let clock: ManualClock;
let app: TestApp;
let secretariat: string;
let councillor: string;
let partner: string;
let respondent: string;

beforeEach(() => {
  clock = new ManualClock('2025-03-01T09:00:00.000Z');
  app = createTestApp({ clock: clock.now });
  secretariat = app.addUser({ name: 'Sanne Secretaris', role: 'secretariat', organisation: 'Bovenregionaal secretariaat' });
  councillor = app.addUser({ name: 'Anna de Vries', role: 'councillor', organisation: 'Gemeente Woerden' });
  partner = app.addUser({ name: 'Chris Bakker', role: 'partner', organisation: 'AKJ' });
  respondent = app.addUser({ name: 'Dewi Smit', role: 'respondent', organisation: 'GGD regio Utrecht' });
});
afterEach(() => app.close());

async function rounds(token: string): Promise<RoundJson[]> {
  const response = await app.request('/api/rounds', { token });
  expect(response.status).toBe(200);
  return ((await response.json()) as { items: RoundJson[] }).items;
}

describe('POST /api/rounds and GET /api/rounds', () => {
  it('lets the secretariat open a round: 201 with Location, normalised times and the current taxonomy version', async () => {
    const response = await app.request('/api/rounds', {
      method: 'POST',
      token: secretariat,
      json: { title: '  Voorjaarsronde 2025 ', opensAt: '2025-03-01T10:00:00+01:00', closesAt: '2025-03-31T23:59:59Z' },
    });
    expect(response.status).toBe(201);
    const round = (await response.json()) as RoundJson;
    expect(round).toMatchObject({
      title: 'Voorjaarsronde 2025',
      opensAt: '2025-03-01T09:00:00.000Z',
      closesAt: '2025-03-31T23:59:59.000Z',
      taxonomyVersion: 1,
      createdAt: '2025-03-01T09:00:00.000Z',
    });
    expect(round.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(response.headers.get('Location')).toBe(`/api/rounds/${round.id}`);

    const fetched = await app.request(`/api/rounds/${round.id}`, { token: partner });
    expect(fetched.status).toBe(200);
    expect(await fetched.json()).toMatchObject({ id: round.id, title: 'Voorjaarsronde 2025' });
    await expectApiError(await app.request('/api/rounds/00000000-0000-4000-8000-000000000000', { token: partner }), 404, 'not_found');
  });

  it.each([
    ['councillor', () => councillor],
    ['partner', () => partner],
    ['respondent', () => respondent],
  ])('refuses a %s opening a round (403) and stores nothing', async (_role, token) => {
    const response = await app.request('/api/rounds', {
      method: 'POST',
      token: token(),
      json: { title: 'Eigen ronde', opensAt: '2025-03-01T00:00:00Z', closesAt: '2025-04-01T00:00:00Z' },
    });
    await expectApiError(response, 403, 'forbidden');
    expect(await rounds(secretariat)).toEqual([]);
  });

  it('tells every user which round is open now, and that changes as time passes', async () => {
    const past = await mustCreateRound(app, secretariat, { title: 'Winter', opensAt: '2025-01-01T00:00:00Z', closesAt: '2025-02-01T00:00:00Z' });
    const current = await mustCreateRound(app, secretariat, { title: 'Voorjaar', opensAt: '2025-02-15T00:00:00Z', closesAt: '2025-03-15T00:00:00Z' });
    const future = await mustCreateRound(app, secretariat, { title: 'Zomer', opensAt: '2025-04-01T00:00:00Z', closesAt: '2025-05-01T00:00:00Z' });

    const openNow = Object.fromEntries((await rounds(councillor)).map((round) => [round.id, round.open]));
    expect(openNow).toEqual({ [past.id]: false, [current.id]: true, [future.id]: false });

    clock.set('2025-04-01T00:00:00.000Z');
    const openLater = Object.fromEntries((await rounds(respondent)).map((round) => [round.id, round.open]));
    expect(openLater).toEqual({ [past.id]: false, [current.id]: false, [future.id]: true });

    clock.set('2025-05-01T00:00:00.000Z');
    expect((await rounds(partner)).every((round) => round.open === false)).toBe(true);
  });

  it.each([
    ['lies inside it', '2025-03-10T00:00:00Z', '2025-03-20T00:00:00Z'],
    ['straddles its start', '2025-02-20T00:00:00Z', '2025-03-05T00:00:00Z'],
    ['straddles its end', '2025-03-25T00:00:00Z', '2025-04-10T00:00:00Z'],
    ['encloses it', '2025-02-01T00:00:00Z', '2025-05-01T00:00:00Z'],
    ['is the same period', '2025-03-01T00:00:00Z', '2025-04-01T00:00:00Z'],
    ['is the same period written with an offset', '2025-03-01T01:00:00+01:00', '2025-04-01T02:00:00+02:00'],
  ])('answers 409 round_overlap for a period that %s', async (_name, opensAt, closesAt) => {
    await mustCreateRound(app, secretariat, { title: 'Maart', opensAt: '2025-03-01T00:00:00Z', closesAt: '2025-04-01T00:00:00Z' });
    const response = await app.request('/api/rounds', { method: 'POST', token: secretariat, json: { title: 'Botsing', opensAt, closesAt } });
    await expectApiError(response, 409, 'round_overlap');
    expect(await rounds(secretariat)).toHaveLength(1);
  });

  it('accepts periods that only touch', async () => {
    await mustCreateRound(app, secretariat, { title: 'Maart', opensAt: '2025-03-01T00:00:00Z', closesAt: '2025-04-01T00:00:00Z' });
    await mustCreateRound(app, secretariat, { title: 'April', opensAt: '2025-04-01T00:00:00Z', closesAt: '2025-05-01T00:00:00Z' });
    await mustCreateRound(app, secretariat, { title: 'Februari', opensAt: '2025-02-01T00:00:00Z', closesAt: '2025-03-01T00:00:00Z' });
    expect(await rounds(secretariat)).toHaveLength(3);
  });

  it.each([
    ['closes before it opens', '2025-04-01T00:00:00Z', '2025-03-01T00:00:00Z'],
    ['closes when it opens', '2025-04-01T00:00:00Z', '2025-04-01T00:00:00Z'],
    ['closes before it opens once offsets are applied', '2025-04-01T00:00:00Z', '2025-04-01T01:30:00+02:00'],
  ])('answers 400 with an issue on closesAt for a round that %s', async (_name, opensAt, closesAt) => {
    const response = await app.request('/api/rounds', { method: 'POST', token: secretariat, json: { title: 'Verkeerd om', opensAt, closesAt } });
    const error = await expectApiError(response, 400, 'invalid_input');
    expect(error.issues?.map((issue) => issue.path)).toContain('closesAt');
    expect(await rounds(secretariat)).toEqual([]);
  });

  it('answers 400 for a taxonomy version that does not exist', async () => {
    const response = await app.request('/api/rounds', {
      method: 'POST',
      token: secretariat,
      json: { title: 'Onbekende taxonomie', opensAt: '2025-03-01T00:00:00Z', closesAt: '2025-04-01T00:00:00Z', taxonomyVersion: 7 },
    });
    await expectApiError(response, 400, 'unknown_taxonomy_version');
  });
});

describe('annotations and rounds', () => {
  let round: RoundJson;
  beforeEach(async () => {
    round = await mustCreateRound(app, secretariat, { title: 'Voorjaar', opensAt: '2025-03-01T00:00:00Z', closesAt: '2025-03-15T00:00:00Z' });
  });

  it('files an annotation made while a round is open under that round, and a reply under its parent’s round', async () => {
    const created = await mustCreate(app, councillor, sampleAnnotation(REPORT));
    expect(created.round).toBe(round.id);
    const fetched = annotationSchema.parse(await (await getAnnotation(app, partner, created.id)).json());
    expect(fetched.round).toBe(round.id);
    const reply = await mustCreate(app, partner, replyTo(created.id));
    expect(reply.round).toBe(round.id);
    expect(await listedIds(app, respondent, REPORT, `&round=${round.id}`)).toEqual([created.id, reply.id]);
  });

  it('accepts an explicit round while it is open', async () => {
    const created = await mustCreate(app, councillor, sampleAnnotation(REPORT, { round: round.id }));
    expect(created.round).toBe(round.id);
  });

  it('gives an annotation no round when none is open and none is asked for', async () => {
    clock.set('2025-03-20T00:00:00.000Z');
    const created = await mustCreate(app, councillor, sampleAnnotation(REPORT));
    expect(created).not.toHaveProperty('round');
    const fetched = (await (await getAnnotation(app, councillor, created.id)).json()) as Record<string, unknown>;
    expect(fetched).not.toHaveProperty('round');
    expect(await listedIds(app, councillor, REPORT, `&round=${round.id}`)).toEqual([]);
  });

  it('refuses work on a closed round: create with it, edit in it and reply in it all answer 409 round_closed', async () => {
    const inRound = await mustCreate(app, councillor, sampleAnnotation(REPORT));
    expect(inRound.round).toBe(round.id);

    clock.set('2025-03-15T00:00:00.000Z'); // exactly closesAt: closed
    const create = await postAnnotation(app, councillor, sampleAnnotation(REPORT, { round: round.id }));
    await expectApiError(create.response, 409, 'round_closed');

    const edit = await putAnnotation(app, councillor, inRound.id, sampleAnnotation(REPORT, { body: { type: 'TextualBody', value: 'Te laat' } }));
    await expectApiError(edit, 409, 'round_closed');
    const stored = annotationSchema.parse(await (await getAnnotation(app, councillor, inRound.id)).json());
    expect(stored.modified).toBe(inRound.modified);

    const reply = await postAnnotation(app, partner, replyTo(inRound.id));
    await expectApiError(reply.response, 409, 'round_closed');

    expect(await listedIds(app, respondent, REPORT)).toEqual([inRound.id]);
  });

  it('still accepts work without a round after the round closed', async () => {
    clock.set('2025-03-16T00:00:00.000Z');
    const outside = await mustCreate(app, councillor, sampleAnnotation(REPORT));
    expect(outside.round).toBeUndefined();
    clock.advance(MINUTE);
    const edit = await putAnnotation(app, councillor, outside.id, sampleAnnotation(REPORT, { body: { type: 'TextualBody', value: 'Aangepast' } }));
    expect(edit.status).toBe(200);
    expect((await postAnnotation(app, partner, replyTo(outside.id))).response.status).toBe(201);
  });

  it('answers 409 round_not_open for a round that has not opened yet and 400 unknown_round for one that does not exist', async () => {
    const later = await mustCreateRound(app, secretariat, { title: 'Zomer', opensAt: '2025-06-01T00:00:00Z', closesAt: '2025-07-01T00:00:00Z' });
    await expectApiError((await postAnnotation(app, councillor, sampleAnnotation(REPORT, { round: later.id }))).response, 409, 'round_not_open');
    await expectApiError((await postAnnotation(app, councillor, sampleAnnotation(REPORT, { round: '00000000-0000-4000-8000-000000000000' }))).response, 400, 'unknown_round');
  });

  it('lets the secretariat close a round early with PATCH', async () => {
    const inRound = await mustCreate(app, councillor, sampleAnnotation(REPORT));
    clock.set('2025-03-05T12:00:00.000Z');
    const response = await app.request(`/api/rounds/${round.id}`, { method: 'PATCH', token: secretariat, json: { closesAt: '2025-03-05T12:00:00Z' } });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ id: round.id, title: 'Voorjaar', opensAt: '2025-03-01T00:00:00.000Z', closesAt: '2025-03-05T12:00:00.000Z' });

    expect((await rounds(councillor)).find((candidate) => candidate.id === round.id)?.open).toBe(false);
    const unfiled = await mustCreate(app, councillor, sampleAnnotation(REPORT));
    expect(unfiled.round).toBeUndefined();
    await expectApiError((await postAnnotation(app, councillor, sampleAnnotation(REPORT, { round: round.id }))).response, 409, 'round_closed');
    await expectApiError(await putAnnotation(app, councillor, inRound.id, sampleAnnotation(REPORT)), 409, 'round_closed');
  });

  it('refuses PATCH by others (403), for unknown rounds (404), and closing before opening (400)', async () => {
    const patch = { closesAt: '2025-03-02T00:00:00Z' };
    await expectApiError(await app.request(`/api/rounds/${round.id}`, { method: 'PATCH', token: councillor, json: patch }), 403, 'forbidden');
    await expectApiError(await app.request('/api/rounds/00000000-0000-4000-8000-000000000000', { method: 'PATCH', token: secretariat, json: patch }), 404, 'not_found');
    await expectApiError(await app.request(`/api/rounds/${round.id}`, { method: 'PATCH', token: secretariat, json: { closesAt: '2025-02-01T00:00:00Z' } }), 400);
    expect((await rounds(secretariat))[0]?.closesAt).toBe('2025-03-15T00:00:00.000Z');
  });

  it('refuses a PATCH that makes the round overlap another (409)', async () => {
    await mustCreateRound(app, secretariat, { title: 'April', opensAt: '2025-04-01T00:00:00Z', closesAt: '2025-05-01T00:00:00Z' });
    const response = await app.request(`/api/rounds/${round.id}`, { method: 'PATCH', token: secretariat, json: { closesAt: '2025-04-10T00:00:00Z' } });
    await expectApiError(response, 409, 'round_overlap');
  });
});

describe('invites', () => {
  it('lets the secretariat create an invite, showing the code only once', async () => {
    const response = await app.request('/api/invites', { method: 'POST', token: secretariat, json: { role: 'partner', organisation: 'Veilig Thuis', name: 'Femke' } });
    expect(response.status).toBe(201);
    const invite = (await response.json()) as { code: string; role: string; organisation: string; name: string | null; expiresAt: string };
    expect(invite).toMatchObject({ role: 'partner', organisation: 'Veilig Thuis', name: 'Femke', expiresAt: new Date(clock.now().getTime() + 7 * DAY).toISOString() });
    expect(invite.code).toMatch(/^[A-Za-z0-9_-]{22}$/);

    const listed = await app.request('/api/invites', { token: secretariat });
    expect(listed.status).toBe(200);
    const text = await listed.text();
    expect(text).not.toContain(invite.code);
    expect(JSON.parse(text)).toMatchObject({ items: [{ role: 'partner', organisation: 'Veilig Thuis', name: 'Femke', redeemed: false }] });
  });

  it.each([
    ['councillor', () => councillor],
    ['partner', () => partner],
    ['respondent', () => respondent],
  ])('refuses a %s creating or listing invites (403)', async (_role, token) => {
    await expectApiError(await app.request('/api/invites', { method: 'POST', token: token(), json: { role: 'secretariat', organisation: 'Eigen club' } }), 403, 'forbidden');
    await expectApiError(await app.request('/api/invites', { token: token() }), 403, 'forbidden');
  });

  it('redeems an invite without any Authorization: 201 with a token and the invite’s role and organisation', async () => {
    const invite = await mustCreateInvite(app, secretariat, { role: 'respondent', organisation: 'Raad van Kinderen' });
    const response = await app.request(`/api/invites/${invite.code}/redeem`, { method: 'POST', json: { name: '  Gijs Hendriks ' } });
    expect(response.status).toBe(201);
    const redeemed = (await response.json()) as { token: string; user: unknown };
    const user = meSchema.parse(redeemed.user);
    expect(user).toMatchObject({ name: 'Gijs Hendriks', role: 'respondent', organisation: 'Raad van Kinderen' });
    expect(redeemed.token).toEqual(expect.any(String));

    expect(await whoIs(app, redeemed.token)).toEqual(user);
    const created = await mustCreate(app, redeemed.token, sampleAnnotation(REPORT));
    expect(created.creator).toMatchObject({ name: 'Gijs Hendriks', role: 'respondent', organisation: 'Raad van Kinderen' });

    const listed = (await (await app.request('/api/invites', { token: secretariat })).json()) as { items: { redeemed: boolean }[] };
    expect(listed.items).toEqual([expect.objectContaining({ redeemed: true })]);
  });

  it('uses the name on the invite when the redeemer sends none, and the redeemer’s name when both are there', async () => {
    const named = await mustCreateInvite(app, secretariat, { role: 'partner', organisation: 'AKJ', name: 'Hanna' });
    const bare = await app.request(`/api/invites/${named.code}/redeem`, { method: 'POST' });
    expect(bare.status).toBe(201);
    expect(((await bare.json()) as { user: { name: string } }).user.name).toBe('Hanna');

    const other = await mustCreateInvite(app, secretariat, { role: 'partner', organisation: 'AKJ', name: 'Ivo' });
    const renamed = await app.request(`/api/invites/${other.code}/redeem`, { method: 'POST', json: { name: 'Ivo van Dam' } });
    expect(((await renamed.json()) as { user: { name: string } }).user.name).toBe('Ivo van Dam');
  });

  it('ignores a bearer token sent along with a redeem: the invite makes a new account', async () => {
    const invite = await mustCreateInvite(app, secretariat, { role: 'councillor', organisation: 'Gemeente Utrecht', name: 'Jan' });
    const response = await app.request(`/api/invites/${invite.code}/redeem`, { method: 'POST', token: partner });
    expect(response.status).toBe(201);
    const redeemed = (await response.json()) as { token: string; user: { id: string } };
    expect(redeemed.token).not.toBe(partner);
    expect(redeemed.user.id).not.toBe((await whoIs(app, partner)).id);
    expect(await whoIs(app, partner)).toMatchObject({ role: 'partner', organisation: 'AKJ' });
  });

  it('answers 410 invite_used the second time, and makes no second account', async () => {
    const invite = await mustCreateInvite(app, secretariat, { role: 'partner', organisation: 'AKJ' });
    expect((await app.request(`/api/invites/${invite.code}/redeem`, { method: 'POST', json: { name: 'Eerste' } })).status).toBe(201);
    await expectApiError(await app.request(`/api/invites/${invite.code}/redeem`, { method: 'POST', json: { name: 'Tweede' } }), 410, 'invite_used');
    const users = (await (await app.request('/api/users', { token: secretariat })).json()) as { items: { name: string }[] };
    expect(users.items.map((user) => user.name)).toContain('Eerste');
    expect(users.items.map((user) => user.name)).not.toContain('Tweede');
  });

  it('answers 410 invite_expired once the invite’s time is up, and works until then', async () => {
    const early = await mustCreateInvite(app, secretariat, { role: 'partner', organisation: 'AKJ', expiresInDays: 2 });
    const late = await mustCreateInvite(app, secretariat, { role: 'partner', organisation: 'AKJ', expiresInDays: 2 });
    clock.advance(2 * DAY - 1);
    expect((await app.request(`/api/invites/${early.code}/redeem`, { method: 'POST', json: { name: 'Op tijd' } })).status).toBe(201);
    clock.advance(1);
    await expectApiError(await app.request(`/api/invites/${late.code}/redeem`, { method: 'POST', json: { name: 'Te laat' } }), 410, 'invite_expired');
    clock.advance(30 * DAY);
    await expectApiError(await app.request(`/api/invites/${late.code}/redeem`, { method: 'POST', json: { name: 'Veel te laat' } }), 410, 'invite_expired');
  });

  it('expires after a week by default', async () => {
    const invite = await mustCreateInvite(app, secretariat, { role: 'partner', organisation: 'AKJ', name: 'Kees' });
    clock.advance(7 * DAY);
    await expectApiError(await app.request(`/api/invites/${invite.code}/redeem`, { method: 'POST' }), 410, 'invite_expired');
  });

  it.each([
    ['a code of the right form that was never issued', 'AAAAAAAAAAAAAAAAAAAAAA'],
    ['a code of the wrong form', 'kort'],
  ])('answers 404 for %s', async (_name, code) => {
    await mustCreateInvite(app, secretariat, { role: 'partner', organisation: 'AKJ', name: 'Lotte' });
    await expectApiError(await app.request(`/api/invites/${code}/redeem`, { method: 'POST', json: { name: 'Raden' } }), 404);
  });

  it.each([
    ['no body', undefined],
    ['an empty object', {}],
    ['a blank name', { name: '   ' }],
  ])('answers 400 when neither the invite nor the redeemer gives a name (%s), and the invite stays usable', async (_name, body) => {
    const invite = await mustCreateInvite(app, secretariat, { role: 'partner', organisation: 'AKJ' });
    const response = await app.request(`/api/invites/${invite.code}/redeem`, { method: 'POST', ...(body !== undefined ? { json: body } : {}) });
    await expectApiError(response, 400);
    expect((await app.request(`/api/invites/${invite.code}/redeem`, { method: 'POST', json: { name: 'Alsnog' } })).status).toBe(201);
  });
});

describe('sign-out and revoking tokens', () => {
  it('POST /api/me/sign-out revokes only the token it was sent with', async () => {
    const me = await whoIs(app, councillor);
    const laptop = addTokenFor(app, me.id);
    expect(await whoIs(app, laptop)).toEqual(me);

    const response = await app.request('/api/me/sign-out', { method: 'POST', token: councillor });
    expect(response.status).toBe(204);
    await expectApiError(await app.request('/api/me', { token: councillor }), 401, 'unauthorized');
    await expectApiError(await app.request('/api/annotations', { method: 'POST', token: councillor, json: sampleAnnotation(REPORT) }), 401, 'unauthorized');
    expect(await whoIs(app, laptop)).toEqual(me);
    // Signing out twice with the dead token is refused like any unknown token.
    await expectApiError(await app.request('/api/me/sign-out', { method: 'POST', token: councillor }), 401, 'unauthorized');
  });

  it('DELETE /api/users/{id}/tokens by the secretariat revokes all of the user’s tokens, and nobody else’s', async () => {
    const me = await whoIs(app, councillor);
    const laptop = addTokenFor(app, me.id);
    const phone = addTokenFor(app, me.id);

    const response = await app.request(`/api/users/${me.id}/tokens`, { method: 'DELETE', token: secretariat });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ revoked: 3 });
    for (const token of [councillor, laptop, phone]) await expectApiError(await app.request('/api/me', { token }), 401, 'unauthorized');
    expect((await app.request('/api/me', { token: partner })).status).toBe(200);
    expect((await app.request('/api/me', { token: secretariat })).status).toBe(200);

    const again = await app.request(`/api/users/${me.id}/tokens`, { method: 'DELETE', token: secretariat });
    expect(await again.json()).toEqual({ revoked: 0 });
  });

  it('refuses revoking by anyone but the secretariat (403), and unknown users (404)', async () => {
    const target = await whoIs(app, partner);
    await expectApiError(await app.request(`/api/users/${target.id}/tokens`, { method: 'DELETE', token: councillor }), 403, 'forbidden');
    await expectApiError(await app.request(`/api/users/${target.id}/tokens`, { method: 'DELETE', token: partner }), 403, 'forbidden');
    expect((await app.request('/api/me', { token: partner })).status).toBe(200);
    await expectApiError(await app.request('/api/users/00000000-0000-4000-8000-000000000000/tokens', { method: 'DELETE', token: secretariat }), 404, 'not_found');
  });

  it('keeps the annotations of a user whose tokens were revoked', async () => {
    const created = await mustCreate(app, councillor, sampleAnnotation(REPORT));
    const me = await whoIs(app, councillor);
    clock.advance(HOUR);
    expect((await app.request(`/api/users/${me.id}/tokens`, { method: 'DELETE', token: secretariat })).status).toBe(200);
    expect(await listedIds(app, partner, REPORT)).toEqual([created.id]);
    expect(await bodyOf(await getAnnotation(app, partner, uuidOf(created.id)))).toMatchObject({ creator: { name: 'Anna de Vries' } });
  });
});
