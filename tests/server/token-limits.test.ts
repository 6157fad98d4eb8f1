import { afterEach, describe, expect, it } from 'vitest';
import { MAX_FAILED_SIGN_INS_PER_MINUTE } from '../../server/http/rate-limit';
import { expectApiError } from '../helpers/api-fixtures';
import { createTestApp, type TestApp } from '../helpers/test-app';

let app: TestApp | undefined;
afterEach(() => app?.close());

/** GET /api/me with a raw Authorization header, spelled exactly as given. */
const meWith = (target: TestApp, authorization: string) => target.request('/api/me', { headers: { Authorization: authorization } });

/** Posts the dashboard's sign-in form as a browser would (same address as every in-process request). */
async function dashboardSignIn(target: TestApp, token: string): Promise<Response> {
  const form = await target.request('/dashboard/inloggen');
  const login = /kantlijn_login=([^;]+)/.exec(form.headers.get('Set-Cookie') ?? '')?.[1];
  const loginToken = /name="_login" value="([^"]+)"/.exec(await form.text())?.[1];
  if (!login || !loginToken) throw new Error('the sign-in form has no login token');
  return target.request('/dashboard/inloggen', {
    method: 'POST',
    headers: { Cookie: `kantlijn_login=${login}`, 'Content-Type': 'application/x-www-form-urlencoded', Origin: 'http://localhost' },
    body: new URLSearchParams({ _login: loginToken, token }),
  });
}

describe('the per-token rate limit', () => {
  it('counts one token once however the Authorization header is spelled', async () => {
    app = createTestApp({ rateLimitPerMinute: 4 });
    const token = app.addUser({ name: 'Anna', role: 'councillor', organisation: 'Gemeente Woerden' });
    const spellings = [`Bearer ${token}`, `bearer ${token}`, `BEARER ${token}`, `Bearer    ${token}`];
    for (const spelling of spellings) expect((await meWith(app, spelling)).status, spelling).toBe(200);
    for (const spelling of [...spellings, `bEaReR\t${token}`]) {
      await expectApiError(await meWith(app, spelling), 429, 'rate_limited');
    }
    // Someone else's token is a key of its own.
    const other = app.addUser({ name: 'Bram', role: 'councillor', organisation: 'Gemeente Woerden' });
    expect((await meWith(app, `Bearer ${other}`)).status).toBe(200);
  });
});

describe('failed sign-ins from one address', () => {
  it('never lock out a valid token on the API, while unknown tokens from there are still refused', async () => {
    app = createTestApp({ rateLimitPerMinute: 600 });
    const councillor = app.addUser({ name: 'Anna', role: 'councillor', organisation: 'Gemeente Woerden' });
    const secretariat = app.addUser({ name: 'Sanne', role: 'secretariat', organisation: 'Secretariaat' });
    for (let n = 0; n < MAX_FAILED_SIGN_INS_PER_MINUTE; n++) await expectApiError(await meWith(app, `Bearer kl_typo${n}`), 401, 'unauthorized');
    await expectApiError(await meWith(app, 'Bearer kl_one-more-guess'), 429, 'rate_limited');
    expect((await meWith(app, `Bearer ${councillor}`)).status).toBe(200);
    expect((await meWith(app, `bearer ${secretariat}`)).status).toBe(200);
    // Still refused afterwards: a valid sign-in does not reset the guesser's count.
    await expectApiError(await meWith(app, 'Bearer kl_and-again'), 429, 'rate_limited');
  });

  it('never lock out a valid secretariat token on the dashboard form', async () => {
    app = createTestApp({ rateLimitPerMinute: 600 });
    const secretariat = app.addUser({ name: 'Sanne', role: 'secretariat', organisation: 'Secretariaat' });
    for (let n = 0; n < MAX_FAILED_SIGN_INS_PER_MINUTE; n++) expect((await dashboardSignIn(app, `kl_typo${n}`)).status).toBe(401);
    expect((await dashboardSignIn(app, 'kl_one-more-guess')).status).toBe(429);
    expect((await dashboardSignIn(app, secretariat)).status).toBe(303);
    expect((await meWith(app, `Bearer ${secretariat}`)).status).toBe(200);
    expect((await dashboardSignIn(app, 'kl_and-again')).status).toBe(429);
  });
});
