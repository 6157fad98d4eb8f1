import BetterSqlite3 from 'better-sqlite3';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DATABASE_FILE_NAME } from '../../../server/db/database';
import { CSRF_HEADER, READER_COOKIE } from '../../../server/http/reader-session';
import { csrfTokenFor, READER_SESSION_IDLE_MS, READER_SESSION_MAX_MS } from '../../../server/services/reader-sessions-service';
import { ManualClock } from '../../helpers/api-fixtures';
import { createTestApp, sampleAnnotation, type TestApp } from '../../helpers/test-app';
import { parsePage, textOf } from '../dashboard/parse-page';

const DAY = 86_400_000;
let app: TestApp;
let clock: ManualClock;
let secretariat: string;

beforeEach(() => {
  clock = new ManualClock('2025-03-01T09:00:00.000Z');
  app = createTestApp({ clock: clock.now });
  secretariat = app.addUser({ name: 'Sanne', role: 'secretariat', organisation: 'Secretariaat' });
});
afterEach(() => app.close());

async function inviteCode(target = app, token = secretariat): Promise<string> {
  const created = await target.request('/api/invites', { method: 'POST', token, json: { role: 'councillor', organisation: 'Gemeente Woerden' } });
  return ((await created.json()) as { code: string }).code;
}

function form(fields: Record<string, string>): { body: URLSearchParams; headers: Record<string, string> } {
  return { body: new URLSearchParams(fields), headers: { 'Content-Type': 'application/x-www-form-urlencoded' } };
}

/** The cookie's value and attributes from a Set-Cookie header. */
function readerCookie(response: Response): { value: string; attributes: string[] } | null {
  const line = response.headers.getSetCookie().find((entry) => entry.startsWith(`${READER_COOKIE}=`));
  if (!line) return null;
  const [pair = '', ...attributes] = line.split(';').map((part) => part.trim());
  return { value: decodeURIComponent(pair.slice(READER_COOKIE.length + 1)), attributes: attributes.map((attribute) => attribute.toLowerCase()) };
}

async function signInForReader(target = app, name = 'Anna de Vries', headers: Record<string, string> = {}) {
  const code = await inviteCode(target);
  const { body, headers: formHeaders } = form({ naam: name });
  const response = await target.request(`/uitnodiging/${code}/lezen`, { method: 'POST', body, headers: { ...formHeaders, ...headers } });
  const cookie = readerCookie(response);
  return { code, response, cookie, sessionId: cookie?.value ?? '' };
}

function withSession(sessionId: string, extra: Record<string, string> = {}): Record<string, string> {
  return { Cookie: `${READER_COOKIE}=${sessionId}`, ...extra };
}

describe('the invitation page’s way into the reader', () => {
  it('offers a field labelled Naam and a button Lezen in de browser beside the extension’s steps', async () => {
    const code = await inviteCode();
    const document = parsePage(await (await app.request(`/uitnodiging/${code}`)).text());
    const input = document.querySelector('input[name="naam"]');
    expect(textOf(document.querySelector(`label[for="${input?.getAttribute('id')}"]`))).toBe('Naam');
    const button = [...document.querySelectorAll('form button')].find((element) => textOf(element) === 'Lezen in de browser');
    expect(button).toBeDefined();
    expect(button?.closest('form')?.getAttribute('action')).toBe(`/uitnodiging/${code}/lezen?taal=nl`);
    expect(document.querySelectorAll('main ol li')).toHaveLength(4);
  });

  it('redeems the invitation as the extension does and sets a hardened session cookie', async () => {
    const { response, cookie, code } = await signInForReader();
    expect(response.status).toBe(303);
    expect(response.headers.get('Location')).toBe('/lezen');
    expect(cookie).not.toBeNull();
    expect(cookie?.attributes).toEqual(expect.arrayContaining(['httponly', 'samesite=lax', 'path=/']));
    expect(cookie?.attributes).not.toContain('secure');
    expect(cookie?.attributes.some((attribute) => attribute.startsWith('expires='))).toBe(true);

    const me = await app.request('/api/me', { headers: withSession(cookie?.value ?? '') });
    expect(me.status).toBe(200);
    expect(await me.json()).toMatchObject({ name: 'Anna de Vries', role: 'councillor', organisation: 'Gemeente Woerden' });
    // The invitation is used up, exactly as redeeming through the extension would.
    const again = await signInForReader();
    expect(again.response.status).toBe(303);
    const reuse = await app.request(`/uitnodiging/${code}/lezen`, { method: 'POST', ...form({ naam: 'Iemand anders' }) });
    expect(reuse.status).toBe(410);
    expect(textOf(parsePage(await reuse.text()).querySelector('[role="alert"]'))).toContain('al gebruikt');
    expect(readerCookie(reuse)).toBeNull();
  });

  it('stores only a hash of the session id', async () => {
    const { sessionId } = await signInForReader();
    const raw = new BetterSqlite3(path.join(app.dataDir, DATABASE_FILE_NAME), { readonly: true });
    const rows = raw.prepare('SELECT * FROM reader_sessions').all() as Record<string, string>[];
    raw.close();
    expect(rows).toHaveLength(1);
    expect(JSON.stringify(rows)).not.toContain(sessionId);
    expect(sessionId.length).toBeGreaterThanOrEqual(40);
  });

  it('marks the cookie Secure behind TLS and when PUBLIC_URL is https', async () => {
    const behindProxy = await signInForReader(app, 'Anna', { 'X-Forwarded-Proto': 'https' });
    expect(behindProxy.cookie?.attributes).toContain('secure');
    const published = createTestApp({ clock: clock.now, publicUrl: 'https://kantlijn.gemeente.nl' });
    try {
      const token = published.addUser({ name: 'Sanne', role: 'secretariat', organisation: 'Secretariaat' });
      const code = await inviteCode(published, token);
      const response = await published.request(`/uitnodiging/${code}/lezen`, { method: 'POST', ...form({ naam: 'Anna' }) });
      expect(readerCookie(response)?.attributes).toContain('secure');
    } finally {
      published.close();
    }
  });

  it('asks for a name, and refuses a form sent from another site, without using the invitation', async () => {
    const code = await inviteCode();
    const empty = await app.request(`/uitnodiging/${code}/lezen`, { method: 'POST', ...form({ naam: '  ' }) });
    expect(empty.status).toBe(400);
    const page = parsePage(await empty.text());
    expect(textOf(page.querySelector('[role="alert"]'))).toContain('Vul uw naam in');
    expect(page.querySelector('input[name="naam"]')?.getAttribute('aria-invalid')).toBe('true');
    const { body, headers } = form({ naam: 'Anna' });
    const forged = await app.request(`/uitnodiging/${code}/lezen`, { method: 'POST', body, headers: { ...headers, 'Sec-Fetch-Site': 'cross-site' } });
    expect(forged.status).toBe(403);
    expect(readerCookie(forged)).toBeNull();
    // Positive control: the same invitation still works from its own page.
    const own = await app.request(`/uitnodiging/${code}/lezen`, { method: 'POST', body: new URLSearchParams({ naam: 'Anna' }), headers });
    expect(own.status).toBe(303);
  });
});

describe('the API with a reader session', () => {
  it('reads with the cookie alone and writes only with the CSRF header from this site', async () => {
    const { sessionId } = await signInForReader();
    const annotation = sampleAnnotation('https://rapporten.example/rapport.html');
    const noHeader = await app.request('/api/annotations', { method: 'POST', json: annotation, headers: withSession(sessionId) });
    expect(noHeader.status).toBe(403);
    expect(((await noHeader.json()) as { error: { code: string } }).error.code).toBe('csrf_failed');
    const wrong = await app.request('/api/annotations', { method: 'POST', json: annotation, headers: withSession(sessionId, { [CSRF_HEADER]: csrfTokenFor('another') }) });
    expect(wrong.status).toBe(403);
    const crossSite = await app.request('/api/annotations', {
      method: 'POST',
      json: annotation,
      headers: withSession(sessionId, { [CSRF_HEADER]: csrfTokenFor(sessionId), 'Sec-Fetch-Site': 'cross-site' }),
    });
    expect(crossSite.status).toBe(403);
    const created = await app.request('/api/annotations', { method: 'POST', json: annotation, headers: withSession(sessionId, { [CSRF_HEADER]: csrfTokenFor(sessionId) }) });
    expect(created.status).toBe(201);
    const list = await app.request(`/api/annotations?source=${encodeURIComponent('https://rapporten.example/rapport.html')}`, { headers: withSession(sessionId) });
    expect(((await list.json()) as { items: unknown[] }).items).toHaveLength(1);
  });

  it('asks the CSRF header of every kind of write, and the refused ones change nothing', async () => {
    const { sessionId } = await signInForReader();
    const source = 'https://rapporten.example/rapport.html';
    const created = await app.request('/api/annotations', { method: 'POST', json: sampleAnnotation(source), headers: withSession(sessionId, { [CSRF_HEADER]: csrfTokenFor(sessionId) }) });
    const id = ((await created.json()) as { id: string }).id;
    const path = id.slice(id.indexOf('/api/annotations/'));
    const writes: Array<[string, string, unknown]> = [
      ['POST', '/api/annotations', sampleAnnotation(source)],
      ['POST', '/api/annotations', { ...sampleAnnotation(source), target: id }],
      ['PUT', path, sampleAnnotation(source)],
      ['DELETE', path, undefined],
      ['POST', '/api/anchor-states', { source, states: [{ id, state: 'orphan' }] }],
      ['POST', '/api/notifications/read', {}],
      ['PUT', '/api/me/notification-settings', { mail: 'never' }],
      ['POST', '/api/me/sign-out', undefined],
      ['DELETE', '/api/me', undefined],
    ];
    for (const [method, url, json] of writes) {
      const refused = await app.request(url, { method, json, headers: withSession(sessionId) });
      expect({ method, url, status: refused.status }).toEqual({ method, url, status: 403 });
      expect(((await refused.json()) as { error: { code: string } }).error.code).toBe('csrf_failed');
    }
    // Nothing was written: the one remark is there as it was, and the session still reads.
    const list = await app.request(`/api/annotations?source=${encodeURIComponent(source)}`, { headers: withSession(sessionId) });
    expect(list.status).toBe(200);
    expect(((await list.json()) as { items: Array<{ id: string }> }).items.map((item) => item.id)).toEqual([id]);
  });

  it('lets a bearer header decide alone: a bad token is refused even with a live session', async () => {
    const { sessionId } = await signInForReader();
    const response = await app.request('/api/me', { headers: withSession(sessionId, { Authorization: 'Bearer kl_not-a-token' }) });
    expect(response.status).toBe(401);
    expect((await app.request('/api/me', { headers: withSession('made-up-session') })).status).toBe(401);
  });

  it('keeps CORS as it was: no credentials, no CSRF header for other origins', async () => {
    const preflight = await app.request('/api/annotations', {
      method: 'OPTIONS',
      headers: { Origin: 'https://evil.example', 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': CSRF_HEADER },
    });
    expect(preflight.headers.get('Access-Control-Allow-Origin')).toBeNull();
    expect(preflight.headers.get('Access-Control-Allow-Credentials')).toBeNull();
  });
});

describe('one person in the reader and the extension', () => {
  it('gives a token for the extension of the same account, once, only from the reader’s own form', async () => {
    const { sessionId } = await signInForReader();
    const start = parsePage(await (await app.request('/lezen', { headers: withSession(sessionId) })).text());
    const tokenForm = [...start.querySelectorAll('form')].find((element) => element.getAttribute('action')?.startsWith('/lezen/extensie-token'));
    const csrf = tokenForm?.querySelector('input[name="_csrf"]')?.getAttribute('value') ?? '';
    const headers = { 'Content-Type': 'application/x-www-form-urlencoded' };
    const forged = await app.request('/lezen/extensie-token', { method: 'POST', body: new URLSearchParams({ _csrf: 'wrong' }), headers: withSession(sessionId, headers) });
    expect(forged.status).toBe(303);
    const issued = await app.request('/lezen/extensie-token', { method: 'POST', body: new URLSearchParams({ _csrf: csrf }), headers: withSession(sessionId, headers) });
    expect(issued.status).toBe(200);
    expect(issued.headers.get('Cache-Control')).toBe('no-store');
    const token = textOf(parsePage(await issued.text()).querySelector('code'));
    expect(token).toMatch(/^kl_/);
    const viaExtension = await app.request('/api/me', { token });
    const viaReader = await app.request('/api/me', { headers: withSession(sessionId) });
    expect(((await viaExtension.json()) as { id: string }).id).toBe(((await viaReader.json()) as { id: string }).id);
  });
});

describe('how a reader session ends', () => {
  it('slides: each use moves the end, up to a limit counted from sign-in', async () => {
    const { sessionId } = await signInForReader();
    clock.advance(READER_SESSION_IDLE_MS - DAY);
    const used = await app.request('/api/me', { headers: withSession(sessionId) });
    expect(used.status).toBe(200);
    expect(readerCookie(used)?.value).toBe(sessionId);
    clock.advance(READER_SESSION_IDLE_MS - DAY);
    expect((await app.request('/api/me', { headers: withSession(sessionId) })).status).toBe(200);
    clock.advance(READER_SESSION_IDLE_MS + 1);
    expect((await app.request('/api/me', { headers: withSession(sessionId) })).status).toBe(401);

    const steady = await signInForReader();
    let elapsed = 0;
    while (elapsed + 10 * DAY < READER_SESSION_MAX_MS) {
      clock.advance(10 * DAY);
      elapsed += 10 * DAY;
      expect((await app.request('/api/me', { headers: withSession(steady.sessionId) })).status).toBe(200);
    }
    clock.advance(READER_SESSION_MAX_MS - elapsed + 1);
    expect((await app.request('/api/me', { headers: withSession(steady.sessionId) })).status).toBe(401);
  });

  it('ends at sign-out, which also revokes its token, and only from the reader’s own form', async () => {
    const { sessionId } = await signInForReader();
    const start = parsePage(await (await app.request('/lezen', { headers: withSession(sessionId) })).text());
    expect(textOf(start.querySelector('main'))).toContain('Anna de Vries');
    const csrf = start.querySelector('input[name="_csrf"]')?.getAttribute('value') ?? '';
    const { body, headers } = form({ _csrf: 'wrong' });
    await app.request('/lezen/uitloggen', { method: 'POST', body, headers: withSession(sessionId, headers) });
    expect((await app.request('/api/me', { headers: withSession(sessionId) })).status).toBe(200);
    const out = await app.request('/lezen/uitloggen', { method: 'POST', body: new URLSearchParams({ _csrf: csrf }), headers: withSession(sessionId, headers) });
    expect(out.status).toBe(200);
    expect(out.headers.getSetCookie().some((line) => line.startsWith(`${READER_COOKIE}=;`))).toBe(true);
    expect((await app.request('/api/me', { headers: withSession(sessionId) })).status).toBe(401);
    expect((await app.request('/lezen', { headers: withSession(sessionId) })).status).toBe(401);
  });

  it('ends when the secretariat takes the person’s access away', async () => {
    const { sessionId } = await signInForReader();
    const me = (await (await app.request('/api/me', { headers: withSession(sessionId) })).json()) as { id: string };
    const revoked = await app.request(`/api/users/${me.id}/tokens`, { method: 'DELETE', token: secretariat });
    expect(revoked.status).toBe(200);
    expect((await app.request('/api/me', { headers: withSession(sessionId) })).status).toBe(401);
    const raw = new BetterSqlite3(path.join(app.dataDir, DATABASE_FILE_NAME), { readonly: true });
    expect(raw.prepare('SELECT count(*) AS n FROM reader_sessions').get()).toEqual({ n: 0 });
    raw.close();
  });

  it('ends when the person deletes their account', async () => {
    const { sessionId } = await signInForReader();
    const deleted = await app.request('/api/me', { method: 'DELETE', headers: withSession(sessionId, { [CSRF_HEADER]: csrfTokenFor(sessionId) }) });
    expect(deleted.status).toBe(200);
    expect((await app.request('/api/me', { headers: withSession(sessionId) })).status).toBe(401);
  });
});
