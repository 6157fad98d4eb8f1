import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bodyOf, expectApiError, mustCreate } from '../helpers/api-fixtures';
import { createTestApp, sampleAnnotation, type TestApp } from '../helpers/test-app';

const REPORT = 'https://www.svmn.nl/rapporten/voortgang.html';
const COPY = 'https://raad.woerden.nl/stukken/voortgang.html';

let app: TestApp;
let secretariat: string;
let councillor: string;
let partner: string;

beforeEach(() => {
  app = createTestApp();
  secretariat = app.addUser({ role: 'secretariat', name: 'Griffie', organisation: 'Secretariaat' });
  councillor = app.addUser({ role: 'councillor', name: 'Sanne Bakker', organisation: 'Gemeente Woerden' });
  partner = app.addUser({ role: 'partner', name: 'Ali Yilmaz', organisation: 'AKJ' });
});
afterEach(() => app.close());

function report(token: string, source: string, states: { id: string; state: string }[]): Promise<Response> {
  return app.request('/api/anchor-states', { method: 'POST', token, json: { source, states } });
}

async function digestOrphans(): Promise<string[]> {
  const response = await app.request('/api/digest?format=json', { token: secretariat });
  expect(response.status).toBe(200);
  return ((await bodyOf(response)) as { 'kantlijn:digest': { orphans: string[] } })['kantlijn:digest'].orphans.map(uuidOf);
}

/** The UUID in an annotation's id, whichever form (IRI or `urn:uuid:`) the answer uses. */
const uuidOf = (id: string): string => /[0-9a-f-]{36}$/.exec(id)?.[0] ?? id;

describe('POST /api/anchor-states', () => {
  it('records how remarks anchored, and the digest lists those reported as not found', async () => {
    const gone = await mustCreate(app, councillor, sampleAnnotation(REPORT));
    const kept = await mustCreate(app, councillor, sampleAnnotation(REPORT));
    expect(await digestOrphans()).toEqual([]);
    const first = await report(partner, REPORT, [{ id: gone.id, state: 'orphan' }, { id: kept.id, state: 'anchored' }]);
    expect(await bodyOf(first)).toEqual({ changed: 2 });
    expect(await digestOrphans()).toEqual([uuidOf(gone.id)]);
    // The same report again changes nothing.
    expect(await bodyOf(await report(partner, REPORT, [{ id: gone.id, state: 'orphan' }]))).toEqual({ changed: 0 });
    // Found again in a later version: no longer an orphan.
    expect(await bodyOf(await report(councillor, REPORT, [{ id: gone.id, state: 'moved' }]))).toEqual({ changed: 1 });
    expect(await digestOrphans()).toEqual([]);
  });

  it('counts only annotations of that document that the reporter may see', async () => {
    await app.request('/api/documents', { method: 'POST', token: secretariat, json: { title: 'Voortgang', urls: [REPORT, COPY] } });
    const onCopy = await mustCreate(app, councillor, sampleAnnotation(COPY));
    const secret = await mustCreate(app, councillor, sampleAnnotation(REPORT, { visibility: 'private' }));
    const other = await mustCreate(app, councillor, sampleAnnotation('https://example.org/ander.html'));
    const answer = await report(partner, REPORT, [
      { id: onCopy.id, state: 'orphan' },
      { id: secret.id, state: 'orphan' },
      { id: other.id, state: 'orphan' },
      { id: 'urn:uuid:00000000-0000-4000-8000-000000000000', state: 'orphan' },
    ]);
    expect(await bodyOf(answer)).toEqual({ changed: 1 });
    expect(await digestOrphans()).toEqual([uuidOf(onCopy.id)]);
  });

  it('refuses malformed reports with the issues named', async () => {
    const error = await expectApiError(await report(partner, REPORT, [{ id: 'x', state: 'lost' }]), 400, 'invalid_input');
    expect(error.issues?.[0]?.path).toBe('states.0.state');
    await expectApiError(await report(partner, REPORT, []), 400, 'invalid_input');
    await expectApiError(await app.request('/api/anchor-states', { method: 'POST', json: { source: REPORT, states: [] } }), 401);
  });
});
