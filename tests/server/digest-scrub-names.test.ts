import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, sampleAnnotation, type TestApp } from '../helpers/test-app';

const REPORT = 'https://www.svmn.nl/voortgang.html';
// Names of people who wrote nothing in the digest, of one listed by the secretariat, and forms.
const NAMES = /Gerrit|Mulder|Bakker|Eijkelboom|Sanne|Vries/i;
const QUOTE = 'burgemeester Mulder opende de bijeenkomst';

let app: TestApp;
let secretariat: string;
let councillor: string;
let respondent: string;

async function post(token: string, body: unknown): Promise<string> {
  const response = await app.request('/api/annotations', { method: 'POST', token, json: body });
  expect(response.status).toBe(201);
  return ((await response.json()) as { id: string }).id;
}

const putNames = (token: string, json: unknown) => app.request('/api/digest/scrub-names', { method: 'PUT', token, json });

/** The text of a downloaded digest; for Word, every XML part of the file. */
async function download(format: string): Promise<string> {
  const response = await app.request(`/api/digest?format=${format}&pseudonymise=true`, { token: secretariat });
  expect(response.status).toBe(200);
  if (format !== 'docx') return response.text();
  const zip = await JSZip.loadAsync(Buffer.from(await response.arrayBuffer()));
  const parts = await Promise.all(Object.values(zip.files).filter((file) => file.name.endsWith('.xml')).map((file) => file.async('string')));
  return parts.join('\n');
}

beforeAll(async () => {
  app = createTestApp();
  secretariat = app.addUser({ name: 'Ilse Verbeek', role: 'secretariat', organisation: 'Secretariaat' });
  councillor = app.addUser({ name: 'Anna Jansen', role: 'councillor', organisation: 'Gemeente Utrecht' });
  respondent = app.addUser({ name: 'Ruben Smit', role: 'respondent', organisation: 'SVMN' });
  // Registered, but never writing anything: their names turn up only in others' remarks.
  app.addUser({ name: 'Gerrit Mulder', role: 'councillor', organisation: 'Woerden' });
  app.addUser({ name: 'Jan de Vries', role: 'partner', organisation: 'AKJ' });
  app.addUser({ name: 'Chris Bakker', role: 'partner', organisation: 'Veilig Thuis' });
  expect((await putNames(secretariat, { names: ['Sanne Eijkelboom'] })).status).toBe(200);

  const remark = (value: string) =>
    sampleAnnotation(REPORT, {
      body: [
        { type: 'TextualBody', value },
        { type: 'TextualBody', purpose: 'tagging', value: 'mulder-dossier' },
        { type: 'SpecificResource', purpose: 'classifying', source: 'goal-2' },
      ],
      target: { source: REPORT, selector: [{ type: 'TextQuoteSelector', exact: QUOTE }] },
    });
  const first = await post(councillor, remark('Zoals Gerrit Mulder al zei: Bakkers notitie over Sanne Eijkelboom klopt niet.'));
  await post(respondent, {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    type: 'Annotation',
    motivation: 'replying',
    body: { type: 'TextualBody', purpose: 'replying', value: "Eens met de Vries' punt en met Mulder." },
    target: first,
    visibility: 'round',
  });
  const responded = await app.request(`/api/annotations/${encodeURIComponent(first)}/response`, {
    method: 'PUT',
    token: respondent,
    json: { status: 'answered', text: 'Wij bespreken dit met De Vries en met sanne eijkelboom.' },
  });
  expect(responded.status).toBe(200);
});
afterAll(() => app.close());

describe('the pseudonymised digest', () => {
  it.each(['md', 'html', 'csv', 'json', 'docx'])('names nobody in remarks, replies, responses and tags (%s)', async (format) => {
    const text = await download(format);
    // The quoted passage is from the published report and stays as it is, also in the link to
    // it; take it out first.
    const withoutQuote = text.split(QUOTE).join('').split(encodeURIComponent(QUOTE)).join('');
    expect(withoutQuote.match(new RegExp(`.{0,40}(${NAMES.source}).{0,40}`, 'gi')) ?? []).toEqual([]);
    // Markdown escapes the brackets.
    const unescaped = text.replace(/\\\[/g, '[').replace(/\\\]/g, ']');
    for (const label of ['[Raadslid, Woerden]', '[Ketenpartner, Veilig Thuis]', '[Ketenpartner, AKJ]', '[naam]']) expect(unescaped).toContain(label);
  });

  it('keeps the quoted passage of the public report as it is', async () => {
    expect(await download('md')).toContain(QUOTE);
  });

  it('keeps the names in the digest with names, for internal use', async () => {
    const response = await app.request('/api/digest?format=md', { token: secretariat });
    expect(await response.text()).toContain('Zoals Gerrit Mulder al zei: Bakkers notitie over Sanne Eijkelboom klopt niet.');
  });
});

describe('GET and PUT /api/digest/scrub-names', () => {
  it('gives the secretariat the list, and refuses everyone else', async () => {
    const listed = await app.request('/api/digest/scrub-names', { token: secretariat });
    expect(listed.status).toBe(200);
    expect(await listed.json()).toEqual({ names: ['Sanne Eijkelboom'] });
    for (const token of [councillor, respondent]) {
      expect((await app.request('/api/digest/scrub-names', { token })).status).toBe(403);
      expect((await putNames(token, { names: [] })).status).toBe(403);
    }
  });

  it('replaces the list, white space tidied and a name given twice kept once, and audits only the count', async () => {
    const response = await putNames(secretariat, { names: ['  Sanne   Eijkelboom ', 'sanne eijkelboom', 'Tim Verhoef'] });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ names: ['Sanne Eijkelboom', 'Tim Verhoef'] });
    const audit = (await (await app.request('/api/audit', { token: secretariat })).json()) as { items?: unknown[] } | unknown[];
    const serialised = JSON.stringify(audit);
    expect(serialised).toContain('digest.scrub-names');
    expect(serialised).not.toContain('Verhoef');
  });

  it.each([
    ['no list', {}],
    ['a name that is not text', { names: [42] }],
    ['a name of one letter', { names: ['A'] }],
    ['a control character', { names: ['Tim\u0000Verhoef'] }],
    ['too many names', { names: Array.from({ length: 501 }, (_, index) => `Naam ${index}`) }],
  ])('refuses %s with the one error shape', async (_what, body) => {
    const response = await putNames(secretariat, body);
    expect(response.status).toBe(400);
    const json = (await response.json()) as { error: { code: string; message: string } };
    expect(json.error.code).toBeTruthy();
    expect(json.error.message).toBeTruthy();
  });
});
