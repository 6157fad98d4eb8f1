import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addUserWithCli } from '../helpers/server-process';
import { listAnnotations } from './support/api';
import { seriousViolations } from './support/axe';
import { launchPlainChromium } from './support/browser';
import { focused, liveRegionText, selectedText, tabUntil } from './support/in-page-ui';
import { openInReader, signInThroughInvitation, startReaderSetup, type ReaderSetup } from './support/reader-session';

// The reader in the browser with the keyboard alone: a passage selected by sentence, a remark
// written and saved, the sidebar opened at it, and a reply sent, with no serious axe finding in
// any of these states.
const FIRST = 'De cliëntambassadeurs hebben in deze periode zes bijeenkomsten met jongeren georganiseerd (actie 1.1).';
const REMARK = 'Hoe vaak komt de jongerenraad bijeen?';
const REPLY = 'Eens per kwartaal, staat in de bijlage.';

let setup: ReaderSetup;
let browser: Browser;
let page: Page;
let partner: string;
let reportUrl: string;

beforeAll(async () => {
  setup = await startReaderSetup('kantlijn-reader-keyboard-');
  partner = addUserWithCli(setup.dataDir, { role: 'partner', name: 'Chris Jansen', org: 'Veilig Thuis' });
  reportUrl = `${setup.siteUrl}/voortgangsrapportage-demo.html`;
  browser = await launchPlainChromium();
  page = await (await browser.newContext({ locale: 'nl-NL' })).newPage();
  await signInThroughInvitation(page, setup.server.url, setup.secretariat, 'Anna de Vries');
});

afterAll(async () => {
  await browser?.close();
  await setup?.close();
});

describe('the reader with the keyboard alone, in Chromium without the extension', () => {
  it('selects a sentence, saves a remark, opens it in the sidebar and replies to it', async () => {
    await openInReader(page, setup.server.url, reportUrl);
    await page.getByRole('button', { name: /^Kantlijn:/ }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    // Reading position: Tab past the copy's bar to the link in the paragraph about goal 1.
    await tabUntil(page, (state) => state.name === 'jongerenraad');
    await page.keyboard.press('Alt+Shift+ArrowRight');
    await expect.poll(() => selectedText(page)).toBe(FIRST);
    await expect.poll(() => liveRegionText(page)).toContain(`Geselecteerd: ${FIRST}`);
    await page.getByRole('region', { name: 'Kantlijn: selectie' }).getByRole('button', { name: 'Annoteren' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    await page.keyboard.press('Alt+Shift+A');
    await page.getByRole('dialog', { name: 'Annoteren' }).waitFor();
    await expect.poll(async () => (await focused(page)).tag).toBe('textarea');
    await page.keyboard.type(REMARK);
    expect(await seriousViolations(page)).toEqual([]);
    await tabUntil(page, (state) => state.tag === 'button' && state.name === 'Opslaan', 12);
    await page.keyboard.press('Enter');
    await expect.poll(() => liveRegionText(page), { timeout: 15_000 }).toBe('Opmerking opgeslagen');
    const saved = (await listAnnotations(setup.server.url, partner, reportUrl)).find((annotation) => JSON.stringify(annotation.body).includes(REMARK));
    expect(saved).toBeDefined();

    // Focus is on the new highlight; Enter opens its card in the sidebar.
    await expect.poll(async () => (await focused(page)).annotationId).toBe(saved!.id);
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await focused(page)).cardId).toBe(saved!.id);
    await page.getByRole('complementary', { name: 'Kantlijn' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    // Within the card: Reageren, the reply written, Versturen.
    await tabUntil(page, (state) => state.cardId === saved!.id && state.tag === 'button' && state.name === 'Reageren', 15);
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await focused(page)).tag).toBe('textarea');
    await page.keyboard.type(REPLY);
    expect(await seriousViolations(page)).toEqual([]);
    await tabUntil(page, (state) => state.tag === 'button' && state.name === 'Versturen', 5);
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await listAnnotations(setup.server.url, partner, reportUrl)).some((annotation) => annotation.target === saved!.id && JSON.stringify(annotation.body).includes(REPLY)), { timeout: 15_000 }).toBe(true);
    await page.getByRole('complementary', { name: 'Kantlijn' }).getByText(REPLY).waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    // Escape closes the sidebar and the focus goes back to the highlight that opened it.
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('complementary', { name: 'Kantlijn' }).count()).toBe(0);
    await expect.poll(async () => (await focused(page)).annotationId).toBe(saved!.id);
  });
});
