import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUserWithToken } from '../../server/services/users-service';
import { startDashboardHttpServer, type DashboardHttpServer } from '../server/dashboard/dashboard-http-server';
import { chromiumPath } from './support/browser';

const AXE_PATH = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const LIST = 'naam;organisatie;rol;e-mail\nAnna de Vries;Gemeente Woerden;raadslid;anna@woerden.nl\nChris Bakker;Veilig Thuis;ketenpartner;\n';

let server: DashboardHttpServer;
let browser: Browser;
let token: string;

beforeAll(async () => {
  server = await startDashboardHttpServer();
  token = createUserWithToken(server.db, { name: 'Sanne Mulder', role: 'secretariat', organisation: 'Bovenregionaal secretariaat' }, new Date()).token;
  browser = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-sync'] });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** axe-core's serious and critical violations on the page as it is now. */
async function seriousViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: AXE_PATH });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document): Promise<{ violations: Array<{ id: string; impact: string | null; nodes: Array<{ target: unknown }> }> }> } }).axe;
    return (await axe.run(document)).violations.map((violation) => ({ id: violation.id, impact: violation.impact, targets: violation.nodes.map((node) => JSON.stringify(node.target)) }));
  });
  return violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical').map((violation) => `${violation.id}: ${violation.targets.join(', ')}`);
}

/** True when nothing makes the page scroll sideways. */
const fitsWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth);

describe('invitations in Chromium', () => {
  it('invites one person and a list, copies the link, and the pages pass axe at phone and desktop width', async () => {
    // axe is injected as an inline script, which the pages' CSP rightly forbids: bypass it here only.
    const context = await browser.newContext({ bypassCSP: true, acceptDownloads: true, viewport: { width: 360, height: 800 } });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
    const page = await context.newPage();
    await page.goto(`${server.url}/dashboard`);
    await page.getByLabel('API-token').fill(token);
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await page.waitForURL(`${server.url}/dashboard`);

    await page.locator('nav a[href*="uitnodig"]').click();
    await page.waitForURL(/\/dashboard\/uitnodigingen$/);
    expect(await seriousViolations(page), 'empty invitations page').toEqual([]);
    await page.locator('select[name="rol"]').selectOption('partner');
    await page.locator('input[name="organisatie"]').fill('Veilig Thuis');
    await page.locator('input[name="naam"]').fill('Chris Bakker');
    await page.getByRole('button', { name: 'Uitnodiging maken' }).click();
    const link = (await page.locator('#nieuwe-link').textContent())?.trim() ?? '';
    expect(link).toMatch(new RegExp(`^${server.url}/uitnodiging/[A-Za-z0-9_-]{22}$`));

    const copy = page.getByRole('button', { name: 'Link kopiëren' });
    await copy.click();
    await expect.poll(() => page.locator('#copy-status').textContent()).toBe('Gekopieerd.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);
    expect(await fitsWidth(page), 'single invitation at 360 px').toBe(true);
    expect(await seriousViolations(page), 'single invitation').toEqual([]);

    await page.locator('#lijst-bestand').setInputFiles({ name: 'raad.csv', mimeType: 'text/csv', buffer: Buffer.from(LIST) });
    await page.getByRole('button', { name: 'Uitnodigingen maken' }).click();
    await page.locator('table.invite-links').waitFor();
    expect(await page.locator('table.invite-links tbody tr').count()).toBe(2);
    const listed = (await page.locator('table.invite-links code.link').allTextContents()).map((text) => text.trim());
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /Download als CSV/ }).click()]);
    expect(download.suggestedFilename()).toMatch(/^kantlijn-uitnodigingen-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = await readFile((await download.path()), 'utf8');
    expect(csv.split('\r\n')[1]).toContain(`Anna de Vries;Gemeente Woerden;Raadslid;anna@woerden.nl;${listed[0]}`);
    expect(await fitsWidth(page), 'list result at 360 px').toBe(true);
    expect(await seriousViolations(page), 'list result').toEqual([]);
    await page.setViewportSize({ width: 1280, height: 900 });
    expect(await seriousViolations(page), 'list result, wide').toEqual([]);

    await page.goto(`${server.url}/dashboard/audit`);
    expect(await page.getByRole('cell', { name: 'Uitnodiging gemaakt' }).count()).toBe(3);
    expect(await seriousViolations(page), 'audit log').toEqual([]);

    for (const width of [360, 1280]) {
      await page.setViewportSize({ width, height: 900 });
      for (const language of ['', '?taal=en']) {
        await page.goto(`${link}${language}`);
        expect(await page.locator('code.link').textContent()).toBe(link);
        expect(await fitsWidth(page), `invitation page ${width} ${language}`).toBe(true);
        expect(await seriousViolations(page), `invitation page ${width} ${language}`).toEqual([]);
      }
    }
    await context.close();
  });
});
