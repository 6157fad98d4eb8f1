import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addUserWithCli, startServerProcess, type ServerProcess } from '../helpers/server-process';
import { createTempDir } from '../helpers/temp-dir';
import { postAnnotation } from './support/api';
import { seriousViolations, sidewaysScroll } from './support/axe';
import { launchWithExtension, storeSettings, type ExtensionBrowser } from './support/browser';
import { describeFocus } from './support/sidebar-probes';
import { startStaticServer } from './support/static-server';

const PASSAGE = 'Met de lokale teams zijn afspraken gemaakt over een vast aanspreekpunt per gemeente.';
const REMARK = 'Welke gemeenten doen al mee?';

let temp: ReturnType<typeof createTempDir>;
let server: ServerProcess;
let site: Awaited<ReturnType<typeof startStaticServer>>;
let browser: ExtensionBrowser;
let annaToken: string;
let bramToken: string;
let reportUrl: string;
let remarkId: string;
let options: Page;

/** What the toolbar badge says now, read from the background as the browser shows it. */
const badge = () =>
  browser.worker.evaluate(async () => {
    const api = (globalThis as unknown as { chrome: { action: { getBadgeText(details: object): Promise<string>; getTitle(details: object): Promise<string> } } }).chrome;
    return `${await api.action.getBadgeText({})}|${await api.action.getTitle({})}`;
  });

const reply = (token: string, value: string) =>
  postAnnotation(server.url, token, { motivation: 'replying', target: remarkId, body: { type: 'TextualBody', purpose: 'replying', value } });

beforeAll(async () => {
  temp = createTempDir('kantlijn-notifications-');
  server = await startServerProcess(temp.dir);
  annaToken = addUserWithCli(temp.dir, { role: 'councillor', name: 'Anna de Vries', org: 'Gemeente Woerden' });
  bramToken = addUserWithCli(temp.dir, { role: 'partner', name: 'Bram Visser', org: 'AKJ' });
  site = await startStaticServer(path.resolve(import.meta.dirname, '../../server/demo/reports'));
  reportUrl = `${site.url}/voortgangsrapportage-demo.html`;
  remarkId = await postAnnotation(server.url, annaToken, {
    motivation: 'commenting',
    body: { type: 'TextualBody', value: REMARK },
    target: { source: reportUrl, selector: [{ type: 'TextQuoteSelector', exact: PASSAGE }] },
  });
  browser = await launchWithExtension();
  options = await browser.context.newPage();
  await options.goto(`chrome-extension://${new URL(browser.worker.url()).host}/options.html`).catch(() => options.waitForLoadState());
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await site?.close();
  await server?.stop();
  temp?.remove();
});

describe('Nieuw voor u in the extension', { timeout: 90_000 }, () => {
  it('shows the unread count on the toolbar badge once signed in, and nothing before', async () => {
    await reply(bramToken, 'Utrecht en Woerden, voor zover ik weet.');
    expect((await badge()).split('|')[0]).toBe('');
    await storeSettings(browser.worker, { serverUrl: server.url, token: annaToken });
    await expect.poll(badge, { timeout: 15_000 }).toBe('1|Kantlijn op deze pagina · 1 nieuw voor u');
  });

  it('lists the reply on the options page without its text, accessibly, at 320 px too', async () => {
    await options.reload();
    const section = options.getByRole('region', { name: 'Nieuw voor u' });
    await expect.poll(() => section.getByText('Bram Visser (ketenpartner, AKJ) reageerde op uw opmerking').count(), { timeout: 15_000 }).toBe(1);
    expect(await section.getByRole('status').first().textContent()).toBe('U hebt 1 ongelezen melding.');
    expect(await section.textContent()).not.toContain('Utrecht en Woerden');
    expect(await seriousViolations(options)).toEqual([]);
    await options.setViewportSize({ width: 320, height: 800 });
    expect(await sidewaysScroll(options)).toBe(0);
    expect(await seriousViolations(options)).toEqual([]);
    await options.setViewportSize({ width: 1280, height: 900 });
  });

  it('opens an item at its passage: the report in a new tab, with the sidebar at the remark', async () => {
    const opening = browser.context.waitForEvent('page');
    // By keyboard: the button is reachable and named after what happened and where.
    const open = options.getByRole('button', { name: /^Openen bij de passage: Bram Visser .* reageerde op uw opmerking, in 127\.0\.0\.1/ });
    await open.focus();
    await options.keyboard.press('Enter');
    const report = await opening;
    await report.waitForLoadState();
    expect(new URL(report.url()).hash).toBe(`#kantlijn=${encodeURIComponent(remarkId)}`);
    const sidebar = report.getByRole('complementary', { name: 'Kantlijn' });
    await expect.poll(() => sidebar.getByText(REMARK).count(), { timeout: 20_000 }).toBe(1);
    await expect.poll(() => report.evaluate(describeFocus).then((focus) => focus.card), { timeout: 10_000 }).toBe(remarkId);
    expect(await seriousViolations(report)).toEqual([]);
  });

  it('counts a new reply live while a report is open, and marks all read', async () => {
    // The report tab holds the live stream; the badge must not wait for the two-minute poll.
    await reply(bramToken, 'En Houten sinds kort.');
    await expect.poll(badge, { timeout: 15_000 }).toBe('2|Kantlijn op deze pagina · 2 nieuw voor u');
    await options.bringToFront();
    await options.reload();
    const section = options.getByRole('region', { name: 'Nieuw voor u' });
    await expect.poll(() => section.getByText('nieuw', { exact: true }).count(), { timeout: 15_000 }).toBe(2);
    await section.getByRole('button', { name: 'Alles als gelezen markeren' }).click();
    await expect.poll(() => section.getByText('Alle meldingen zijn als gelezen gemarkeerd.').count()).toBe(1);
    await expect.poll(badge).toBe('|Kantlijn op deze pagina');
    expect(await section.getByText('nieuw', { exact: true }).count()).toBe(0);
  });

  it('keeps the choice of mail: an address is asked for first, then the server stores it', async () => {
    const section = options.getByRole('region', { name: 'Meldingen per e-mail' });
    await section.getByRole('combobox', { name: 'Hoe vaak' }).selectOption({ label: 'meteen bij elke reactie' });
    await section.getByRole('button', { name: 'Opslaan' }).click();
    await expect.poll(() => options.evaluate(() => document.activeElement?.id ?? '')).toBe('mail-message');
    expect(await section.getByRole('alert').textContent()).toBe('Vul een e-mailadres in om meldingen per e-mail te krijgen.');
    expect(await section.getByRole('textbox', { name: 'Uw e-mailadres' }).getAttribute('aria-describedby')).toContain('mail-message');
    await section.getByRole('textbox', { name: 'Uw e-mailadres' }).fill('anna@woerden.example');
    await section.getByRole('button', { name: 'Opslaan' }).click();
    await expect.poll(() => section.getByRole('status').last().textContent()).toBe('Uw keuze voor e-mail is opgeslagen.');
    const stored = await fetch(`${server.url}/api/me/notification-settings`, { headers: { Authorization: `Bearer ${annaToken}` } });
    expect(await stored.json()).toEqual({ email: 'anna@woerden.example', mail: 'immediate', available: false });
    expect(await seriousViolations(options)).toEqual([]);
  });

  it('speaks English when chosen', async () => {
    await options.getByRole('combobox', { name: 'Taal van Kantlijn' }).selectOption('en');
    const section = options.getByRole('region', { name: 'New for you' });
    await expect.poll(() => section.getByText('Bram Visser (chain partner, AKJ) replied to your remark').count()).toBe(2);
    expect(await seriousViolations(options)).toEqual([]);
  });
});
