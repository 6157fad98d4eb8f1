import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { dispatchMessage, inReadersLanguage, isMessage, sendToBackground, type Handlers } from '../../../extension/lib/messaging';
import { fail, ok } from '../../../extension/lib/result';

const OWN_ID = 'own-extension-id';
const taxonomy = { version: 1, terms: [{ id: 'goal-1', kind: 'goal' as const, code: '1', label: 'Doel', colour: '#000000' }] };
const message = (type: string, payload: unknown = {}) => ({ kantlijn: 1, type, payload });

const handlers: Handlers = {
  'me:get': async () => fail('not_signed_in', 'Niet aangemeld'),
  'taxonomy:get': async () => ok(taxonomy),
  'annotations:list': async () => ok({ annotations: [], pending: [] }),
  'annotations:search': async () => ok({ items: [], more: false }),
  'annotations:create': async () => {
    throw new Error('kapot');
  },
  'annotations:get': async () => fail('not_found', 'weg'),
  'annotations:update': async () => fail('version_conflict', 'gewijzigd', 412),
  'annotations:delete': async () => ok(null),
  'anchors:report': async () => ok({ changed: 0 }),
  'documents:list': async () => ok({ items: [] }),
  'viewer:open-here': async (_payload, sender) => (sender?.tab?.id === 7 ? ok(null) : fail('invalid_input', 'geen tabblad')),
  'notifications:list': async () => ok({ unread: 0, items: [] }),
  'notifications:read': async () => ok({ unread: 0 }),
  'notifications:open': async () => ok(null),
  'notifications:settings': async () => ok({ email: null, mail: 'off', available: false }),
  'notifications:save-settings': async (settings) => ok({ ...settings, available: true }),
};

beforeEach(() => fakeBrowser.reset());

describe('dispatchMessage', () => {
  it('routes a request from this extension to its handler', async () => {
    expect(await dispatchMessage(handlers, message('taxonomy:get'), { id: OWN_ID }, OWN_ID)).toEqual({ ok: true, value: taxonomy });
  });

  it('turns a handler that throws into a failure, not a rejected promise', async () => {
    const answer = await dispatchMessage(handlers, message('annotations:create', { input: {} }), { id: OWN_ID }, OWN_ID);
    expect(answer).toEqual({ ok: false, error: { code: 'internal', message: 'kapot' } });
  });

  it.each([
    ['a web page or another extension', message('taxonomy:get'), { id: 'someone-else' }],
    ['a sender without id', message('taxonomy:get'), {}],
    ['another shape', { type: 'taxonomy:get' }, { id: OWN_ID }],
    ['an unknown type', message('tokens:steal'), { id: OWN_ID }],
  ])('ignores %s', (_name, incoming, sender) => {
    expect(dispatchMessage(handlers, incoming, sender, OWN_ID)).toBeNull();
  });

  it('hands the sender’s tab to the handler', async () => {
    const from = { id: OWN_ID, tab: { id: 7 } };
    expect(await dispatchMessage(handlers, message('viewer:open-here', { url: 'https://svmn.nl/r.pdf' }), from, OWN_ID)).toEqual({ ok: true, value: null });
    expect(await dispatchMessage(handlers, message('viewer:open-here', { url: 'https://svmn.nl/r.pdf' }), { id: OWN_ID }, OWN_ID)).toMatchObject({ ok: false });
  });

  it('recognises only its own protocol', () => {
    expect(isMessage(message('me:get'))).toBe(true);
    expect(isMessage('me:get')).toBe(false);
  });
});

describe('sendToBackground', () => {
  it('wraps the request in the protocol and returns the background’s result', async () => {
    const received: unknown[] = [];
    fakeBrowser.runtime.onMessage.addListener(async (incoming: unknown) => {
      received.push(incoming);
      return ok({ annotations: [], pending: [] });
    });
    expect(await sendToBackground('annotations:list', { source: 'https://svmn.nl/r' })).toEqual({ ok: true, value: { annotations: [], pending: [] } });
    expect(received).toEqual([message('annotations:list', { source: 'https://svmn.nl/r' })]);
  });

  it('gives a failure, not an exception, when no background answers', async () => {
    expect(await sendToBackground('me:get', {})).toMatchObject({ ok: false, error: { code: 'extension_unavailable' } });
  });
});

describe('inReadersLanguage', () => {
  it('words a failure in the language chosen in the options, by its code', async () => {
    await fakeBrowser.storage.local.set({ settings: { serverUrl: 'http://127.0.0.1:8787', token: 'kl_x', language: 'en' } });
    expect(await inReadersLanguage(fail('offline', 'De Kantlijn-server is niet bereikbaar.'))).toEqual({
      ok: false,
      error: { code: 'offline', message: 'The Kantlijn server cannot be reached. Check your internet connection and try again.' },
    });
    // A code the dictionary does not know never brings the server's Dutch onto an English screen.
    const unknown = await inReadersLanguage(fail('id_taken', 'Dit id is al in gebruik.', 409));
    expect(unknown).toMatchObject({ ok: false, error: { code: 'id_taken', status: 409 } });
    expect(!unknown.ok && unknown.error.message).toMatch(/^Something went wrong \(id_taken\)/);
  });

  it('keeps the server’s own Dutch for an unknown code in Dutch, and passes successes on', async () => {
    expect(await inReadersLanguage(fail('id_taken', 'Dit id is al in gebruik.', 409))).toMatchObject({ error: { message: 'Dit id is al in gebruik.' } });
    expect(await inReadersLanguage(fail('round_closed', 'Deze ronde is gesloten.', 409))).toMatchObject({ error: { message: expect.stringMatching(/^De feedbackronde is gesloten/) } });
    expect(await inReadersLanguage(ok(taxonomy))).toEqual({ ok: true, value: taxonomy });
  });
});
