import { Hono } from 'hono';
import { afterEach, describe, expect, it } from 'vitest';
import { addressKey, clientAddressOf } from '../../server/http/client-address';
import { MAX_FAILED_SIGN_INS_PER_MINUTE } from '../../server/http/rate-limit';
import { createTestApp, type TestApp } from '../helpers/test-app';

let app: TestApp | undefined;
afterEach(() => app?.close());

/** Posts the dashboard's sign-in form as a browser would: fetch the form, send it back with its cookie. */
async function dashboardSignIn(target: TestApp, token: string, forwardedFor?: string): Promise<Response> {
  const via: Record<string, string> = forwardedFor ? { 'X-Forwarded-For': forwardedFor } : {};
  const form = await target.request('/dashboard/inloggen', { headers: via });
  const login = /kantlijn_login=([^;]+)/.exec(form.headers.get('Set-Cookie') ?? '')?.[1];
  const loginToken = /name="_login" value="([^"]+)"/.exec(await form.text())?.[1];
  if (!login || !loginToken) throw new Error('the sign-in form has no login token');
  return target.request('/dashboard/inloggen', {
    method: 'POST',
    headers: { ...via, Cookie: `kantlijn_login=${login}`, 'Content-Type': 'application/x-www-form-urlencoded', Origin: 'http://localhost' },
    body: new URLSearchParams({ _login: loginToken, token }),
  });
}

describe('the client address behind proxies', () => {
  const addressFrom = async (trustedProxies: number, forwardedFor?: string) => {
    const probe = new Hono().get('/', (c) => c.text(clientAddressOf(trustedProxies)(c)));
    return (await probe.request('/', { headers: forwardedFor ? { 'X-Forwarded-For': forwardedFor } : {} })).text();
  };

  it('ignores X-Forwarded-For when no proxy is trusted', async () => {
    expect(await addressFrom(0, '203.0.113.7')).toBe('local');
  });

  it('takes the entry the trusted proxies wrote, not what the client put before it', async () => {
    expect(await addressFrom(1, '203.0.113.7')).toBe('203.0.113.7');
    // The client forged the first entry; our one proxy appended the real address last.
    expect(await addressFrom(1, '10.0.0.1, 203.0.113.7')).toBe('203.0.113.7');
    // Two proxies: the second from the end is what the outer proxy saw.
    expect(await addressFrom(2, '10.0.0.1, 203.0.113.7, 192.0.2.10')).toBe('203.0.113.7');
  });

  it('counts a client without its port, and an IPv6 client by its /64 network', async () => {
    expect(addressKey('203.0.113.7:51234')).toBe('203.0.113.7');
    expect(addressKey('::ffff:203.0.113.7')).toBe('203.0.113.7');
    expect(addressKey('[2001:db8:a:b::1]:443')).toBe('2001:db8:a:b::/64');
    // Two addresses of one /64 are one client; another /64 is another.
    expect(addressKey('2001:db8:a:b:1:2:3:4')).toBe(addressKey('2001:0db8:000a:000b:ffff::9'));
    expect(addressKey('2001:db8:a:c::1')).not.toBe(addressKey('2001:db8:a:b::1'));
    expect(addressKey('2001:db8::1')).toBe('2001:db8:0:0::/64');
    expect(await addressFrom(1, '10.0.0.1, 203.0.113.7:40000')).toBe('203.0.113.7');
  });

  it('falls back to the socket when the header is missing or shorter than the proxy chain', async () => {
    expect(await addressFrom(1)).toBe('local');
    expect(await addressFrom(3, '203.0.113.7')).toBe('local');
  });
});

describe('the sign-in guard', () => {
  it('also guards the dashboard form, and one address failing there is refused by the API too', async () => {
    app = createTestApp({ rateLimitPerMinute: 600, trustedProxies: 1 });
    const secretariat = app.addUser({ name: 'Sanne Mulder', role: 'secretariat', organisation: 'Secretariaat' });
    const guesser = '203.0.113.7';
    for (let n = 0; n < MAX_FAILED_SIGN_INS_PER_MINUTE; n++) {
      expect((await dashboardSignIn(app, `kl_guess${n}`, guesser)).status).toBe(401);
    }
    const refused = await dashboardSignIn(app, 'kl_guess-again', guesser);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('Retry-After'))).toBeGreaterThan(0);
    expect(await refused.text()).toContain('Te veel mislukte pogingen');
    expect((await app.request('/api/me', { token: 'kl_other', headers: { 'X-Forwarded-For': guesser } })).status).toBe(429);

    // Another reader behind the same proxy is not locked out by the guesser.
    expect((await dashboardSignIn(app, secretariat, '198.51.100.9')).status).toBe(303);
    expect((await app.request('/api/me', { token: secretariat, headers: { 'X-Forwarded-For': '198.51.100.9' } })).status).toBe(200);
  });

  it('cannot be dodged with a made-up X-Forwarded-For when no proxy is trusted', async () => {
    app = createTestApp({ rateLimitPerMinute: 600 });
    for (let n = 0; n < MAX_FAILED_SIGN_INS_PER_MINUTE; n++) {
      expect((await dashboardSignIn(app, `kl_guess${n}`, `203.0.113.${n}`)).status).toBe(401);
    }
    expect((await dashboardSignIn(app, 'kl_guess-again', '198.51.100.200')).status).toBe(429);
  });

  it('keeps counting a guesser while a flood of other addresses comes and goes', async () => {
    app = createTestApp({ rateLimitPerMinute: 600, trustedProxies: 1 });
    const guesser = '203.0.113.7';
    for (let n = 0; n < MAX_FAILED_SIGN_INS_PER_MINUTE; n++) await app.request('/api/me', { token: `kl_guess${n}`, headers: { 'X-Forwarded-For': guesser } });
    // More distinct addresses than the counter keeps: the oldest go, but not all at once.
    for (let n = 0; n < 10_050; n++) await app.request('/api/me', { token: `kl_flood${n}`, headers: { 'X-Forwarded-For': `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}` } });
    expect((await app.request('/api/me', { token: 'kl_last', headers: { 'X-Forwarded-For': guesser } })).status).toBe(429);
  }, 60_000);
});
