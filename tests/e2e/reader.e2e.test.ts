import { cpSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTempDir } from '../helpers/temp-dir';
import { addUserWithCli, startServerProcess, type ServerProcess } from '../helpers/server-process';
import { postAnnotation, listAnnotations } from './support/api';
import { seriousViolations } from './support/axe';
import { chromiumPath } from './support/browser';
import { annotate, selectText } from './support/page-actions';
import { GOAL_SENTENCE, printPdf, reportHtml } from './support/pdf-report';
import { waitForTextLayer } from './support/pdf-actions';
import { startStaticServer } from './support/static-server';

// Kantlijn's reader in a Chromium without the extension: the invitation opened in the browser,
// reports served on loopback and opened through /lezen, annotated and answered, sharing one set
// of remarks with what others wrote through the API (as the extension does).
const SENTENCE = 'In het najaar evalueren wij samen met de gemeenten of deze werkwijze de doorlooptijden werkelijk verkort.';
const PARTNER_SENTENCE = 'Drie werkgroepen leverden hun eindresultaten op.';

let temp: ReturnType<typeof createTempDir>;
let server: ServerProcess;
let site: Awaited<ReturnType<typeof startStaticServer>>;
let browser: Browser;
let context: BrowserContext;
let secretariat: string;
let partner: string;

beforeAll(async () => {
  temp = createTempDir('kantlijn-reader-e2e-');
  // The reports are served on loopback, which the reader refuses unless the host is listed.
  server = await startServerProcess(temp.dir, { READER_HOSTS: '127.0.0.1' });
  secretariat = addUserWithCli(temp.dir, { role: 'secretariat', name: 'Sanne Bakker', org: 'Secretariaat' });
  partner = addUserWithCli(temp.dir, { role: 'partner', name: 'Chris Jansen', org: 'Veilig Thuis' });
  browser = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
  context = await browser.newContext({ locale: 'nl-NL' });
  cpSync(path.resolve(import.meta.dirname, '../../server/demo/reports'), path.join(temp.dir, 'site'), { recursive: true });
  await printPdf(context, reportHtml(), path.join(temp.dir, 'site', 'rapport.pdf'));
  site = await startStaticServer(path.join(temp.dir, 'site'));
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
  await server?.stop();
  temp?.remove();
});

async function invitationLink(): Promise<string> {
  const response = await fetch(`${server.url}/api/invites`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${secretariat}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ role: 'councillor', organisation: 'Gemeente Woerden' }),
  });
  return ((await response.json()) as { link: string }).link;
}

async function signInThroughInvitation(page: Page, name: string): Promise<void> {
  await page.goto(await invitationLink());
  await page.getByLabel('Naam').fill(name);
  await page.getByRole('button', { name: 'Lezen in de browser' }).click();
  await page.waitForURL(/\/lezen$/);
}

async function openInReader(page: Page, url: string): Promise<void> {
  await page.goto(`${server.url}/lezen?url=${encodeURIComponent(url)}`);
  await page.locator('kantlijn-annotator').waitFor({ state: 'attached', timeout: 30_000 });
}

describe('the reader in the browser, without the extension', () => {
  let page: Page;
  const reportUrl = () => `${site.url}/voortgangsrapportage-demo.html`;

  it('signs in through the invitation page and opens a report from the start page', async () => {
    page = await context.newPage();
    await signInThroughInvitation(page, 'Anna de Vries');
    expect(await page.getByText('U bent aangemeld als Anna de Vries').count()).toBe(1);
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByLabel('Adres van het rapport').fill(reportUrl());
    await page.getByRole('button', { name: 'Openen in Kantlijn' }).click();
    await page.locator('kantlijn-annotator').waitFor({ state: 'attached', timeout: 30_000 });
    expect(await page.getByRole('region', { name: 'Kantlijn: kopie van het rapport' }).getByRole('link', { name: 'Origineel openen' }).getAttribute('href')).toBe(reportUrl());
  });

  it('shows a remark made through the API on the same report, and lets the reader annotate and reply', async () => {
    const partnerId = await postAnnotation(server.url, partner, {
      motivation: 'commenting',
      body: [{ type: 'TextualBody', purpose: 'commenting', value: 'Wat leverden ze precies op?', format: 'text/plain', language: 'nl' }],
      target: { source: reportUrl(), selector: [{ type: 'TextQuoteSelector', exact: PARTNER_SENTENCE }] },
      visibility: 'round',
    });
    await openInReader(page, reportUrl());
    await expect.poll(() => page.locator(`[data-annotation-id="${partnerId}"]`).count(), { timeout: 15_000 }).toBeGreaterThan(0);

    await annotate(page, SENTENCE, 'Hoe wordt de doorlooptijd gemeten?');
    await expect.poll(() => page.locator('[data-annotation-id]').count(), { timeout: 15_000 }).toBeGreaterThan(1);
    const stored = await listAnnotations(server.url, partner, reportUrl());
    const mine = stored.find((annotation) => annotation.creator?.name === 'Anna de Vries');
    expect(mine).toBeDefined();
    expect(await page.locator(`[data-annotation-id="${mine!.id}"]`).count()).toBeGreaterThan(0);

    await page.getByRole('button', { name: /^Kantlijn: 2 opmerkingen$/ }).click();
    const sidebar = page.getByRole('complementary', { name: 'Kantlijn' });
    const partnerCard = sidebar.getByRole('article').filter({ hasText: 'Wat leverden ze precies op?' });
    await partnerCard.getByRole('button', { name: 'Reageren' }).click();
    await sidebar.getByRole('textbox', { name: 'Reactie' }).fill('Dat staat in bijlage 2.');
    await sidebar.getByRole('button', { name: 'Versturen' }).click();
    await expect.poll(async () => (await listAnnotations(server.url, partner, reportUrl())).some((annotation) => annotation.target === partnerId), { timeout: 15_000 }).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('opens a PDF report in the viewer and annotates a passage on it', async () => {
    const pdfUrl = `${site.url}/rapport.pdf`;
    await openInReader(page, pdfUrl);
    await waitForTextLayer(page, 1);
    await selectText(page, GOAL_SENTENCE);
    await page.getByRole('button', { name: 'Annoteren' }).click();
    await page.getByRole('textbox', { name: 'Opmerking' }).fill('Wanneer is dit doel bereikt?');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await expect.poll(() => page.locator('[data-annotation-id]').count(), { timeout: 15_000 }).toBeGreaterThan(0);
    const stored = await listAnnotations(server.url, partner, pdfUrl);
    expect(stored.map((annotation) => typeof annotation.target === 'string' ? null : annotation.target.source)).toContain(pdfUrl);
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('refuses a document on a host that is not listed, with its explanation', async () => {
    await page.goto(`${server.url}/lezen?url=${encodeURIComponent('http://127.0.0.2:9/rapport.html')}`);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Dit document staat niet op de leeslijst');
    expect(await seriousViolations(page)).toEqual([]);
  });
});
