import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mustCreate, mustCreateInvite } from '../helpers/api-fixtures';
import { createTestApp, sampleAnnotation, type TestApp } from '../helpers/test-app';

const SOURCE = 'https://www.example.nl/rapporten/prive.html';
let app: TestApp;
let councillor: string;
let secretariat: string;
let annotationId: string;
let inviteCode: string;

beforeAll(async () => {
  app = createTestApp();
  councillor = app.addUser({ name: 'Anna', role: 'councillor', organisation: 'Gemeente Woerden' });
  secretariat = app.addUser({ name: 'Sanne', role: 'secretariat', organisation: 'Secretariaat' });
  annotationId = (await mustCreate(app, councillor, sampleAnnotation(SOURCE))).id;
  inviteCode = (await mustCreateInvite(app, secretariat, { role: 'partner', organisation: 'AKJ' })).code;
});
afterAll(() => app.close());

describe('answers about one person are never stored by caches', () => {
  const cases: [string, () => Promise<Response>][] = [
    ['GET /api/me', () => app.request('/api/me', { token: councillor })],
    ['GET /api/me/export', () => app.request('/api/me/export', { token: councillor })],
    ['GET /api/annotations', () => app.request(`/api/annotations?source=${encodeURIComponent(SOURCE)}`, { token: councillor })],
    ['GET /api/annotations/{id}', () => app.request(`/api/annotations/${annotationId.replace(/^.*[/:]/, '')}`, { token: councillor })],
    ['GET /api/users', () => app.request('/api/users', { token: secretariat })],
    ['GET /api/invites', () => app.request('/api/invites', { token: secretariat })],
    ['GET /api/audit', () => app.request('/api/audit', { token: secretariat })],
    ['POST /api/invites/{code}/redeem', () => app.request(`/api/invites/${inviteCode}/redeem`, { method: 'POST', json: { name: 'Chris' } })],
    ['401 without a token', () => app.request('/api/me')],
    ['403 for the wrong role', () => app.request('/api/users', { token: councillor })],
  ];
  it.each(cases)('%s says Cache-Control: no-store', async (_name, send) => {
    const response = await send();
    expect(response.status).toBeLessThan(500);
    expect(response.headers.get('Cache-Control')).toBe('no-store');
  });
});
