import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SERVER_URL, loadSettings } from '../../../extension/lib/settings';
import { signIn } from '../../../extension/lib/sign-in';
import { urlOf } from '../../helpers/fetch-input';

const SERVER = 'https://kantlijn.utrecht.nl';
const GOOD_CODE = 'AbCdEfGhIjKlMnOpQrStUv';
const USED_CODE = 'UsEdUsEdUsEdUsEdUsEdUs';
const EVA = { id: 'u1', name: 'Eva Smit', role: 'partner', organisation: 'Raad voor de Kinderbescherming' };
const GOOD_TOKEN = 'kl_good';

/** A Kantlijn server at SERVER that knows one invite and one token; elsewhere nothing answers. */
const kantlijn = (async (input: URL | RequestInfo, init: RequestInit = {}) => {
  const url = new URL(urlOf(input));
  if (url.origin !== SERVER) throw new TypeError('Failed to fetch');
  if (url.pathname === `/api/invites/${GOOD_CODE}/redeem`) return Response.json({ token: GOOD_TOKEN, user: EVA }, { status: 201 });
  if (url.pathname === `/api/invites/${USED_CODE}/redeem`) return Response.json({ error: { code: 'invite_used', message: 'Deze uitnodiging is al gebruikt.' } }, { status: 410 });
  if (url.pathname === '/api/me') {
    const known = new Headers(init.headers).get('Authorization') === `Bearer ${GOOD_TOKEN}`;
    return known ? Response.json(EVA) : Response.json({ error: { code: 'unauthorized', message: 'Onbekend of ingetrokken token.' } }, { status: 401 });
  }
  return Response.json({ error: { code: 'not_found', message: 'Onbekend adres' } }, { status: 404 });
}) as typeof fetch;

/** A web server that is not Kantlijn: every path an HTML page. */
const someSite = (async () => new Response('<html>Welkom</html>', { status: 200, headers: { 'Content-Type': 'text/html' } })) as unknown as typeof fetch;

const invite = (text: string, serverAddress = '') => ({ method: 'invite' as const, invite: text, name: 'Eva Smit', serverAddress });
const token = (value: string, serverAddress = SERVER) => ({ method: 'token' as const, token: value, serverAddress });

beforeEach(() => fakeBrowser.reset());

describe('signIn', () => {
  it('takes the server from an invitation link and saves server and token once redeemed', async () => {
    const outcome = await signIn(invite(`${SERVER}/uitnodiging/${GOOD_CODE}`), { fetchImpl: kantlijn });
    expect(outcome).toEqual({ ok: true, value: { serverUrl: SERVER, token: GOOD_TOKEN, user: EVA } });
    expect(await fakeBrowser.storage.local.get('settings')).toEqual({ settings: { serverUrl: SERVER, token: GOOD_TOKEN, language: 'nl' } });
  });

  it('asks for the server for a bare code when not signed in, instead of trying the default address', async () => {
    const tried: string[] = [];
    const recording = (async (url: URL | RequestInfo, init?: RequestInit) => {
      tried.push(urlOf(url));
      return kantlijn(url, init);
    }) as typeof fetch;
    expect(await signIn(invite(GOOD_CODE), { fetchImpl: recording })).toEqual({ ok: false, failure: { problem: 'server_needed', field: 'server' } });
    expect(tried).toEqual([]);
    expect(await signIn(invite(GOOD_CODE, 'kantlijn.utrecht.nl'), { fetchImpl: recording })).toMatchObject({ ok: true, value: { serverUrl: SERVER } });
    expect(tried).toEqual([`${SERVER}/api/invites/${GOOD_CODE}/redeem`]);
  });

  it('uses the current sign-in’s server for a bare code', async () => {
    await fakeBrowser.storage.local.set({ settings: { serverUrl: SERVER, token: 'kl_old' } });
    expect(await signIn(invite(GOOD_CODE), { fetchImpl: kantlijn })).toMatchObject({ ok: true, value: { serverUrl: SERVER, token: GOOD_TOKEN } });
  });

  it('keeps the previous sign-in when a wrong token is tried after a good sign-in', async () => {
    expect(await signIn(token(GOOD_TOKEN), { fetchImpl: kantlijn })).toMatchObject({ ok: true, value: { user: EVA } });
    const before = await loadSettings();
    expect(before).toMatchObject({ serverUrl: SERVER, token: GOOD_TOKEN });

    expect(await signIn(token('kl_mistyped'), { fetchImpl: kantlijn })).toEqual({ ok: false, failure: { problem: 'token_unknown', field: 'token', serverUrl: SERVER } });
    expect(await loadSettings()).toEqual(before);
  });

  it('keeps the previous sign-in when a used invitation is tried, and says so', async () => {
    await signIn(token(GOOD_TOKEN), { fetchImpl: kantlijn });
    const before = await loadSettings();
    expect(await signIn(invite(`${SERVER}/uitnodiging/${USED_CODE}`), { fetchImpl: kantlijn })).toEqual({
      ok: false,
      failure: { problem: 'invite_used', field: 'invite', serverUrl: SERVER },
    });
    expect(await loadSettings()).toEqual(before);
  });

  it('names the address it tried when nothing answered there', async () => {
    expect(await signIn(token(GOOD_TOKEN, 'https://kantlijn.utrect.nl'), { fetchImpl: kantlijn })).toEqual({
      ok: false,
      failure: { problem: 'unreachable', field: 'server', serverUrl: 'https://kantlijn.utrect.nl' },
    });
    expect(await loadSettings()).toEqual({ serverUrl: DEFAULT_SERVER_URL, token: '', language: 'nl' });
  });

  it('tells a web site that is not a Kantlijn server apart from an unreachable one', async () => {
    expect(await signIn(invite(GOOD_CODE, 'https://www.utrecht.nl'), { fetchImpl: someSite })).toMatchObject({ ok: false, failure: { problem: 'not_kantlijn' } });
    expect(await signIn(token(GOOD_TOKEN, 'https://www.utrecht.nl'), { fetchImpl: someSite })).toMatchObject({ ok: false, failure: { problem: 'not_kantlijn' } });
  });

  it.each([
    ['an unreadable invitation', invite('hallo'), { problem: 'invite_unreadable', field: 'invite' }],
    ['a server field that is no address', invite(GOOD_CODE, 'mijn gemeente'), { problem: 'server_invalid', field: 'server' }],
    ['an empty token', token('  '), { problem: 'token_needed', field: 'token' }],
  ])('refuses %s before asking any server', async (_name, request, failure) => {
    const untouched = (async () => {
      throw new Error('no request expected');
    }) as unknown as typeof fetch;
    expect(await signIn(request, { fetchImpl: untouched })).toEqual({ ok: false, failure });
  });

  it('runs the step before saving only for an accepted sign-in, and saves nothing when it refuses', async () => {
    const seen: string[] = [];
    const outcome = await signIn(token(GOOD_TOKEN), {
      fetchImpl: kantlijn,
      beforeSave: async (accepted) => {
        seen.push(accepted.serverUrl);
        return { problem: 'server_error', field: 'server', serverUrl: accepted.serverUrl };
      },
    });
    expect(seen).toEqual([SERVER]);
    expect(outcome).toMatchObject({ ok: false });
    expect((await loadSettings()).token).toBe('');
  });
});
