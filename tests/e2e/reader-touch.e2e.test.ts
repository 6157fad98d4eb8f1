import { cpSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTempDir } from '../helpers/temp-dir';
import { addUserWithCli, startServerProcess, type ServerProcess } from '../helpers/server-process';
import { seriousViolations } from './support/axe';
import { chromiumPath } from './support/browser';
import { selectText } from './support/page-actions';
import { startStaticServer } from './support/static-server';

// The reader on a tablet (1024×768, touch) and a phone (375 px wide), in Chromium's emulation.
const SENTENCE = 'In het najaar evalueren wij samen met de gemeenten of deze werkwijze de doorlooptijden werkelijk verkort.';

let temp: ReturnType<typeof createTempDir>;
let server: ServerProcess;
let site: Awaited<ReturnType<typeof startStaticServer>>;
let browser: Browser;
let secretariat: string;

beforeAll(async () => {
  temp = createTempDir('kantlijn-reader-touch-');
  server = await startServerProcess(temp.dir, { READER_HOSTS: '127.0.0.1' });
  secretariat = addUserWithCli(temp.dir, { role: 'secretariat', name: 'Sanne Bakker', org: 'Secretariaat' });
  cpSync(path.resolve(import.meta.dirname, '../../server/demo/reports'), path.join(temp.dir, 'site'), { recursive: true });
  site = await startStaticServer(path.join(temp.dir, 'site'));
  browser = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
  await server?.stop();
  temp?.remove();
});

async function signedInPage(viewport: { width: number; height: number }): Promise<Page> {
  const context = await browser.newContext({ viewport, hasTouch: true, isMobile: viewport.width < 600, locale: 'nl-NL' });
  const page = await context.newPage();
  const invite = await fetch(`${server.url}/api/invites`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${secretariat}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ role: 'councillor', organisation: 'Gemeente Zeist' }),
  });
  await page.goto(((await invite.json()) as { link: string }).link);
  await page.getByLabel('Naam').fill('Tamara');
  await page.getByRole('button', { name: 'Lezen in de browser' }).tap();
  await page.waitForURL(/\/lezen$/);
  await page.goto(`${server.url}/lezen?url=${encodeURIComponent(`${site.url}/voortgangsrapportage-demo.html`)}`);
  await page.locator('kantlijn-annotator').waitFor({ state: 'attached', timeout: 30_000 });
  return page;
}

/** The selection's box on screen. */
function selectionBox(page: Page) {
  return page.evaluate(() => {
    const rect = document.getSelection()!.getRangeAt(0).getBoundingClientRect();
    return { top: rect.top, bottom: rect.bottom, left: rect.left, right: rect.right };
  });
}

describe('the reader on a touch screen', () => {
  it('on a tablet: a selected passage gets a toolbar that a finger can hit and that does not cover it, and is saved by taps', async () => {
    const page = await signedInPage({ width: 1024, height: 768 });
    await page.getByText(SENTENCE).scrollIntoViewIfNeeded();
    await selectText(page, SENTENCE);
    const button = page.getByRole('button', { name: 'Annoteren' });
    await button.waitFor();
    const box = (await button.boundingBox())!;
    expect(box.width).toBeGreaterThanOrEqual(44);
    expect(box.height).toBeGreaterThanOrEqual(44);
    const selected = await selectionBox(page);
    const overlaps = box.y < selected.bottom && box.y + box.height > selected.top && box.x < selected.right && box.x + box.width > selected.left;
    expect(overlaps).toBe(false);
    await button.tap();
    await page.getByRole('textbox', { name: 'Opmerking' }).fill('Hoe meet u dat?');
    await page.getByRole('button', { name: 'Opslaan' }).tap();
    await expect.poll(() => page.locator('[data-annotation-id]').count(), { timeout: 15_000 }).toBeGreaterThan(0);
    expect(await seriousViolations(page)).toEqual([]);
    await page.context().close();
  });

  it('on a phone: the sidebar takes the full width and its buttons are finger-sized', async () => {
    const page = await signedInPage({ width: 375, height: 667 });
    await page.getByRole('button', { name: /^Kantlijn/ }).tap();
    const sidebar = page.getByRole('complementary', { name: 'Kantlijn' });
    await sidebar.waitFor();
    const box = (await sidebar.boundingBox())!;
    expect(box.width).toBeGreaterThanOrEqual(375 * 0.95);
    const small = await sidebar.evaluate((element) =>
      [...element.querySelectorAll('button')]
        .map((button) => button.getBoundingClientRect())
        .filter((rect) => rect.width > 0 && (rect.width < 44 || rect.height < 44)).length,
    );
    expect(small).toBe(0);
    await page.context().close();
  });
});
