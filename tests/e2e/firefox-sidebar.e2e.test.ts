import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServerProcess, type ServerProcess } from '../helpers/server-process';
import { createTempDir } from '../helpers/temp-dir';
import { findFirefox, launchFirefoxWithExtension, waitFor, type FirefoxWithExtension } from './support/firefox';
import { REMARK_COUNT, seedSidebarFixture, writeReport, type SidebarFixture } from './support/sidebar-fixture';
import { measureSidebarFit } from './support/sidebar-probes';
import { startStaticServer } from './support/static-server';

const firefox = findFirefox();
// CI installs Debian's Firefox ESR; there a missing Firefox is a failure, not a reason to skip.
if (!firefox && process.env['CI']) throw new Error('Firefox ontbreekt: .ci/run installeert firefox-esr uit Debian.');

let temp: ReturnType<typeof createTempDir>;
let server: ServerProcess;
let site: Awaited<ReturnType<typeof startStaticServer>>;
let browser: FirefoxWithExtension;
let fixture: SidebarFixture;

beforeAll(async () => {
  if (!firefox) return;
  temp = createTempDir('kantlijn-firefox-sidebar-');
  server = await startServerProcess(temp.dir);
  writeReport(temp.dir);
  site = await startStaticServer(temp.dir);
  fixture = await seedSidebarFixture(server.url, temp.dir, `${site.url}/rapport.html`);
  browser = await launchFirefoxWithExtension(firefox);
  const options = await browser.openExtensionPage('options.html');
  await options.evaluate(async (settings) => {
    const api = (globalThis as unknown as { browser: { storage: { local: { set(items: object): Promise<void> } } } }).browser;
    await api.storage.local.set({ settings });
  }, { serverUrl: server.url, token: fixture.councillorToken });
  await options.close();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await site?.close();
  await server?.stop();
  temp?.remove();
});

describe.skipIf(!firefox)('the sidebar in a real Firefox', () => {
  it('fits 360 px with long remarks, many terms and a long organisation name: nothing scrolls sideways', async (context) => {
    const page = await browser.browser.newPage();
    const narrowed = await page.setViewport({ width: 360, height: 800 }).then(
      () => true,
      (error: unknown) => {
        // Some Firefox ESR releases lack BiDi's viewport emulation; then this width cannot be set here.
        if (String(error).includes('unknown command')) return false;
        throw error;
      },
    );
    if (!narrowed) {
      await page.close();
      context.skip('this Firefox cannot emulate a 360 px viewport over WebDriver BiDi');
    }
    await page.goto(`${site.url}/rapport.html`);
    const toggleName = () => page.evaluate(() => document.querySelector('kantlijn-annotator')?.shadowRoot?.querySelector('.sidebar-toggle')?.textContent ?? '');
    await waitFor(async () => (await toggleName()) === `Kantlijn: ${REMARK_COUNT} opmerkingen`, 'the remarks were not counted', 30_000);
    await page.evaluate(() => document.querySelector('kantlijn-annotator')!.shadowRoot!.querySelector<HTMLButtonElement>('.sidebar-toggle')!.click());
    await waitFor(() => page.evaluate((id) => Boolean(document.querySelector('kantlijn-annotator')?.shadowRoot?.querySelector(`[data-card-id="${id}"]`)), fixture.answeredId), 'no cards in the sidebar');
    const fit = await page.evaluate(measureSidebarFit);
    expect(fit.width).toBeLessThanOrEqual(360);
    expect(fit.sideways).toBe(0);
    expect(fit.pageSideways).toBe(0);
    expect(fit.outside).toEqual([]);
    expect(fit.wrapped).toEqual([]);
    await page.close();
  });
});
