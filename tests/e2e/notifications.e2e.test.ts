import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { postAnnotation, registerDocument } from './support/api';
import { seriousViolations, sidewaysScroll } from './support/axe';
import { openOptionsPage, storeSettings } from './support/browser';
import { extensionWorldForFile, PEOPLE } from './support/extension-world';
import { describeFocus } from './support/sidebar-probes';

const PASSAGE = 'Met de lokale teams zijn afspraken gemaakt over een vast aanspreekpunt per gemeente.';
const REMARK = 'Welke gemeenten doen al mee?';
const TITLE = 'Voortgangsrapportage veranderagenda (demo)';

const world = extensionWorldForFile({ name: 'notifications', people: { anna: PEOPLE.anna, bram: PEOPLE.bram, griffie: PEOPLE.griffie } });
let reportUrl: string;
let remarkId: string;
let options: Page;

/** What the toolbar badge says now, read from the background as the browser shows it. */
const badge = () =>
  world.browser.worker.evaluate(async () => {
    const api = (globalThis as unknown as { chrome: { action: { getBadgeText(details: object): Promise<string>; getTitle(details: object): Promise<string> } } }).chrome;
    return `${await api.action.getBadgeText({})}|${await api.action.getTitle({})}`;
  });

const reply = (token: string, value: string) =>
  postAnnotation(world.server.url, token, { motivation: 'replying', target: remarkId, body: { type: 'TextualBody', purpose: 'replying', value } });

beforeAll(async () => {
  reportUrl = `${world.reports.url}/voortgangsrapportage-demo.html`;
  await registerDocument(world.server.url, world.tokens.griffie, { title: TITLE, urls: [reportUrl] });
  remarkId = await postAnnotation(world.server.url, world.tokens.anna, {
    motivation: 'commenting',
    body: { type: 'TextualBody', value: REMARK },
    target: { source: reportUrl, selector: [{ type: 'TextQuoteSelector', exact: PASSAGE }] },
  });
  options = await openOptionsPage(world.browser);
});

describe('Nieuw voor u in the extension', { timeout: 90_000 }, () => {
  it('shows the unread count on the toolbar badge once signed in, and nothing before', async () => {
    await reply(world.tokens.bram, 'Utrecht en Woerden, voor zover ik weet.');
    expect((await badge()).split('|')[0]).toBe('');
    await storeSettings(world.browser.worker, { serverUrl: world.server.url, token: world.tokens.anna });
    await expect.poll(badge, { timeout: 15_000 }).toBe('1|Kantlijn op deze pagina · 1 nieuw voor u');
  });

  it('lists the reply on the options page without its text, accessibly, at 320 px too', async () => {
    await options.reload();
    const section = options.getByRole('region', { name: 'Nieuw voor u' });
    await expect.poll(() => section.getByText('Bram Visser (ketenpartner, AKJ) reageerde op uw opmerking').count(), { timeout: 15_000 }).toBe(1);
    expect(await section.getByRole('status').first().textContent()).toBe('U hebt 1 ongelezen melding.');
    expect(await section.textContent()).not.toContain('Utrecht en Woerden');
    // The report by the title the secretariat gave it, not by its address.
    const where = (await section.getByRole('listitem').locator('.notification-where').textContent()) ?? '';
    expect(where.startsWith(`in ${TITLE} · `), where).toBe(true);
    expect(await section.textContent()).not.toContain('127.0.0.1');
    expect(await seriousViolations(options)).toEqual([]);
    await options.setViewportSize({ width: 320, height: 800 });
    expect(await sidewaysScroll(options)).toBe(0);
    expect(await seriousViolations(options)).toEqual([]);
    await options.setViewportSize({ width: 1280, height: 900 });
  });

  it('opens an item at its passage: the report in a new tab, with the sidebar at the remark', async () => {
    const opening = world.browser.context.waitForEvent('page');
    // By keyboard: the button is reachable and named after what happened and where.
    const open = options.getByRole('button', { name: `Openen bij de passage: Bram Visser (ketenpartner, AKJ) reageerde op uw opmerking, in ${TITLE}` });
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
    await reply(world.tokens.bram, 'En Houten sinds kort.');
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
    const stored = await fetch(`${world.server.url}/api/me/notification-settings`, { headers: { Authorization: `Bearer ${world.tokens.anna}` } });
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
