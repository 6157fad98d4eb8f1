import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isExtensionOrigin } from '../../server/http/extension-cors';
import { createTestApp, sampleAnnotation, type TestApp } from '../helpers/test-app';

const EXTENSION = 'chrome-extension://abcdefghijklmnopabcdefghijklmnop';
const FIREFOX = 'moz-extension://5c3a1f0e-9d2b-4c7a-8e6f-1a2b3c4d5e6f';
const REPORT = 'https://www.example.nl/rapporten/voortgang.html';

let app: TestApp;
let token: string;

beforeEach(() => {
  app = createTestApp();
  token = app.addUser({ name: 'Anna de Vries', role: 'councillor', organisation: 'Gemeente Woerden' });
});
afterEach(() => app.close());

function preflight(origin: string) {
  return app.request('/api/annotations', {
    method: 'OPTIONS',
    headers: { Origin: origin, 'Access-Control-Request-Method': 'PUT', 'Access-Control-Request-Headers': 'authorization,content-type,if-match' },
  });
}

describe('CORS for the extension', () => {
  it('answers a preflight from the extension with the methods, headers and lifetime it may use', async () => {
    const response = await preflight(EXTENSION);
    expect(response.status).toBe(204);
    expect(response.headers.get('Access-Control-Allow-Origin')).toBe(EXTENSION);
    expect(response.headers.get('Access-Control-Allow-Methods')?.split(',')).toEqual(expect.arrayContaining(['GET', 'POST', 'PUT', 'DELETE']));
    expect(response.headers.get('Access-Control-Allow-Headers')?.split(',')).toEqual(['Authorization', 'Content-Type', 'If-Match']);
    expect(response.headers.get('Access-Control-Max-Age')).toBe('600');
    expect(response.headers.get('Vary')).toContain('Origin');
  });

  it('gives a web site’s preflight nothing to go on', async () => {
    const response = await preflight('https://evil.example');
    expect(response.status).toBe(204);
    for (const name of ['Access-Control-Allow-Origin', 'Access-Control-Allow-Methods', 'Access-Control-Allow-Headers', 'Access-Control-Expose-Headers', 'Access-Control-Max-Age']) {
      expect(response.headers.get(name)).toBeNull();
    }
  });

  it('lets the extension read ETag and Location of a created annotation, and says the answer varies by origin', async () => {
    const response = await app.request('/api/annotations', { method: 'POST', token, json: sampleAnnotation(REPORT), headers: { Origin: FIREFOX } });
    expect(response.status).toBe(201);
    expect(response.headers.get('Access-Control-Allow-Origin')).toBe(FIREFOX);
    expect(response.headers.get('Access-Control-Expose-Headers')?.split(',')).toEqual(['ETag', 'Location', 'Retry-After']);
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
    const response = await app.request(`/api/annotations?source=${encodeURIComponent(REPORT)}`, { token, headers: { Origin: 'https://evil.example' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('Access-Control-Allow-Origin')).toBeNull();
  });

  it('knows an extension origin from a web site that merely looks like one', () => {
    expect(isExtensionOrigin(EXTENSION)).toBe(true);
    expect(isExtensionOrigin(FIREFOX)).toBe(true);
    expect(isExtensionOrigin('https://chrome-extension.example')).toBe(false);
    expect(isExtensionOrigin(`${EXTENSION}.evil.example/`)).toBe(false);
    expect(isExtensionOrigin('null')).toBe(false);
  });
});
