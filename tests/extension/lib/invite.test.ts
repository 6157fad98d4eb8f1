import { describe, expect, it } from 'vitest';
import { parseInvite, redeemInvite } from '../../../extension/lib/invite';
import { urlOf } from '../../helpers/fetch-input';

const CODE = 'AbCdEfGhIjKlMnOpQrStUv';

describe('parseInvite', () => {
  it.each([
    ['a bare code', ` ${CODE} `, { code: CODE, serverUrl: null }],
    ['an invite link', `https://kantlijn.utrecht.nl/uitnodiging/${CODE}`, { code: CODE, serverUrl: 'https://kantlijn.utrecht.nl' }],
    ['a redeem URL', `http://127.0.0.1:8787/api/invites/${CODE}/redeem`, { code: CODE, serverUrl: 'http://127.0.0.1:8787' }],
    ['a link with a code parameter', `https://kantlijn.nl/start?code=${CODE}`, { code: CODE, serverUrl: 'https://kantlijn.nl' }],
    ['too short a code', 'AbCdEf', null],
    ['a javascript: link', `javascript:alert('${CODE}')`, null],
    ['a link without code', 'https://kantlijn.nl/uitnodiging/', null],
  ])('%s', (_name, input, expected) => {
    expect(parseInvite(input)).toEqual(expected);
  });
});

describe('redeemInvite', () => {
  it('posts the name and returns the token', async () => {
    const calls: [string, RequestInit][] = [];
    const fetchImpl = (async (url: URL | RequestInfo, init: RequestInit = {}) => {
      calls.push([urlOf(url), init]);
      return Response.json({ token: 'kl_x', user: { id: '1', name: 'Eva', role: 'partner', organisation: 'AKJ' } }, { status: 201 });
    }) as typeof fetch;
    const result = await redeemInvite('http://127.0.0.1:8787', CODE, ' Eva ', fetchImpl);
    expect(result).toEqual({ ok: true, value: { token: 'kl_x', user: { id: '1', name: 'Eva', role: 'partner', organisation: 'AKJ' } } });
    expect(calls[0]![0]).toBe(`http://127.0.0.1:8787/api/invites/${CODE}/redeem`);
    expect(calls[0]![1].body).toBe('{"name":"Eva"}');
  });

  it('passes on the server’s reason for a used invite', async () => {
    const fetchImpl = (async () => Response.json({ error: { code: 'invite_used', message: 'Deze uitnodiging is al gebruikt.' } }, { status: 410 })) as unknown as typeof fetch;
    expect(await redeemInvite('http://127.0.0.1:8787', CODE, 'Eva', fetchImpl)).toEqual({
      ok: false,
      error: { code: 'invite_used', message: 'Deze uitnodiging is al gebruikt.', status: 410 },
    });
  });
});
