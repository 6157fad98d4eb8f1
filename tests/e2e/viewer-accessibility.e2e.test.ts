import path from 'node:path';
import { mkdir } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addUserWithCli, startServerProcess, type ServerProcess } from '../helpers/server-process';
import { createTempDir } from '../helpers/temp-dir';
import { seriousViolations, sidewaysScroll } from './support/axe';
import { launchWithExtension, storeSettings, type ExtensionBrowser } from './support/browser';
import { openViewer, viewerUrl } from './support/pdf-actions';
import { printPdf, reportHtml } from './support/pdf-report';
import { startStaticServer } from './support/static-server';

let temp: ReturnType<typeof createTempDir>;
let server: ServerProcess;
let site: Awaited<ReturnType<typeof startStaticServer>>;
let browser: ExtensionBrowser;
let token: string;

beforeAll(async () => {
  temp = createTempDir('kantlijn-viewer-a11y-');
  server = await startServerProcess(temp.dir);
  token = addUserWithCli(temp.dir, { role: 'councillor', name: 'Sanne Bakker', org: 'Gemeente Utrecht' });
  browser = await launchWithExtension();
  await storeSettings(browser.worker, { serverUrl: server.url, token });
  const files = path.join(temp.dir, 'site');
  await mkdir(files, { recursive: true });
  await printPdf(browser.context, reportHtml(), path.join(files, 'voortgangsrapportage.pdf'));
  site = await startStaticServer(files);
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
  await server?.stop();
  temp?.remove();
});

describe('the PDF viewer for every reader', () => {
  it('has no serious accessibility problems with a PDF open, and fits 320 px', async () => {
    const page = await openViewer(browser.context, browser.worker, `${site.url}/voortgangsrapportage.pdf`);
    await page.locator('.viewer-zoom').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 320, height: 700 });
    await expect.poll(() => sidewaysScroll(page)).toBe(0);
    await page.close();
  });

  it('has no serious accessibility problems when it shows an error, and says what to do', async () => {
    const page = await browser.context.newPage();
    await page.goto(viewerUrl(browser.worker, `${site.url}/bestaat-niet.pdf`));
    await expect.poll(() => page.getByRole('alert').first().textContent(), { timeout: 30_000 }).toContain('status 404. Controleer de link');
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });

  it('speaks English throughout in English, counting in words', async () => {
    await storeSettings(browser.worker, { serverUrl: server.url, token, language: 'en' });
    const page = await openViewer(browser.context, browser.worker, `${site.url}/voortgangsrapportage.pdf`);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await expect.poll(() => page.getByRole('link', { name: 'Open in the browser’s PDF viewer' }).count()).toBe(1);
    expect(await page.getByRole('group', { name: 'Zoom' }).count()).toBe(1);
    await expect.poll(() => page.getByRole('button', { name: /^Kantlijn: 0 remarks$/ }).count(), { timeout: 15_000 }).toBe(1);
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });
});
