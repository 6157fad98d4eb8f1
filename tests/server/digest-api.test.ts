import JSZip from 'jszip';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, sampleAnnotation, type TestApp } from '../helpers/test-app';

const SOURCES = ['https://www.svmn.nl/voortgang.html', 'https://raad.woerden.nl/brief.html', 'https://www.svmn.nl/reflectie.pdf'];
let app: TestApp;
let secretariat: string;
let councillor: string;
let partner: string;
let respondent: string;

async function post(token: string, body: unknown): Promise<string> {
  const response = await app.request('/api/annotations', { method: 'POST', token, json: body });
  expect(response.status).toBe(201);
  return ((await response.json()) as { id: string }).id;
}

const remark = (value: string, terms: string[], extra: Record<string, unknown> = {}) => ({
  body: [{ type: 'TextualBody', value }, ...terms.map((source) => ({ type: 'SpecificResource', purpose: 'classifying', source }))],
  ...extra,
});

beforeAll(async () => {
  app = createTestApp();
  secretariat = app.addUser({ name: 'Sanne Jansen', role: 'secretariat', organisation: 'Secretariaat' });
  councillor = app.addUser({ name: 'Anna de Vries', role: 'councillor', organisation: 'Gemeente Woerden' });
  partner = app.addUser({ name: 'Chris Bakker', role: 'partner', organisation: 'AKJ' });
  respondent = app.addUser({ name: 'Ruben Smit', role: 'respondent', organisation: 'SVMN' });
  const shared = await post(councillor, sampleAnnotation(SOURCES[0]!, remark('Gedeelde vraag over doel 2', ['goal-2'], { kind: 'question' })));
  await post(partner, sampleAnnotation(SOURCES[1]!, remark('=HYPERLINK("http://evil.example","klik")', ['action-1-4'])));
  await post(partner, sampleAnnotation(SOURCES[2]!, remark('<script>alert(1)</script> zorg', [], { kind: 'concern' })));
  await post(councillor, sampleAnnotation(SOURCES[0]!, remark('Privé notitie die nooit in de digest mag', ['goal-2'], { visibility: 'private' })));
  const hidden = await post(partner, sampleAnnotation(SOURCES[0]!, remark('Verborgen opmerking met persoonsgegevens', ['goal-1'])));
  await app.request(`/api/annotations/${encodeURIComponent(hidden)}/hide`, { method: 'POST', token: secretariat, json: { reason: 'AVG' } });
  await app.request(`/api/annotations/${encodeURIComponent(shared)}/response`, {
    method: 'PUT',
    token: respondent,
    json: { status: 'adopted', text: 'Wij nemen dit op in het koersprogramma.' },
  });
});
afterAll(() => app.close());

async function digest(format: string, extra = ''): Promise<Response> {
  return app.request(`/api/digest?format=${format}${extra}`, { token: secretariat });
}

describe('GET /api/digest', () => {
  it.each(['councillor', 'partner', 'respondent'])('refuses a %s', async (role) => {
    const token = { councillor, partner, respondent }[role]!;
    expect((await app.request('/api/digest?format=md', { token })).status).toBe(403);
  });

  it.each([
    ['md', 'text/markdown', '.md'],
    ['html', 'text/html', '.html'],
    ['csv', 'text/csv', '.csv'],
    ['json', 'application/ld+json', '.json'],
    ['docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', '.docx'],
  ])('serves %s as a download without private or hidden remarks', async (format, type, extension) => {
    const response = await digest(format);
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toContain(type);
    expect(response.headers.get('Content-Disposition')).toMatch(new RegExp(`^attachment; filename="kantlijn-digest-[a-z0-9-]+\\${extension}"$`));
    const bytes = Buffer.from(await response.arrayBuffer());
    const text = format === 'docx' ? await (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string') : bytes.toString('utf8');
    expect(text).toContain('Gedeelde vraag over doel 2');
    expect(text).not.toContain('Privé notitie');
    expect(text).not.toContain('Verborgen opmerking');
    expect(text).toContain('Wij nemen dit op in het koersprogramma.');
  });

  it('escapes script in HTML and neutralises formulas in CSV', async () => {
    const html = await (await digest('html')).text();
    expect(html).not.toContain('<script>alert(1)');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    const rows = parse((await (await digest('csv')).text()).replace(/^\uFEFF/, ''), { delimiter: ';', relax_column_count: true });
    const cells = rows.flat();
    expect(cells.some((cell) => cell.startsWith('=HYPERLINK'))).toBe(false);
    expect(cells).toContain(`'=HYPERLINK("http://evil.example","klik")`);
  });

  it('leaves out names when pseudonymised', async () => {
    for (const format of ['md', 'html', 'csv', 'json']) {
      const text = await (await digest(format, '&pseudonymise=true')).text();
      for (const name of ['Anna de Vries', 'Chris Bakker', 'Ruben Smit']) expect(text, `${format} ${name}`).not.toContain(name);
    }
    expect(await (await digest('md')).text()).toContain('Anna de Vries');
  });

  it('answers 400 for an unknown format and 404 for an unknown round', async () => {
    expect((await digest('pdf')).status).toBe(400);
    expect((await digest('md', '&round=nope')).status).toBe(404);
  });

  it('names each document in its index by its registered title, else by its short address, linked to the full one', async () => {
    const registered = await app.request('/api/documents', { method: 'POST', token: secretariat, json: { title: 'Reflectie op de veranderagenda', urls: [SOURCES[2]] } });
    expect(registered.status).toBe(201);
    const markdown = await (await digest('md')).text();
    const index = markdown.slice(markdown.lastIndexOf('Per document'));
    expect(index).toContain(`[Reflectie op de veranderagenda](<${SOURCES[2]}>)`);
    expect(index).toContain(`[raad.woerden.nl/brief.html](<${SOURCES[1]}>)`);
    const rows = parse<Record<string, string>>(await (await digest('csv')).text(), { columns: true, delimiter: ';', bom: true });
    expect(rows.find((row) => row.document === SOURCES[2])?.documenttitel).toBe('Reflectie op de veranderagenda');
  });
});
