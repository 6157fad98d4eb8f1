import path from 'node:path';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addUserWithCli, startServerProcess, type ServerProcess } from '../helpers/server-process';
import { createTempDir } from '../helpers/temp-dir';
import { chromiumPath, launchWithExtension, storeSettings, type ExtensionBrowser } from './support/browser';
import { postAnnotation } from './support/api';
import { extensionCopy } from './support/extension-copy';
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
let readerToken: string;

/**
 * Prepended to the copy's background script: every listener the background adds for its own
 * contexts' messages also hears messages from web pages (Chrome gives those to onMessageExternal).
 */
const LISTEN_TO_PAGES_TOO = `(() => {
  const runtime = chrome.runtime;
  const addOwn = runtime.onMessage.addListener.bind(runtime.onMessage);
  let shared = 0;
  runtime.onMessage.addListener = (listener) => {
    addOwn(listener);
    runtime.onMessageExternal.addListener(listener);
    shared += 1;
  };
  // Lets the test see that a page reaches the background, and how many listeners hear it.
  runtime.onMessageExternal.addListener((message, _sender, answer) => {
    if (message !== 'kantlijn-test-ping') return false;
    answer('listeners for pages: ' + shared);
    return false;
  });
})();
`;

beforeAll(async () => {
  temp = createTempDir('kantlijn-hostile-');
  server = await startServerProcess(temp.dir);
  const attacker = addUserWithCli(temp.dir, { role: 'partner', name: PAYLOADS[0]!, org: PAYLOADS[2]! });
  readerToken = addUserWithCli(temp.dir, { role: 'councillor', name: 'Anna de Vries', org: 'Gemeente Woerden' });
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
  await storeSettings(browser.worker, { serverUrl: server.url, token: readerToken });
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
    // Positive control: the same kind of payload put into the sidebar's shadow root as HTML does run,
    // and the check below notices it; by the time it has, the rendered payloads would have run too.
    await page.evaluate(() => {
      const control = document.createElement('div');
      control.dataset.control = '';
      control.innerHTML = '<img src=x onerror="window.__kantlijnControl=1">';
      document.querySelector('kantlijn-annotator')?.shadowRoot?.append(control);
    });
    await expect.poll(() => page.evaluate(() => (window as unknown as { __kantlijnControl?: number }).__kantlijnControl)).toBe(1);
    expect(await page.evaluate(() => (window as unknown as { __kantlijnXss?: number }).__kantlijnXss)).toBeUndefined();
    await page.evaluate(() => document.querySelector('kantlijn-annotator')?.shadowRoot?.querySelector('[data-control]')?.remove());
    const injected = await page.evaluate(() => {
      const root = document.querySelector('kantlijn-annotator')?.shadowRoot;
      return { images: root?.querySelectorAll('img').length ?? -1, svgs: root?.querySelectorAll('svg[onload]').length ?? -1, pageImages: document.querySelectorAll('img[onerror]').length };
    });
    expect(injected).toEqual({ images: 0, svgs: 0, pageImages: 0 });
    await page.close();
  });

  it('gives web pages no way to ask the background for anything, even where the browser lets them message it', async () => {
    // The real build opens no messaging path to pages at all (no externally_connectable), so a page
    // would never reach the background's check of who is asking. This copy opens one on purpose: pages
    // on this test site may message Kantlijn, and the background hears their messages with the same
    // listener as its own (onMessageExternal as well as onMessage). Only the sender check is left
    // between the page and the user's token.
    const copy = extensionCopy((manifest) => {
      manifest['externally_connectable'] = { matches: ['http://127.0.0.1/*'] };
    }, LISTEN_TO_PAGES_TOO);
    const open = await launchWithExtension(undefined, copy.dir);
    try {
      await storeSettings(open.worker, { serverUrl: server.url, token: readerToken });
      const extensionId = new URL(open.worker.url()).host;
      const message = { kantlijn: 1, type: 'me:get', payload: {} };
      // Positive control: the same message from Kantlijn's own page is answered with the reader.
      const own = await open.context.newPage();
      await own.goto(`chrome-extension://${extensionId}/options.html`);
      const trusted = await own.evaluate(
        (sent) => (globalThis as unknown as { chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage(sent),
        message,
      );
      expect(JSON.stringify(trusted)).toContain('Anna de Vries');

      const page = await open.context.newPage();
      await page.goto(url);
      const fromPage = (sent: unknown) =>
        page.evaluate(
          async ({ id, payload }) => {
            const runtime = (window as unknown as { chrome?: { runtime?: { sendMessage?: (id: string, message: unknown) => Promise<unknown> } } }).chrome?.runtime;
            if (!runtime?.sendMessage) return 'no messaging API for pages';
            try {
              return `answered: ${JSON.stringify(await runtime.sendMessage(id, payload))}`;
            } catch (error) {
              return `refused: ${String(error)}`;
            }
          },
          { id: extensionId, payload: sent },
        );
      // Positive control: the page does reach the background, where Kantlijn's own listener hears it.
      expect(await fromPage('kantlijn-test-ping')).toBe('answered: "listeners for pages: 1"');
      // What the background makes of the page's request: nothing (no answer, or a refusal).
      const answer = await fromPage(message);
      expect(answer).toMatch(/^(answered: undefined|refused: .*)$/);
      expect(answer).not.toContain('Anna de Vries');
    } finally {
      await open.close();
      copy.remove();
    }
  });

  it('runs nothing when the HTML digest and the dashboard pages are opened in Chromium', async () => {
    const secretariat = server.firstSecretariatToken!;
    const digest = await fetch(`${server.url}/api/digest?format=html`, { headers: { Authorization: `Bearer ${secretariat}` } });
    const html = await digest.text();
    expect(html).toContain('&lt;script&gt;');
    // The digest's own CSP would stop a script anyway; without it the escaping alone must hold. A
    // control payload after all the remarks does run there (positive control), so by the time the
    // check has seen it, any payload that slipped through above it would have run too.
    const csp = /<meta http-equiv="Content-Security-Policy"[^>]*>/;
    expect(html).toMatch(csp);
    const withoutCsp = html.replace(csp, '').replace('</body>', '<img src=x onerror="window.__kantlijnControl=1"></body>');
    const plain = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: ['--no-sandbox', '--disable-gpu'] });
    try {
      const page = await plain.newPage();
      await page.setContent(withoutCsp);
      await expect.poll(() => page.evaluate(() => (window as unknown as { __kantlijnControl?: number }).__kantlijnControl)).toBe(1);
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
