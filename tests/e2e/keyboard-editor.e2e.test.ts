import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addUserWithCli, startServerProcess, type ServerProcess } from '../helpers/server-process';
import { createTempDir } from '../helpers/temp-dir';
import { listAnnotations } from './support/api';
import { axeViolations, seriousOnes } from './support/axe';
import { launchWithExtension, storeSettings, type ExtensionBrowser } from './support/browser';
import { focused, liveRegionText, selectedText, tabUntil } from './support/in-page-ui';
import { startStaticServer } from './support/static-server';

const FIRST = 'De cliëntambassadeurs hebben in deze periode zes bijeenkomsten met jongeren georganiseerd (actie 1.1).';
const SECOND = 'Jongeren gaven aan dat zij vaker willen horen wat er met hun feedback gebeurt.';
const REMARK = 'Hoe horen jongeren wat er met hun feedback gebeurt?';

let temp: ReturnType<typeof createTempDir>;
let server: ServerProcess;
let site: Awaited<ReturnType<typeof startStaticServer>>;
let browser: ExtensionBrowser;
let token: string;
let reportUrl: string;

beforeAll(async () => {
  temp = createTempDir('kantlijn-keyboard-');
  server = await startServerProcess(temp.dir);
  token = addUserWithCli(temp.dir, { role: 'councillor', name: 'Anna de Vries', org: 'Gemeente Woerden' });
  site = await startStaticServer(path.resolve(import.meta.dirname, '../../server/demo/reports'));
  reportUrl = `${site.url}/voortgangsrapportage-demo.html`;
  browser = await launchWithExtension();
  await storeSettings(browser.worker, { serverUrl: server.url, token });
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
  await server?.stop();
  temp?.remove();
});

describe('a councillor who uses only the keyboard, in Chromium', () => {
  it('selects by sentence, writes a remark with a term, hears it saved, and reaches and opens the highlight', async () => {
    const page = await browser.context.newPage();
    await page.goto(reportUrl);
    await page.locator('kantlijn-annotator').waitFor({ state: 'attached' });
    await page.getByRole('button', { name: /^Kantlijn:/ }).waitFor();

    // Reading position: Tab to the link in the paragraph about goal 1.
    await tabUntil(page, (state) => state.name === 'jongerenraad');
    await page.keyboard.press('Alt+Shift+ArrowRight');
    await expect.poll(() => selectedText(page)).toBe(FIRST);
    await expect.poll(() => liveRegionText(page)).toContain(`Geselecteerd: ${FIRST}`);
    await page.keyboard.press('Alt+Shift+ArrowRight');
    await expect.poll(() => selectedText(page)).toBe(`${FIRST} ${SECOND}`);
    await page.keyboard.press('Alt+Shift+ArrowLeft');
    await expect.poll(() => selectedText(page)).toBe(FIRST);
    // A keyboard selection shows the toolbar, in a named region.
    await page.getByRole('region', { name: 'Kantlijn: selectie' }).getByRole('button', { name: 'Annoteren' }).waitFor();
    const findings = await axeViolations(page);
    expect(seriousOnes(findings)).toEqual([]);
    // The toolbar sits in a named region, so axe's landmark rule has nothing to say either.
    expect(findings.map((finding) => finding.id)).not.toContain('region');

    await page.keyboard.press('Alt+Shift+A');
    const dialog = page.getByRole('dialog', { name: 'Annoteren' });
    await dialog.waitFor();
    expect(await dialog.getAttribute('aria-modal')).toBe('true');
    await expect.poll(async () => (await focused(page)).tag).toBe('textarea');
    await page.keyboard.type(REMARK);
    // To the term search, find the term, into the list, tick it with Space.
    await tabUntil(page, (state) => state.tag === 'input' && state.name === 'Zoek op code of woorden');
    await page.keyboard.type('bijeenkomsten');
    await page.keyboard.press('Tab');
    expect((await focused(page)).name).toMatch(/^1\.2 Organiseren dialoogbijeenkomsten/);
    // The arrow keys move within the list; it is a single tab stop.
    await tabUntil(page, (state) => /^2\.2 Bijeenkomsten/.test(state.name), 5, 'ArrowDown');
    await page.keyboard.press('Space');
    await dialog.getByRole('button', { name: /^2\.2 Bijeenkomsten.* verwijderen$/ }).waitFor();
    // Searching for something else keeps the chosen term in view as a chip.
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('jeugd');
    expect(await dialog.getByRole('button', { name: /^2\.2 Bijeenkomsten.* verwijderen$/ }).isVisible()).toBe(true);
    expect(seriousOnes(await axeViolations(page))).toEqual([]);

    const presses = await tabUntil(page, (state) => state.tag === 'button' && state.name === 'Opslaan', 12);
    expect(presses).toBeLessThanOrEqual(8);
    await page.keyboard.press('Enter');
    await expect.poll(() => liveRegionText(page), { timeout: 15_000 }).toBe('Opmerking opgeslagen');
    await page.locator('.confirmation', { hasText: 'Opmerking opgeslagen' }).waitFor();
    const [saved] = await listAnnotations(server.url, token, reportUrl);
    expect(saved).toMatchObject({ visibility: 'round', motivation: 'commenting' });
    expect(saved!.body).toEqual(expect.arrayContaining([{ type: 'SpecificResource', purpose: 'classifying', source: 'action-2-2' }]));
    // Focus is on the new highlight, which is described (not named) and says what Enter does.
    await expect.poll(async () => (await focused(page)).annotationId).toBe(saved!.id);
    const mark = page.locator(`[data-annotation-id="${saved!.id}"][tabindex="0"]`);
    expect(await mark.getAttribute('aria-label')).toBeNull();
    const description = await mark.evaluate((element) => document.getElementById(element.getAttribute('aria-describedby') ?? '')?.textContent ?? '');
    expect(description).toContain(REMARK);
    expect(description).toContain('Enter opent de opmerking.');

    // Away and back with Tab, then Enter opens its card in the sidebar.
    await page.keyboard.press('Shift+Tab');
    expect((await focused(page)).annotationId).toBeNull();
    await page.keyboard.press('Tab');
    expect((await focused(page)).annotationId).toBe(saved!.id);
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await focused(page)).cardId).toBe(saved!.id);
    await page.close();
  });

  it('closes the editor with Escape, keeps Tab inside it, and gives focus back', async () => {
    const page = await browser.context.newPage();
    await page.goto(reportUrl);
    await page.locator('kantlijn-annotator').waitFor({ state: 'attached' });
    await tabUntil(page, (state) => state.name === 'jongerenraad');
    await page.keyboard.press('Alt+Shift+ArrowRight');
    await expect.poll(() => selectedText(page)).not.toBe('');
    await page.keyboard.press('Alt+Shift+A');
    await page.getByRole('dialog', { name: 'Annoteren' }).waitFor();
    // Shift+Tab from the first field wraps to the last button, Tab from there back to the first.
    await page.keyboard.press('Shift+Tab');
    expect(await focused(page)).toMatchObject({ tag: 'button', name: 'Opslaan', inDialog: true });
    await page.keyboard.press('Tab');
    expect(await focused(page)).toMatchObject({ tag: 'textarea', inDialog: true });
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    await expect.poll(async () => (await focused(page)).name).toBe('jongerenraad');
    await page.close();
  });
});
