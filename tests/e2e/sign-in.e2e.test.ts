import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServerProcess, type ServerProcess } from '../helpers/server-process';
import { createTempDir } from '../helpers/temp-dir';
import { launchWithExtension, type ExtensionBrowser } from './support/browser';

let temp: ReturnType<typeof createTempDir>;
let server: ServerProcess;
let browser: ExtensionBrowser;

beforeAll(async () => {
  temp = createTempDir('kantlijn-signin-');
  server = await startServerProcess(temp.dir);
  browser = await launchWithExtension();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
  temp?.remove();
});

describe('signing in with an invitation', () => {
  it('redeems an invite link on the options page, stores the token and server, and the token works', async () => {
    const secretariat = server.firstSecretariatToken;
    expect(secretariat).toMatch(/^kl_/);
    const invite = await fetch(`${server.url}/api/invites`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${secretariat}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ role: 'partner', organisation: 'Raad voor de Kinderbescherming' }),
    });
    const { code, link } = (await invite.json()) as { code: string; link: string };
    expect(link).toBe(`${server.url}/uitnodiging/${code}`);
    const landing = await fetch(link);
    expect(await landing.text()).toContain(code);

    const extensionId = new URL(browser.worker.url()).host;
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${extensionId}/options.html`);
    await page.getByRole('textbox', { name: 'Uitnodigingscode of -link' }).fill(link);
    await page.getByRole('textbox', { name: 'Uw naam' }).fill('Eva Smit');
    await page.getByRole('button', { name: 'Aanmelden' }).click();
    await expect.poll(() => page.getByRole('status').first().textContent()).toContain('Welkom, Eva Smit (Raad voor de Kinderbescherming)');

    const settings = await browser.worker.evaluate(async () => {
      const api = (globalThis as unknown as { chrome: { storage: { local: { get(key: string): Promise<Record<string, unknown>> } } } }).chrome;
      return (await api.storage.local.get('settings')).settings as { serverUrl: string; token: string };
    });
    expect(settings.serverUrl).toBe(server.url);
    const me = await fetch(`${server.url}/api/me`, { headers: { Authorization: `Bearer ${settings.token}` } });
    expect(await me.json()).toMatchObject({ name: 'Eva Smit', role: 'partner' });

    // The same invite cannot be used twice.
    await page.getByRole('textbox', { name: 'Uitnodigingscode of -link' }).fill(code);
    await page.getByRole('button', { name: 'Aanmelden' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('al gebruikt');
  });
});
