import path from 'node:path';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addUserWithCli, startServerProcess, type ServerProcess } from '../helpers/server-process';
import { createTempDir } from '../helpers/temp-dir';
import { chromiumPath, launchWithExtension, storeSettings, type ExtensionBrowser } from './support/browser';
import { postAnnotation } from './support/api';
import { startStaticServer } from './support/static-server';

/** Payloads that run script if anything renders them as HTML; each sets a flag the test reads. */
const PAYLOADS = [
  '<img src=x onerror="window.__kantlijnXss=1">',
  '<script>window.__kantlijnXss=2</script>',
  '"><svg onload="window.__kantlijnXss=3">',
  'javascript:window.__kantlijnXss=4',
];

let temp: ReturnType<typeof createTempDir>;
let server: ServerProcess;
let site: Awaited<ReturnType<typeof startStaticServer>>;
let browser: ExtensionBrowser;
let url: string;

beforeAll(async () => {
  temp = createTempDir('kantlijn-hostile-');
  server = await startServerProcess(temp.dir);
  const attacker = addUserWithCli(temp.dir, { role: 'partner', name: PAYLOADS[0]!, org: PAYLOADS[2]! });
  const reader = addUserWithCli(temp.dir, { role: 'councillor', name: 'Anna de Vries', org: 'Gemeente Woerden' });
  site = await startStaticServer(path.resolve(import.meta.dirname, '../../server/demo/reports'));
  url = `${site.url}/voortgangsrapportage-demo.html`;
  await postAnnotation(server.url, attacker, {
    motivation: 'commenting',
    kind: 'concern',
    body: [{ type: 'TextualBody', value: PAYLOADS.join(' ') }, ...PAYLOADS.map((value) => ({ type: 'TextualBody', purpose: 'tagging', value }))],
    target: {
      source: url,
      selector: [{ type: 'TextQuoteSelector', exact: 'Drie werkgroepen leverden hun eindresultaten op.', prefix: PAYLOADS[1], suffix: PAYLOADS[3] }],
    },
  });
  browser = await launchWithExtension();
  await storeSettings(browser.worker, { serverUrl: server.url, token: reader });
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
  await server?.stop();
  temp?.remove();
});

describe('hostile content from other users', () => {
  it('shows script-like remarks, tags and names in the page and the sidebar as text, running nothing', async () => {
    const page = await browser.context.newPage();
    await page.goto(url);
    await expect.poll(() => page.locator('[data-annotation-id]').count(), { timeout: 15_000 }).toBeGreaterThan(0);
    await page.getByRole('button', { name: /^Kantlijn: / }).click();
    const sidebar = page.getByRole('complementary', { name: 'Kantlijn' });
    await expect.poll(() => sidebar.getByText(PAYLOADS[1]!, { exact: false }).count()).toBeGreaterThan(0);
    await page.locator('[data-annotation-id]').first().hover();
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await page.evaluate(() => (window as unknown as { __kantlijnXss?: number }).__kantlijnXss)).toBeUndefined();
    const injected = await page.evaluate(() => {
      const root = document.querySelector('kantlijn-annotator')?.shadowRoot;
      return { images: root?.querySelectorAll('img').length ?? -1, svgs: root?.querySelectorAll('svg[onload]').length ?? -1, pageImages: document.querySelectorAll('img[onerror]').length };
    });
    expect(injected).toEqual({ images: 0, svgs: 0, pageImages: 0 });
    await page.close();
  });

  it('gives web pages no way to ask the background for anything', async () => {
    const page = await browser.context.newPage();
    await page.goto(url);
    const extensionId = new URL(browser.worker.url()).host;
    const answer = await page.evaluate(async (id) => {
      const runtime = (window as unknown as { chrome?: { runtime?: { sendMessage?: (id: string, message: unknown) => Promise<unknown> } } }).chrome?.runtime;
      if (!runtime?.sendMessage) return 'no messaging API for pages';
      try {
        return await runtime.sendMessage(id, { kantlijn: 1, type: 'me:get', payload: {} });
      } catch (error) {
        return `refused: ${String(error)}`;
      }
    }, extensionId);
    expect(String(answer)).toMatch(/^(no messaging API for pages|refused: )/);
    await page.close();
  });

  it('runs nothing when the HTML digest and the dashboard pages are opened in Chromium', async () => {
    const secretariat = server.firstSecretariatToken!;
    const digest = await fetch(`${server.url}/api/digest?format=html`, { headers: { Authorization: `Bearer ${secretariat}` } });
    const html = await digest.text();
    expect(html).toContain('&lt;script&gt;');
    const plain = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: ['--no-sandbox', '--disable-gpu'] });
    try {
      const page = await plain.newPage();
      await page.setContent(html);
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(await page.evaluate(() => (window as unknown as { __kantlijnXss?: number }).__kantlijnXss)).toBeUndefined();

      await page.goto(`${server.url}/dashboard`);
      await page.getByLabel(/token/i).fill(secretariat);
      await page.getByRole('button', { name: /Inloggen|Aanmelden/ }).click();
      for (const path of ['/dashboard/moderatie', '/dashboard/gebruikers', '/dashboard/matrix']) {
        await page.goto(`${server.url}${path}`);
        expect(await page.evaluate(() => (window as unknown as { __kantlijnXss?: number }).__kantlijnXss)).toBeUndefined();
      }
    } finally {
      await plain.close();
    }
  });
});
