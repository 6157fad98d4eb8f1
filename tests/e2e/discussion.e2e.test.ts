import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addUserWithCli, startServerProcess, type ServerProcess } from '../helpers/server-process';
import { createTempDir } from '../helpers/temp-dir';
import { launchWithExtension, storeSettings, type ExtensionBrowser } from './support/browser';
import { postAnnotation } from './support/api';
import { annotate } from './support/page-actions';
import { startStaticServer } from './support/static-server';

const SHARED = 'Met de lokale teams zijn afspraken gemaakt over een vast aanspreekpunt per gemeente.';
const PRIVATE = 'Drie werkgroepen leverden hun eindresultaten op.';

let temp: ReturnType<typeof createTempDir>;
let server: ServerProcess;
let site: Awaited<ReturnType<typeof startStaticServer>>;
let councillor: ExtensionBrowser;
let partner: ExtensionBrowser;
let councillorToken: string;

beforeAll(async () => {
  temp = createTempDir('kantlijn-discussion-');
  server = await startServerProcess(temp.dir);
  councillorToken = addUserWithCli(temp.dir, { role: 'councillor', name: 'Anna de Vries', org: 'Gemeente Woerden' });
  const partnerToken = addUserWithCli(temp.dir, { role: 'partner', name: 'Chris Bakker', org: 'AKJ' });
  site = await startStaticServer(path.resolve(import.meta.dirname, '../../server/demo/reports'));
  councillor = await launchWithExtension();
  partner = await launchWithExtension();
  await storeSettings(councillor.worker, { serverUrl: server.url, token: councillorToken });
  await storeSettings(partner.worker, { serverUrl: server.url, token: partnerToken });
});
afterAll(async () => {
  await councillor?.close();
  await partner?.close();
  await site?.close();
  await server?.stop();
  temp?.remove();
});

async function open(browser: ExtensionBrowser, url: string): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(url);
  await page.locator('kantlijn-annotator').waitFor({ state: 'attached' });
  return page;
}

describe('discussing a report: councillor and partner', () => {
  it('shares an annotation with the partner, who replies; the councillor sees the reply live; a private one stays private', async () => {
    const url = `${site.url}/voortgangsrapportage-demo.html`;
    const anna = await open(councillor, url);
    await annotate(anna, SHARED, 'Welke gemeenten doen al mee?', /^2 Blijvend bouwen/);
    await expect.poll(() => anna.locator('[data-annotation-id]').count(), { timeout: 15_000 }).toBe(1);

    // A private note: made through the API with the councillor's token, as the editor's visibility choice would.
    const privateId = await postAnnotation(server.url, councillorToken, {
      motivation: 'commenting',
      visibility: 'private',
      body: { type: 'TextualBody', value: 'Eigen notitie: navragen bij de wethouder.' },
      target: { source: url, selector: [{ type: 'TextQuoteSelector', exact: PRIVATE }] },
    });
    await anna.reload();
    await expect.poll(() => anna.locator(`[data-annotation-id="${privateId}"]`).count(), { timeout: 15_000 }).toBeGreaterThan(0);

    const chris = await open(partner, url);
    await expect.poll(() => chris.locator('[data-annotation-id]').count(), { timeout: 15_000 }).toBe(1);
    expect(await chris.locator(`[data-annotation-id="${privateId}"]`).count()).toBe(0);
    await chris.getByRole('button', { name: /^Kantlijn: 1 opmerking$/ }).click();
    const sidebar = chris.getByRole('complementary', { name: 'Kantlijn' });
    await expect.poll(() => sidebar.getByText('Welke gemeenten doen al mee?').count()).toBe(1);
    expect(await sidebar.getByText('Eigen notitie').count()).toBe(0);

    await anna.getByRole('button', { name: /^Kantlijn: 2 opmerkingen$/ }).click();
    const annaSidebar = anna.getByRole('complementary', { name: 'Kantlijn' });
    await expect.poll(() => annaSidebar.getByText('Eigen notitie: navragen bij de wethouder.').count()).toBe(1);

    await sidebar.getByRole('button', { name: 'Reageren' }).click();
    await sidebar.getByRole('textbox', { name: 'Reactie' }).fill('Utrecht en Woerden, de rest volgt in het voorjaar.');
    await sidebar.getByRole('button', { name: 'Versturen' }).click();
    await expect.poll(() => sidebar.getByText('Utrecht en Woerden, de rest volgt in het voorjaar.').count(), { timeout: 15_000 }).toBe(1);

    // The councillor did not reload: the reply arrives through the live event stream.
    await expect.poll(() => annaSidebar.getByText('Utrecht en Woerden, de rest volgt in het voorjaar.').count(), { timeout: 20_000 }).toBe(1);

    // SVMN answers the remark (the response loop); it shows in the thread, also live.
    const sharedId = await anna.locator('[data-annotation-id]').first().getAttribute('data-annotation-id');
    const respondent = addUserWithCli(temp.dir, { role: 'respondent', name: 'Ruben Smit', org: 'Samen Veilig Midden-Nederland' });
    const answered = await fetch(`${server.url}/api/annotations/${encodeURIComponent(sharedId!)}/response`, {
      method: 'PUT',
      headers: { Authorization: `Bearer ${respondent}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ status: 'adopted', text: 'Alle gemeenten doen mee vanaf maart.' }),
    });
    expect(answered.status).toBe(200);
    await expect.poll(() => annaSidebar.getByText('Alle gemeenten doen mee vanaf maart.').count(), { timeout: 20_000 }).toBe(1);
    expect(await annaSidebar.getByText(/Antwoord SVMN \(overgenomen\)/).count()).toBe(1);
  });

  it('lists an annotation whose passage was removed as an orphan, with no highlight anywhere', async () => {
    const url = `${site.url}/voortgangsrapportage-demo.html`;
    const orphanId = await postAnnotation(server.url, councillorToken, {
      motivation: 'commenting',
      body: { type: 'TextualBody', value: 'Deze zin is uit de nieuwe versie verdwenen.' },
      target: {
        source: url,
        selector: [{ type: 'TextQuoteSelector', exact: 'De wachtlijst is in het derde kwartaal volledig weggewerkt door extra inzet van alle regioteams.' }],
      },
    });
    const page = await open(councillor, url);
    await expect.poll(() => page.getByRole('status').filter({ hasText: '1 opmerking kon niet in deze versie' }).count(), { timeout: 15_000 }).toBe(1);
    expect(await page.locator(`[data-annotation-id="${orphanId}"]`).count()).toBe(0);
    await page.getByRole('button', { name: /^Kantlijn: / }).click();
    const orphans = page.getByRole('region', { name: 'Niet teruggevonden in deze versie' });
    await expect.poll(() => orphans.getByText('Deze zin is uit de nieuwe versie verdwenen.').count()).toBe(1);
    expect(await orphans.getByText(/De wachtlijst is in het derde kwartaal/).count()).toBe(1);
  });
});

describe('pages that render late', () => {
  it('anchors an annotation once the report text arrives, and opens the sidebar at it when its highlight is clicked', async () => {
    const url = `${site.url}/late-rendered-demo.html`;
    const sentence = 'Het nakomen van afspraken uit klachtgesprekken blijkt soms een moeizaam proces.';
    const id = await postAnnotation(server.url, councillorToken, {
      motivation: 'commenting',
      kind: 'concern',
      body: { type: 'TextualBody', value: 'Wie bewaakt die afspraken?' },
      target: { source: url, selector: [{ type: 'TextQuoteSelector', exact: sentence }] },
    });
    const page = await open(councillor, url);
    const mark = page.locator(`[data-annotation-id="${id}"]`);
    await expect.poll(() => mark.count(), { timeout: 15_000 }).toBeGreaterThan(0);
    const description = await mark.first().evaluate((element) => document.getElementById(element.getAttribute('aria-describedby') ?? '')?.textContent ?? '');
    expect(description).toContain('Wie bewaakt die afspraken?');

    await mark.first().click();
    const sidebar = page.getByRole('complementary', { name: 'Kantlijn' });
    await expect.poll(() => sidebar.getByText('Wie bewaakt die afspraken?').count()).toBe(1);
  });
});
