import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addUserWithCli, startServerProcess, type ServerProcess } from '../helpers/server-process';
import { createTempDir } from '../helpers/temp-dir';
import { postAnnotation } from './support/api';
import { seriousViolations } from './support/axe';
import { launchWithExtension, storeSettings, type ExtensionBrowser } from './support/browser';
import { startStaticServer } from './support/static-server';

const PARAGRAPHS = [
  'De meldingsbereidheid van professionals in de regio is in 2024 verder gestegen.',
  'Na de reünie met cliënten besloot de stuurgroep de spiegelbijeenkomsten voort te zetten.',
  'De wachttijden voor specialistische jeugdhulp zijn in de meeste gemeenten gedaald.',
];

let temp: ReturnType<typeof createTempDir>;
let server: ServerProcess;
let site: Awaited<ReturnType<typeof startStaticServer>>;
let browser: ExtensionBrowser;
let url: string;
const ids: Record<string, string> = {};
let bramToken = '';

const remarkOn = (n: number, text: string, visibility = 'round') => ({
  motivation: 'commenting',
  visibility,
  body: [{ type: 'TextualBody', purpose: 'commenting', value: text }],
  target: { source: url, selector: [{ type: 'TextQuoteSelector', exact: PARAGRAPHS[n] }] },
});

beforeAll(async () => {
  temp = createTempDir('kantlijn-search-e2e-');
  server = await startServerProcess(temp.dir);
  writeFileSync(path.join(temp.dir, 'rapport.html'), `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Voortgang</title></head><body><main><h1>Voortgang</h1>${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}</main></body></html>`);
  site = await startStaticServer(temp.dir);
  url = `${site.url}/rapport.html`;
  const anna = addUserWithCli(temp.dir, { role: 'councillor', name: 'Anna de Vries', org: 'Gemeente Woerden' });
  const bram = addUserWithCli(temp.dir, { role: 'partner', name: 'Bram Mulder', org: 'AKJ' });
  bramToken = bram;
  ids.markup = await postAnnotation(server.url, bram, remarkOn(0, 'Klopt dit? <b>Meldingsbereidheid</b> & <img src=x onerror=alert(1)> stijgt niet overal.'));
  ids.reunie = await postAnnotation(server.url, bram, remarkOn(1, 'Goed dat de reünie doorgaat.'));
  ids.private = await postAnnotation(server.url, bram, remarkOn(2, 'Eigen notitie over wachttijden.', 'private'));
  browser = await launchWithExtension();
  await storeSettings(browser.worker, { serverUrl: server.url, token: anna });
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
  await server?.stop();
  temp?.remove();
});

async function openSidebar(): Promise<{ page: Page; sidebar: Locator; box: Locator }> {
  const page = await browser.context.newPage();
  await page.goto(url);
  await page.getByRole('button', { name: 'Kantlijn: 2 opmerkingen' }).click({ timeout: 30_000 });
  const sidebar = page.getByRole('complementary', { name: 'Kantlijn' });
  const box = sidebar.getByRole('searchbox', { name: 'Zoeken in de opmerkingen bij dit document' });
  await box.waitFor();
  return { page, sidebar, box };
}

describe('the search box in the sidebar, in Chromium', () => {
  it('finds remarks on this document by the start of a word, shows the words marked and any markup as text', async () => {
    const { page, sidebar, box } = await openSidebar();
    await box.fill('meldingsbereid');
    await box.press('Enter');
    const results = sidebar.getByRole('list').filter({ has: page.locator('.search-result') });
    await sidebar.getByText('1 opmerking gevonden').waitFor();
    const marks = results.locator('mark');
    // Marked in the remark and in the quoted passage, each under its own heading.
    expect(await marks.allTextContents()).toEqual(['Meldingsbereidheid', 'meldingsbereidheid']);
    expect(await results.locator('dt').allTextContents()).toEqual(['Opmerking', 'Passage']);
    // The remark's own markup is shown as the characters it is, never as elements.
    const shown = await results.locator('dd').first().textContent();
    expect(shown).toContain('<b>Meldingsbereidheid</b> & <img src=x onerror=alert(1)>');
    expect(await results.locator('b, img').count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });

  it('explains how to search in plain words: the hint describes the box, and the further tips open by keyboard', async () => {
    const { page, sidebar, box } = await openSidebar();
    const description = await box.evaluate((input) => {
      const root = input.getRootNode() as Document | ShadowRoot;
      return root.getElementById(input.getAttribute('aria-describedby') ?? '')?.textContent ?? '';
    });
    expect(description).toBe('Typ een of meer woorden. Alleen opmerkingen van één persoon of organisatie? Typ door: en de naam, bijvoorbeeld door:Woerden.');
    const tip = sidebar.getByText('zoekt alleen in de tekst uit het rapport die iemand markeerde', { exact: false });
    expect(await tip.isVisible()).toBe(false);
    await sidebar.getByText('Meer zoektips', { exact: true }).focus();
    await page.keyboard.press('Enter');
    await tip.waitFor();
    expect(await sidebar.locator('.search-tips code').allTextContents()).toContain('citaat:wachttijd');
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });

  it('folds diacritics, says when nothing is found, and never finds someone else’s private note', async () => {
    const { sidebar, box, page } = await openSidebar();
    await box.fill('reunie');
    await box.press('Enter');
    await sidebar.getByText('1 opmerking gevonden').waitFor();
    expect(await sidebar.locator('.search-result mark').allTextContents()).toEqual(['reünie', 'reünie']);
    // Positive control: the same search does find the note for its author.
    const own = await fetch(`${server.url}/api/annotations?q=wachttijden&source=${encodeURIComponent(url)}`, { headers: { Authorization: `Bearer ${bramToken}` } });
    expect(((await own.json()) as { items: { id: string }[] }).items.map((item) => item.id)).toEqual([ids.private]);
    await box.fill('wachttijden');
    await sidebar.getByRole('button', { name: 'Zoeken', exact: true }).click();
    await sidebar.getByText('Niets gevonden voor „wachttijden”', { exact: false }).waitFor();
    expect(await sidebar.locator('.search-result').count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });

  it('works by keyboard: Escape clears the search first, then closes the sidebar', async () => {
    const { page, sidebar, box } = await openSidebar();
    await box.focus();
    await page.keyboard.type('reünie');
    await page.keyboard.press('Enter');
    await sidebar.getByText('1 opmerking gevonden').waitFor();
    await page.keyboard.press('Escape');
    expect(await box.inputValue()).toBe('');
    expect(await sidebar.getByText('1 opmerking gevonden').count()).toBe(0);
    expect(await sidebar.isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Kantlijn: 2 opmerkingen' }).waitFor();
    await page.close();
  });

  it('opens a result at its passage', async () => {
    const { page, sidebar, box } = await openSidebar();
    await box.fill('reunie');
    await box.press('Enter');
    await sidebar.locator('.search-result').getByRole('button', { name: 'Toon in tekst' }).click();
    const focusedId = await page.waitForFunction(() => {
      const active = document.activeElement;
      return active?.getAttribute('data-annotation-id') ?? null;
    });
    expect(await focusedId.jsonValue()).toBe(ids.reunie);
    await page.close();
  });
});
