import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addUserWithCli, startServerProcess, type ServerProcess } from '../helpers/server-process';
import { createTempDir } from '../helpers/temp-dir';
import { postAnnotation } from './support/api';
import { seriousViolations } from './support/axe';
import { launchWithExtension, storeSettings, type ExtensionBrowser } from './support/browser';
import { startStaticServer } from './support/static-server';

const FIRST = 'Met de lokale teams zijn afspraken gemaakt over een vast aanspreekpunt per gemeente.';
const SECOND = 'Drie werkgroepen leverden hun eindresultaten op.';
const THIRD = 'De wachtlijst voor de jeugdbescherming is in het derde kwartaal korter geworden.';
const ROUTE_TWO = 'Op deze tweede pagina staat het verslag van de klankbordgroep.';

/** A report page of our own, and a single-page site that swaps its content without a page load. */
const PAGES: Record<string, string> = {
  'rapport.html': `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Voortgang</title></head><body><main><h1>Voortgang</h1><p>${FIRST}</p><p>${SECOND}</p><p>${THIRD}</p></main></body></html>`,
  'app.html': `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Rapportensite</title></head><body><main id="app"></main><script>
    const routes = { een: '<h1>Deel een</h1><p>${FIRST}</p>', twee: '<h1>Deel twee</h1><p>${ROUTE_TWO}</p>' };
    // Like a single-page site: each route replaces the content; the first arrives a second late.
    window.showRoute = (name) => { document.getElementById('app').innerHTML = routes[name]; };
    setTimeout(() => window.showRoute('een'), 1000);
  </script></body></html>`,
};

let temp: ReturnType<typeof createTempDir>;
let server: ServerProcess;
let site: Awaited<ReturnType<typeof startStaticServer>>;
let browser: ExtensionBrowser;
let councillor: string;
let partner: string;

beforeAll(async () => {
  temp = createTempDir('kantlijn-incremental-');
  const dir = path.join(temp.dir, 'site');
  mkdirSync(dir);
  for (const [name, html] of Object.entries(PAGES)) writeFileSync(path.join(dir, name), html);
  site = await startStaticServer(dir);
  server = await startServerProcess(path.join(temp.dir, 'data'));
  councillor = addUserWithCli(path.join(temp.dir, 'data'), { role: 'councillor', name: 'Anna de Vries', org: 'Gemeente Woerden' });
  partner = addUserWithCli(path.join(temp.dir, 'data'), { role: 'partner', name: 'Chris Bakker', org: 'AKJ' });
  browser = await launchWithExtension();
  await storeSettings(browser.worker, { serverUrl: server.url, token: councillor });
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
  await server?.stop();
  temp?.remove();
});

function remarkOn(url: string, exact: string, remark: string): Record<string, unknown> {
  return { motivation: 'commenting', body: { type: 'TextualBody', value: remark }, target: { source: url, selector: [{ type: 'TextQuoteSelector', exact }] } };
}

async function openPage(url: string): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(url);
  await page.locator('kantlijn-annotator').waitFor({ state: 'attached' });
  return page;
}

const highlightText = (page: Page, id: string) =>
  page.evaluate((wanted) => [...document.querySelectorAll(`[data-annotation-id="${CSS.escape(wanted)}"]`)].map((mark) => mark.textContent).join(''), id);

describe('highlights drawn one annotation at a time', () => {
  it('adds a live update from another user without drawing the others again, and keeps focus where it was', async () => {
    const url = `${site.url}/rapport.html`;
    const first = await postAnnotation(server.url, councillor, remarkOn(url, FIRST, 'Welke gemeenten?'));
    const second = await postAnnotation(server.url, councillor, remarkOn(url, SECOND, 'Welke werkgroepen?'));
    const page = await openPage(url);
    await expect.poll(() => page.locator('[data-annotation-id]').count(), { timeout: 15_000 }).toBe(2);

    // Tag the elements drawn now (attributes are not what Kantlijn watches), and put focus on one.
    await page.evaluate(() => document.querySelectorAll('[data-annotation-id]').forEach((mark) => mark.setAttribute('data-probe', mark.getAttribute('data-annotation-id')!)));
    await page.locator(`[data-annotation-id="${first}"]`).focus();

    const third = await postAnnotation(server.url, partner, remarkOn(url, THIRD, 'Hoeveel korter?'));
    await expect.poll(() => highlightText(page, third), { timeout: 20_000 }).toBe(THIRD);
    // Positive control for the probe: the new highlight has none.
    expect(await page.locator(`[data-annotation-id="${third}"][data-probe]`).count()).toBe(0);
    for (const id of [first, second]) expect(await page.locator(`[data-annotation-id="${id}"][data-probe="${id}"]`).count()).toBe(1);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-annotation-id') ?? null)).toBe(first);

    // Still reachable by keyboard: Tab goes from the focused highlight on to the next one.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-annotation-id') ?? null)).toBe(second);
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });
});

describe('pages that render late or replace their content', () => {
  it('highlights a passage that arrives a second late, and again after a single-page site swaps it out and back', async () => {
    const url = `${site.url}/app.html`;
    const one = await postAnnotation(server.url, councillor, remarkOn(url, FIRST, 'Op deel een.'));
    const two = await postAnnotation(server.url, councillor, remarkOn(url, ROUTE_TWO, 'Op deel twee.'));
    const page = await openPage(url);
    await expect.poll(() => highlightText(page, one), { timeout: 15_000 }).toBe(FIRST);
    expect(await page.locator(`[data-annotation-id="${two}"]`).count()).toBe(0);

    await page.evaluate(() => (window as unknown as { showRoute(name: string): void }).showRoute('twee'));
    await expect.poll(() => highlightText(page, two), { timeout: 15_000 }).toBe(ROUTE_TWO);
    expect(await page.locator(`[data-annotation-id="${one}"]`).count()).toBe(0);

    await page.evaluate(() => (window as unknown as { showRoute(name: string): void }).showRoute('een'));
    await expect.poll(() => highlightText(page, one), { timeout: 15_000 }).toBe(FIRST);
    // The sidebar lists what this version has: deel een found, deel twee not.
    await page.getByRole('button', { name: /^Kantlijn: / }).click();
    const orphans = page.getByRole('region', { name: 'Niet teruggevonden in deze versie' });
    await expect.poll(() => orphans.getByText('Op deel twee.').count(), { timeout: 15_000 }).toBe(1);
    await page.close();
  });
});
