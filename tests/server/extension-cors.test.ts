import { createHash } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { allowedExtensionOrigins, UNPACKED_EXTENSION_ID } from '../../server/http/extension-cors';
import { CHROME_EXTENSION_KEY } from '../../wxt.config';
import { createTestApp, sampleAnnotation, type TestApp } from '../helpers/test-app';

const EXTENSION = `chrome-extension://${UNPACKED_EXTENSION_ID}`;
const OTHER_EXTENSION = 'chrome-extension://abcdefghijklmnopabcdefghijklmnop';
const FIREFOX = 'moz-extension://5c3a1f0e-9d2b-4c7a-8e6f-1a2b3c4d5e6f';
const REPORT = 'https://www.example.nl/rapporten/voortgang.html';
const CORS_HEADERS = ['Access-Control-Allow-Origin', 'Access-Control-Allow-Methods', 'Access-Control-Allow-Headers', 'Access-Control-Expose-Headers', 'Access-Control-Max-Age'];

let app: TestApp;
let token: string;

beforeEach(() => {
  app = createTestApp();
  token = app.addUser({ name: 'Anna de Vries', role: 'councillor', organisation: 'Gemeente Woerden' });
});
afterEach(() => app.close());

function preflight(origin: string, on: TestApp = app) {
  return on.request('/api/annotations', {
    method: 'OPTIONS',
    headers: { Origin: origin, 'Access-Control-Request-Method': 'PUT', 'Access-Control-Request-Headers': 'authorization,content-type,if-match' },
  });
}

/** Chrome's rule: the id is the first 32 hex digits of SHA-256 over the DER public key, 0–f written a–p. */
function extensionIdOf(base64Key: string): string {
  const hex = createHash('sha256').update(Buffer.from(base64Key, 'base64')).digest('hex').slice(0, 32);
  return [...hex].map((digit) => String.fromCharCode(97 + Number.parseInt(digit, 16))).join('');
}

describe('CORS for the extension', () => {
  it('answers a preflight from Kantlijn’s own extension with the methods, headers and lifetime it may use', async () => {
    const response = await preflight(EXTENSION);
    expect(response.status).toBe(204);
    expect(response.headers.get('Access-Control-Allow-Origin')).toBe(EXTENSION);
    expect(response.headers.get('Access-Control-Allow-Methods')?.split(',')).toEqual(expect.arrayContaining(['GET', 'POST', 'PUT', 'DELETE']));
    expect(response.headers.get('Access-Control-Allow-Headers')?.split(',')).toEqual(['Authorization', 'Content-Type', 'If-Match', 'If-None-Match', 'Prefer', 'Slug', 'Accept']);
    expect(response.headers.get('Access-Control-Max-Age')).toBe('600');
    expect(response.headers.get('Vary')).toContain('Origin');
  });

  it('gives a web site, another Chrome extension or any Firefox extension page nothing to go on', async () => {
    for (const origin of ['https://evil.example', OTHER_EXTENSION, FIREFOX, 'safari-web-extension://abc', 'null']) {
      const response = await preflight(origin);
      expect(response.status).toBe(204);
      for (const name of CORS_HEADERS) expect(response.headers.get(name), `${origin}: ${name}`).toBeNull();
    }
  });

  it('allows exactly the configured ids, the unpacked build’s then no longer', async () => {
    const store = createTestApp({ extensionIds: ['aaaabbbbccccddddeeeeffffgggghhhh'] });
    try {
      expect((await preflight('chrome-extension://aaaabbbbccccddddeeeeffffgggghhhh', store)).headers.get('Access-Control-Allow-Origin')).toBe(
        'chrome-extension://aaaabbbbccccddddeeeeffffgggghhhh',
      );
      expect((await preflight(EXTENSION, store)).headers.get('Access-Control-Allow-Origin')).toBeNull();
    } finally {
      store.close();
    }
  });

  it('lets the extension read ETag and Location of a created annotation, and says the answer varies by origin', async () => {
    const response = await app.request('/api/annotations', { method: 'POST', token, json: sampleAnnotation(REPORT), headers: { Origin: EXTENSION } });
    expect(response.status).toBe(201);
    expect(response.headers.get('Access-Control-Allow-Origin')).toBe(EXTENSION);
    expect(response.headers.get('Access-Control-Expose-Headers')?.split(',')).toEqual(['ETag', 'Location', 'Retry-After', 'Link', 'Allow', 'Accept-Post', 'Content-Location', 'Preference-Applied', 'Vary']);
    expect(response.headers.get('Vary')).toContain('Origin');
    expect(response.headers.get('ETag')).toBeTruthy();
  });

  it('keeps the CORS headers on cached list pages and on errors, so the extension can read why', async () => {
    const path = `/api/annotations?source=${encodeURIComponent(REPORT)}`;
    for (let round = 0; round < 2; round++) {
      const listed = await app.request(path, { token, headers: { Origin: EXTENSION } });
      expect(listed.status).toBe(200);
      expect(listed.headers.get('Access-Control-Allow-Origin')).toBe(EXTENSION);
      // Security headers are still added after the route has answered.
      expect(listed.headers.get('X-Content-Type-Options')).toBe('nosniff');
    }
    const refused = await app.request(path, { token: 'kl_not-a-token', headers: { Origin: EXTENSION } });
    expect(refused.status).toBe(401);
    expect(refused.headers.get('Access-Control-Allow-Origin')).toBe(EXTENSION);
    const wrong = await app.request('/api/annotations?source=', { token, headers: { Origin: EXTENSION } });
    expect(wrong.status).toBe(400);
    expect(wrong.headers.get('Access-Control-Allow-Origin')).toBe(EXTENSION);
  });

  it('does not answer other origins on ordinary requests either', async () => {
    for (const origin of ['https://evil.example', OTHER_EXTENSION, FIREFOX]) {
      const response = await app.request(`/api/annotations?source=${encodeURIComponent(REPORT)}`, { token, headers: { Origin: origin } });
      expect(response.status).toBe(200);
      expect(response.headers.get('Access-Control-Allow-Origin')).toBeNull();
    }
  });

  it('turns ids into exact origins and ignores anything that is not an id', () => {
    expect([...allowedExtensionOrigins([UNPACKED_EXTENSION_ID, 'chrome-extension.example', `${UNPACKED_EXTENSION_ID}.evil`, ''])]).toEqual([EXTENSION]);
  });

  it('has as default id the one Chrome derives from the manifest key of the build', () => {
    expect(extensionIdOf(CHROME_EXTENSION_KEY)).toBe(UNPACKED_EXTENSION_ID);
  });
});
