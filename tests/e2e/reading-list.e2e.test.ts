import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addUserWithCli, startServerProcess, type ServerProcess } from '../helpers/server-process';
import { createTempDir } from '../helpers/temp-dir';
import { postAnnotation } from './support/api';
import { seriousViolations } from './support/axe';
import { launchWithExtension, storeSettings, type ExtensionBrowser } from './support/browser';
import { GOAL_SENTENCE, printPdf, reportHtml } from './support/pdf-report';
import { startStaticServer } from './support/static-server';

let temp: ReturnType<typeof createTempDir>;
let server: ServerProcess;
let site: Awaited<ReturnType<typeof startStaticServer>>;
let browser: ExtensionBrowser;
let councillor: string;
let partner: string;
let secretariat: string;
let pdfUrl: string;

beforeAll(async () => {
  temp = createTempDir('kantlijn-reading-');
  server = await startServerProcess(temp.dir);
  councillor = addUserWithCli(temp.dir, { role: 'councillor', name: 'Anna de Vries', org: 'Gemeente Woerden' });
  partner = addUserWithCli(temp.dir, { role: 'partner', name: 'Chris Bakker', org: 'AKJ' });
  secretariat = addUserWithCli(temp.dir, { role: 'secretariat', name: 'Griffie', org: 'Secretariaat' });
  browser = await launchWithExtension();
  await storeSettings(browser.worker, { serverUrl: server.url, token: councillor });
  const folder = path.join(temp.dir, 'site');
  await mkdir(folder, { recursive: true });
  await printPdf(browser.context, reportHtml(), path.join(folder, 'voortgang.pdf'));
  site = await startStaticServer(folder);
  pdfUrl = `${site.url}/voortgang.pdf`;
  await register({ title: 'Voortgangsrapportage <najaar>', urls: [pdfUrl, 'https://www.svmn.nl/rapporten/voortgang'], publisher: 'SVMN', date: '2024-11-30' });
  await register({ title: 'Klachtenanalyse 2024', urls: ['https://www.svmn.nl/rapporten/klachten'] });
  for (const value of ['Hoe meten we dit?', 'Graag een tijdpad.']) {
    await postAnnotation(server.url, partner, { motivation: 'commenting', body: { type: 'TextualBody', value }, target: { source: pdfUrl, selector: [{ type: 'TextQuoteSelector', exact: GOAL_SENTENCE }] } });
  }
  await postAnnotation(server.url, councillor, { motivation: 'commenting', body: { type: 'TextualBody', value: 'Eigen vraag.' }, target: { source: 'https://www.svmn.nl/rapporten/voortgang', selector: [{ type: 'TextQuoteSelector', exact: 'Iets anders.' }] } });
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
  await server?.stop();
  temp?.remove();
});

async function register(document: Record<string, unknown>): Promise<void> {
  const response = await fetch(`${server.url}/api/documents`, { method: 'POST', headers: { Authorization: `Bearer ${secretariat}`, 'Content-Type': 'application/json' }, body: JSON.stringify(document) });
  if (response.status !== 201) throw new Error(`registering failed: ${response.status} ${await response.text()}`);
}

async function openOptions(): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${new URL(browser.worker.url()).host}/options.html`);
  await page.getByRole('heading', { name: /Leeslijst van de ronde|Reading list of the round/ }).waitFor();
  return page;
}

describe('the reading list in the options page', () => {
  it('lists the round’s reports with counts and what is new, opens a PDF in the viewer, and then has nothing new', async () => {
    const page = await openOptions();
    const list = page.getByRole('region', { name: 'Leeslijst van de ronde' });
    const report = list.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Voortgangsrapportage <najaar>' }) });
    await expect.poll(() => report.textContent(), { timeout: 15_000 }).toContain('3 opmerkingen · 1 van u · 2 nieuw sinds uw laatste bezoek');
    expect(await report.textContent()).toContain('Uitgegeven door SVMN, verschenen 30 november 2024');
    expect(await list.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Klachtenanalyse 2024' }) }).textContent()).toContain('0 opmerkingen');
    expect(await seriousViolations(page)).toEqual([]);

    // By keyboard: the title is a link; Enter opens the PDF in Kantlijn's viewer.
    const link = report.getByRole('link', { name: 'Voortgangsrapportage <najaar>' });
    await link.focus();
    const [viewer] = await Promise.all([browser.context.waitForEvent('page'), page.keyboard.press('Enter')]);
    await viewer.waitForLoadState();
    expect(new URL(viewer.url()).pathname).toBe('/viewer.html');
    expect(new URL(viewer.url()).searchParams.get('file')).toBe(pdfUrl);
    await expect.poll(() => viewer.locator('[data-annotation-id]').count(), { timeout: 30_000 }).toBeGreaterThan(0);
    await viewer.close();

    await page.reload();
    await expect.poll(() => page.getByRole('region', { name: 'Leeslijst van de ronde' }).getByRole('listitem').first().textContent(), { timeout: 15_000 }).toMatch(/^Voortgangsrapportage <najaar>.*3 opmerkingen · 1 van u(?! · 2 nieuw)/);
    await page.close();
  });

  it('speaks English when English is chosen', async () => {
    await storeSettings(browser.worker, { serverUrl: server.url, token: councillor, language: 'en' });
    const page = await openOptions();
    const list = page.getByRole('region', { name: 'Reading list of the round' });
    await expect.poll(() => list.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Klachtenanalyse 2024' }) }).textContent(), { timeout: 15_000 }).toContain('0 remarks · not opened yet');
    expect(await list.getByRole('link', { name: 'web page (www.svmn.nl)', exact: true }).count()).toBe(1);
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });
});
