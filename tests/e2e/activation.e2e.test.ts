import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from './support/browser';
import { startStaticServer } from './support/static-server';

const REPORTS = path.resolve(import.meta.dirname, '../../server/demo/reports');
let browser: ExtensionBrowser;
let loopback: Awaited<ReturnType<typeof startStaticServer>>;
let elsewhere: Awaited<ReturnType<typeof startStaticServer>>;

beforeAll(async () => {
  browser = await launchWithExtension();
  loopback = await startStaticServer(REPORTS);
  // Another address of the loopback range stands in for "any other website".
  elsewhere = await startStaticServer(REPORTS, '127.0.0.2');
});
afterAll(async () => {
  await browser?.close();
  await loopback?.close();
  await elsewhere?.close();
});

describe('where Kantlijn runs by itself', () => {
  it('runs on the local demo address but not on other sites until the user asks or allows them', async () => {
    const page = await browser.context.newPage();
    /** Opens a report and counts Kantlijn's UI hosts once the page has loaded and had time to start it. */
    const annotatorsAfterLoading = async (origin: string) => {
      await page.goto(`${origin}/voortgangsrapportage-demo.html`);
      await page.waitForLoadState('load');
      await new Promise((resolve) => setTimeout(resolve, 1_500));
      return page.locator('kantlijn-annotator').count();
    };
    // Positive control: with exactly the same wait, the annotator on the demo address is seen.
    await page.goto(`${loopback.url}/voortgangsrapportage-demo.html`);
    await page.locator('kantlijn-annotator').waitFor({ state: 'attached', timeout: 15_000 });
    expect(await annotatorsAfterLoading(loopback.url)).toBe(1);

    expect(await annotatorsAfterLoading(elsewhere.url)).toBe(0);

    const registered = await browser.worker.evaluate(async () => {
      const api = (globalThis as unknown as { chrome: { scripting: { getRegisteredContentScripts(): Promise<unknown[]> } } }).chrome;
      return api.scripting.getRegisteredContentScripts();
    });
    expect(registered).toEqual([]);
  });
});
