import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServerProcess, type ServerProcess } from '../helpers/server-process';
import { createTempDir } from '../helpers/temp-dir';
import { seriousViolations, sidewaysScroll } from './support/axe';
import { launchWithExtension, type ExtensionBrowser } from './support/browser';

let temp: ReturnType<typeof createTempDir>;
let server: ServerProcess;
let browser: ExtensionBrowser;
let page: Page;

beforeAll(async () => {
  temp = createTempDir('kantlijn-signin-');
  server = await startServerProcess(temp.dir);
  browser = await launchWithExtension();
  page = await browser.context.newPage();
  // On first install the extension opens its options page itself, which may take over this very
  // navigation; either way the page ends up on the options page.
  await page.goto(`chrome-extension://${new URL(browser.worker.url()).host}/options.html`).catch(() => page.waitForLoadState());
  await page.locator('#sign-in-status').waitFor();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
  temp?.remove();
});

/** A fresh invitation made by the secretariat, as the dashboard makes it. */
async function makeInvite(): Promise<{ code: string; link: string }> {
  const answer = await fetch(`${server.url}/api/invites`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${server.firstSecretariatToken}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ role: 'partner', organisation: 'Raad voor de Kinderbescherming' }),
  });
  return (await answer.json()) as { code: string; link: string };
}

/** The settings exactly as stored under the contract's key. */
function storedSettings(): Promise<{ serverUrl: string; token: string }> {
  return browser.worker.evaluate(async () => {
    const api = (globalThis as unknown as { chrome: { storage: { local: { get(key: string): Promise<Record<string, unknown>> } } } }).chrome;
    return (await api.storage.local.get('settings')).settings as { serverUrl: string; token: string };
  });
}

const focusedId = () => page.evaluate(() => document.activeElement?.id ?? '');
const describedBy = (name: string) => page.getByRole('textbox', { name }).getAttribute('aria-describedby');
const statusLine = () => page.locator('#sign-in-status').textContent();
const inviteField = () => page.getByRole('textbox', { name: 'Uitnodigingslink of -code' });
const SERVER_QUESTION = 'Op welk adres staat de Kantlijn-server van uw gemeente?';

describe('signing in on the options page', () => {
  it('fits a 320 px wide window and has no serious accessibility problems before sign-in', async () => {
    await page.setViewportSize({ width: 320, height: 800 });
    await expect.poll(statusLine).toContain('U bent nog niet aangemeld');
    expect(await sidewaysScroll(page)).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it('ties the message about a site that is no web address to its field, and moves the focus there', async () => {
    await page.getByRole('textbox', { name: 'Site' }).fill('mijn gemeente');
    await page.getByRole('button', { name: 'Toevoegen' }).click();
    await expect.poll(() => page.locator('#site-message').textContent()).toContain('Dit is geen webadres.');
    expect(await focusedId()).toBe('site-message');
    expect(await describedBy('Site')).toContain('site-message');
    // Changing the address takes the message about the old one away.
    await page.getByRole('textbox', { name: 'Site' }).fill('');
    expect(await page.getByRole('alert').count()).toBe(0);
  });

  it('asks for the server for a bare code, names an address that did not answer, then signs in there', async () => {
    const { code, link } = await makeInvite();
    expect(link).toBe(`${server.url}/uitnodiging/${code}`);
    await inviteField().fill(code);
    await page.getByRole('textbox', { name: 'Uw naam' }).fill('Eva Smit');
    await page.getByRole('button', { name: 'Aanmelden', exact: true }).click();
    await expect.poll(() => page.locator('#invite-message').textContent()).toContain(SERVER_QUESTION);
    expect(await focusedId()).toBe('invite-message');
    expect(await describedBy(SERVER_QUESTION)).toContain('invite-message');
    expect((await storedSettings())?.token ?? '').toBe('');

    await page.getByRole('textbox', { name: SERVER_QUESTION }).fill('http://127.0.0.1:9');
    await page.getByRole('button', { name: 'Aanmelden', exact: true }).click();
    await expect.poll(() => page.locator('#invite-message').textContent()).toContain('Controleer het adres: http://127.0.0.1:9 was niet bereikbaar');
    expect(await focusedId()).toBe('invite-message');
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByRole('textbox', { name: SERVER_QUESTION }).fill(server.url);
    await page.getByRole('button', { name: 'Aanmelden', exact: true }).click();
    await expect.poll(() => page.locator('#invite-message').textContent()).toContain('Welkom, Eva Smit (Raad voor de Kinderbescherming)');
    await expect.poll(statusLine).toBe('U bent aangemeld als Eva Smit (ketenpartner, Raad voor de Kinderbescherming).');
    const settings = await storedSettings();
    expect(settings.serverUrl).toBe(server.url);
    const me = await fetch(`${server.url}/api/me`, { headers: { Authorization: `Bearer ${settings.token}` } });
    expect(await me.json()).toMatchObject({ name: 'Eva Smit', role: 'partner' });
  });

  it('keeps the good sign-in when a wrong token is tried, and says what to do', async () => {
    const before = await storedSettings();
    expect(before.token).toMatch(/^kl_/);
    await page.getByRole('textbox', { name: 'Token' }).fill('kl_mistyped-token');
    await page.getByRole('button', { name: 'Aanmelden met token' }).click();
    await expect.poll(() => page.locator('#token-message').textContent()).toContain('Dit token kent de server niet');
    expect(await page.locator('#token-message').textContent()).toContain('u bent nog aangemeld zoals voorheen');
    expect(await focusedId()).toBe('token-message');
    expect(await describedBy('Token')).toContain('token-message');
    expect(await storedSettings()).toEqual(before);
    expect(await statusLine()).toContain('U bent aangemeld als Eva Smit');
  });

  it('says to ask for a new invitation when one is used again, and keeps the sign-in', async () => {
    const before = await storedSettings();
    const { link } = await makeInvite();
    await fetch(`${server.url}/api/invites/${link.split('/').pop()}/redeem`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"name":"Iemand anders"}' });
    await inviteField().fill(link);
    await page.getByRole('button', { name: 'Aanmelden', exact: true }).click();
    await expect.poll(() => page.locator('#invite-message').textContent()).toContain('al gebruikt. Vraag het secretariaat om een nieuwe uitnodiging.');
    expect(await describedBy('Uitnodigingslink of -code')).toContain('invite-message');
    expect(await storedSettings()).toEqual(before);
  });

  it('speaks English everywhere once English is chosen, the role in words, and signs out', async () => {
    await page.getByRole('combobox', { name: 'Taal van Kantlijn' }).selectOption('en');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Kantlijn – settings');
    expect(await statusLine()).toBe('You are signed in as Eva Smit (chain partner, Raad voor de Kinderbescherming).');
    expect(await page.locator('#invite-message').textContent()).toContain('This invitation has already been used. Ask the secretariat for a new invitation.');
    expect(await page.locator('#token-message').textContent()).toContain('The server does not know this token');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await page.setViewportSize({ width: 320, height: 800 });
    expect(await sidewaysScroll(page)).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);

    // Correcting the token takes the message about the wrong one away.
    await page.getByRole('textbox', { name: 'Token' }).fill('kl_');
    expect(await page.locator('#token-message[role="alert"]').count()).toBe(0);
    expect(await describedBy('Token')).not.toContain('token-message');

    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect.poll(statusLine).toContain('You are signed out.');
    expect((await storedSettings()).token).toBe('');
  });
});
