import BetterSqlite3 from 'better-sqlite3';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { annotationPageSchema } from '../../shared/schemas/annotation';
import { createTempDir } from '../helpers/temp-dir';
import { launchWithExtension, storeSettings, type ExtensionBrowser } from './support/browser';
import { addUserWithCli, startServerProcess, type ServerProcess } from '../helpers/server-process';
import { annotate, selectText } from './support/page-actions';
import { startStaticServer } from './support/static-server';

const SENTENCE = 'In het najaar evalueren wij samen met de gemeenten of deze werkwijze de doorlooptijden werkelijk verkort.';

let temp: ReturnType<typeof createTempDir>;
let server: ServerProcess;
let site: Awaited<ReturnType<typeof startStaticServer>>;
let browser: ExtensionBrowser;
let token: string;

beforeAll(async () => {
  temp = createTempDir('kantlijn-e2e-');
  server = await startServerProcess(temp.dir);
  token = addUserWithCli(temp.dir, { role: 'councillor', name: 'Anna de Vries', org: 'Gemeente Woerden' });
  site = await startStaticServer(path.resolve(import.meta.dirname, '../../server/demo/reports'));
  browser = await launchWithExtension();
  await storeSettings(browser.worker, { serverUrl: server.url, token });
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
  await server?.stop();
  temp?.remove();
});

describe('annotating a web page with the built extension in Chromium', () => {
  it('saves a remark on a selected sentence, restores the highlight after a reload, and stores it on the server', async () => {
    const page = await browser.context.newPage();
    const reportUrl = `${site.url}/voortgangsrapportage-demo.html`;
    await page.goto(reportUrl);
    await page.locator('kantlijn-annotator').waitFor({ state: 'attached' });

    await selectText(page, SENTENCE);
    await page.getByRole('button', { name: 'Annoteren' }).click();
    await page.getByRole('textbox', { name: 'Opmerking' }).fill('Hoe wordt de doorlooptijd gemeten?');
    await page.getByRole('combobox', { name: 'Soort feedback' }).selectOption('question');
    await page.getByRole('checkbox', { name: /^2 Blijvend bouwen/ }).check();
    await page.getByRole('checkbox', { name: /^2\.2 Bijeenkomsten/ }).check();
    await page.getByRole('button', { name: 'Opslaan' }).click();

    const highlight = page.locator('[data-annotation-id]');
    await expect.poll(() => highlight.count(), { timeout: 15_000 }).toBeGreaterThan(0);
    const id = await highlight.first().getAttribute('data-annotation-id');
    // The id the server gave it: an IRI under the W3C container.
    expect(id).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/api\/annotations\/[0-9a-f-]{36}$/);

    await page.reload();
    const restored = page.locator(`[data-annotation-id="${id}"]`);
    await expect.poll(() => restored.count(), { timeout: 15_000 }).toBeGreaterThan(0);
    const restoredText = (await restored.allTextContents()).join('').replace(/\s+/g, ' ').trim();
    expect(restoredText).toBe(SENTENCE);
    await page.getByRole('button', { name: /^Kantlijn: 1 opmerking$/ }).click();
    const entry = page.getByRole('complementary', { name: 'Kantlijn' }).getByRole('article');
    await expect.poll(() => entry.getByText('Hoe wordt de doorlooptijd gemeten?').count()).toBe(1);
    expect(await entry.getByText('vraag', { exact: true }).count()).toBe(1);
    expect(await entry.getByText('2.2', { exact: true }).count()).toBe(1);

    const response = await fetch(`${server.url}/api/annotations?source=${encodeURIComponent(reportUrl)}`, {
      headers: { Authorization: `Bearer ${token}` },
    });
    const page1 = annotationPageSchema.parse(await response.json());
    expect(page1.items).toHaveLength(1);
    const [annotation] = page1.items;
    expect(annotation!.id).toBe(id);
    expect(annotation!.body).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ type: 'TextualBody', value: 'Hoe wordt de doorlooptijd gemeten?' }),
        { type: 'SpecificResource', purpose: 'classifying', source: `${server.url}/api/taxonomy/terms/goal-2` },
        { type: 'SpecificResource', purpose: 'classifying', source: `${server.url}/api/taxonomy/terms/action-2-2` },
      ]),
    );
    expect(annotation!.kind).toBe('question');
    const quote = typeof annotation!.target === 'string' ? undefined : annotation!.target.selector.find((s) => s.type === 'TextQuoteSelector');
    expect(quote && 'exact' in quote ? quote.exact.replace(/\s+/g, ' ').trim() : null).toBe(SENTENCE);

    const db = new BetterSqlite3(path.join(temp.dir, 'kantlijn.sqlite'), { readonly: true });
    const stored = db.prepare('SELECT count(*) AS n FROM annotations WHERE source = ?').get(reportUrl) as { n: number };
    db.close();
    expect(stored.n).toBe(1);
    await page.close();
  });
});

describe('the editor', () => {
  it('warns before saving a remark that holds a BSN, and saves kind, visibility and tags when confirmed', async () => {
    const page = await browser.context.newPage();
    const reportUrl = `${site.url}/voortgangsrapportage-demo.html`;
    await page.goto(reportUrl);
    await page.locator('kantlijn-annotator').waitFor({ state: 'attached' });
    await selectText(page, 'Drie werkgroepen leverden hun eindresultaten op.');
    await page.getByRole('button', { name: 'Annoteren' }).click();
    await page.getByRole('textbox', { name: 'Opmerking' }).fill('Geldt dit ook voor het kind met BSN 111222333?');
    await page.getByRole('combobox', { name: 'Soort feedback' }).selectOption('concern');
    await page.getByRole('searchbox', { name: 'Zoek op code of woorden' }).fill('lerend vermogen');
    await page.getByRole('checkbox', { name: /^3 Verstevigen/ }).check();
    await page.getByRole('textbox', { name: 'Labels' }).fill('werkgroepen, leren');
    await page.getByRole('radio', { name: 'mijn organisatie' }).check();
    await page.getByRole('button', { name: 'Opslaan' }).click();

    await expect.poll(() => page.getByRole('alert').textContent()).toContain('persoonsgegevens');
    expect(await page.locator('[data-annotation-id]').count()).toBe(1);
    await page.getByRole('button', { name: 'Toch opslaan' }).click();
    await expect.poll(() => page.locator('[data-annotation-id]').count(), { timeout: 15_000 }).toBe(2);

    const response = await fetch(`${server.url}/api/annotations?source=${encodeURIComponent(reportUrl)}&kind=concern`, {
      headers: { Authorization: `Bearer ${token}` },
    });
    const [saved] = annotationPageSchema.parse(await response.json()).items;
    expect(saved).toMatchObject({ kind: 'concern', visibility: 'organisation' });
    expect(saved!.body).toEqual(
      expect.arrayContaining([
        { type: 'SpecificResource', purpose: 'classifying', source: `${server.url}/api/taxonomy/terms/goal-3` },
        { type: 'TextualBody', purpose: 'tagging', value: 'werkgroepen' },
        { type: 'TextualBody', purpose: 'tagging', value: 'leren' },
      ]),
    );
    await page.close();
  });
});

describe('editing and deleting one’s own annotation', () => {
  it('edits through the sidebar, shows a conflict without losing the text, overwrites on request, and deletes', async () => {
    const page = await browser.context.newPage();
    const reportUrl = `${site.url}/voortgangsrapportage-demo.html`;
    const sentence = 'Jongeren gaven aan dat zij vaker willen horen wat er met hun feedback gebeurt.';
    await page.goto(reportUrl);
    await page.locator('kantlijn-annotator').waitFor({ state: 'attached' });
    await annotate(page, sentence, 'Eerste versie van mijn vraag.');
    const mark = page.locator('[data-annotation-id]', { hasText: 'Jongeren gaven aan' });
    await expect.poll(() => mark.count(), { timeout: 15_000 }).toBeGreaterThan(0);
    const id = (await mark.first().getAttribute('data-annotation-id'))!;

    await page.getByRole('button', { name: /^Kantlijn: / }).click();
    const sidebar = page.getByRole('complementary', { name: 'Kantlijn' });
    const card = sidebar.getByRole('article').filter({ hasText: 'Eerste versie van mijn vraag.' });
    await card.getByRole('button', { name: 'Bewerken' }).click();
    const editor = page.getByRole('dialog', { name: 'Bewerken' });
    await editor.getByRole('textbox', { name: 'Opmerking' }).fill('Tweede versie, op dit apparaat.');

    // Meanwhile the same user changes it elsewhere (another device): the stored version moves on.
    const path = `${server.url}/api/annotations/${encodeURIComponent(id)}`;
    const current = await fetch(path, { headers: { Authorization: `Bearer ${token}` } });
    const elsewhere = (await current.json()) as Record<string, unknown>;
    const changed = await fetch(path, {
      method: 'PUT',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json', 'If-Match': current.headers.get('ETag')! },
      body: JSON.stringify({ ...elsewhere, '@context': 'http://www.w3.org/ns/anno.jsonld', body: [{ type: 'TextualBody', value: 'Versie van elders.' }] }),
    });
    expect(changed.status).toBe(200);

    await editor.getByRole('button', { name: 'Opslaan' }).click();
    await expect.poll(() => editor.getByRole('alert').textContent()).toContain('intussen ergens anders gewijzigd');
    expect(await editor.getByRole('textbox', { name: 'Opmerking' }).inputValue()).toBe('Tweede versie, op dit apparaat.');
    await editor.getByRole('button', { name: 'Opslaan' }).click();
    await expect.poll(async () => ((await (await fetch(path, { headers: { Authorization: `Bearer ${token}` } })).json()) as { body: { value?: string }[] }).body[0]?.value).toBe(
      'Tweede versie, op dit apparaat.',
    );

    page.once('dialog', (dialog) => void dialog.accept());
    await sidebar.getByRole('article').filter({ hasText: 'Tweede versie' }).getByRole('button', { name: 'Verwijderen' }).click();
    await expect.poll(() => page.locator(`[data-annotation-id="${id}"]`).count(), { timeout: 15_000 }).toBe(0);
    expect((await fetch(path, { headers: { Authorization: `Bearer ${token}` } })).status).toBe(404);
    await page.close();
  });
});
