import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServerProcess, type ServerProcess } from '../helpers/server-process';
import { createTempDir } from '../helpers/temp-dir';
import { launchWithExtension, storeSettings, type ExtensionBrowser } from './support/browser';
import { LONG_REMARK, REMARK_COUNT, seedSidebarFixture, writeReport, type SidebarFixture } from './support/sidebar-fixture';
import { describeFocus, measureSidebarFit } from './support/sidebar-probes';
import { startStaticServer } from './support/static-server';

const AXE_PATH = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

let temp: ReturnType<typeof createTempDir>;
let server: ServerProcess;
let site: Awaited<ReturnType<typeof startStaticServer>>;
let browser: ExtensionBrowser;
let fixture: SidebarFixture;
let url: string;

beforeAll(async () => {
  temp = createTempDir('kantlijn-sidebar-');
  server = await startServerProcess(temp.dir);
  writeReport(temp.dir);
  site = await startStaticServer(temp.dir);
  url = `${site.url}/rapport.html`;
  fixture = await seedSidebarFixture(server.url, temp.dir, url);
  browser = await launchWithExtension();
  await storeSettings(browser.worker, { serverUrl: server.url, token: fixture.councillorToken });
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
  await server?.stop();
  temp?.remove();
});

/** Opens the report at `width` and waits until all its remarks are highlighted and counted. */
async function openReport(width = 1280): Promise<Page> {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width, height: 800 });
  await page.goto(url);
  await page.getByRole('button', { name: `Kantlijn: ${REMARK_COUNT} opmerkingen` }).waitFor({ timeout: 30_000 });
  return page;
}

const focusOf = (page: Page) => page.evaluate(describeFocus);
const card = (page: Page, id: string) => page.locator(`[data-card-id="${id}"]`);

describe('the sidebar in Chromium', () => {
  it.each([320, 360, 480])('fits %i px: nothing scrolls sideways, labels stay on one line', async (width) => {
    const page = await openReport(width);
    await page.getByRole('button', { name: /^Kantlijn: / }).click();
    const sidebar = page.getByRole('complementary', { name: 'Kantlijn' });
    await card(page, fixture.answeredId).waitFor();
    const fit = await page.evaluate(measureSidebarFit);
    expect(fit.width).toBeLessThanOrEqual(width);
    expect(fit.sideways).toBe(0);
    expect(fit.pageSideways).toBe(0);
    expect(fit.outside).toEqual([]);
    expect(fit.wrapped).toEqual([]);
    // Term chips carry code and name; the full name is on hover.
    const chip = card(page, fixture.longId).locator('li[title^="A3.1 "]');
    expect(await chip.textContent()).toMatch(/^A3\.1 \S+/);
    expect(await sidebar.getByRole('combobox', { name: 'Soort' }).count()).toBe(1);
    await page.close();
  });

  it('folds a remark of 3,000 characters behind "Meer tonen"', async () => {
    const page = await openReport();
    await page.getByRole('button', { name: /^Kantlijn: / }).click();
    const long = card(page, fixture.longId);
    const remark = long.locator('p.remark');
    expect((await remark.textContent())!.length).toBeLessThan(500);
    const more = long.getByRole('button', { name: 'Meer tonen' });
    expect(await more.getAttribute('aria-expanded')).toBe('false');
    await more.click();
    expect(await remark.textContent()).toBe(LONG_REMARK.trim());
    const less = long.getByRole('button', { name: 'Minder tonen' });
    expect(await less.getAttribute('aria-expanded')).toBe('true');
    await page.close();
  });

  it('renders the first 50 cards, loads more on request, and reaches a clicked highlight beyond them', async () => {
    const page = await openReport();
    await page.getByRole('button', { name: /^Kantlijn: / }).click();
    const cards = page.getByRole('complementary', { name: 'Kantlijn' }).getByRole('article');
    await expect.poll(() => cards.count()).toBe(50);
    await page.getByRole('button', { name: 'Meer laden' }).click();
    await expect.poll(() => cards.count()).toBe(100);
    await expect.poll(async () => (await focusOf(page)).card).toBe(fixture.ids[50]);
    await page.keyboard.press('Escape');

    const far = fixture.ids[110]!;
    await page.locator(`[data-annotation-id="${far}"]`).first().click();
    await expect.poll(async () => (await focusOf(page)).card).toBe(far);
    expect(await card(page, far).getAttribute('aria-current')).toBe('true');
    const inView = await card(page, far).evaluate((element) => {
      const aside = element.closest('aside')!.getBoundingClientRect();
      const rect = element.getBoundingClientRect();
      return rect.top >= aside.top && rect.top < aside.bottom - 40;
    });
    expect(inView).toBe(true);
    // Escape closes, and focus goes back to the highlight the reader came from.
    await page.keyboard.press('Escape');
    await expect.poll(async () => (await focusOf(page)).highlight).toBe(far);
    expect(await page.getByRole('complementary', { name: 'Kantlijn' }).count()).toBe(0);
    await page.close();
  });

  it('by keyboard: focus moves in on open, Escape closes and gives focus back to the button', async () => {
    const page = await openReport(360);
    await page.getByRole('button', { name: /^Kantlijn: / }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await focusOf(page)).inSidebar).toBe('h2:Kantlijn');
    await page.keyboard.press('Tab');
    expect((await focusOf(page)).inSidebar).toBe('button:Zijbalk sluiten');
    await page.keyboard.press('Escape');
    await expect.poll(async () => (await focusOf(page)).inSidebar).toMatch(/^button:Kantlijn: 120 opmerkingen/);
    // The close button does the same.
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Zijbalk sluiten' }).click();
    await expect.poll(async () => (await focusOf(page)).inSidebar).toMatch(/^button:Kantlijn: /);
    await page.close();
  });

  it('Reageren moves focus into the reply box right after it; after Versturen focus returns and it is announced', async () => {
    const page = await openReport(360);
    await page.getByRole('button', { name: /^Kantlijn: / }).click();
    const answered = card(page, fixture.answeredId);
    await answered.getByRole('button', { name: 'Reageren' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await focusOf(page)).inSidebar).toBe('textarea:');
    await page.keyboard.press('Shift+Tab');
    expect((await focusOf(page)).inSidebar).toBe('button:Reageren');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Graag ook per wijkteam.');
    await page.keyboard.press('Tab');
    expect((await focusOf(page)).inSidebar).toBe('button:Versturen');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await focusOf(page)).inSidebar, { timeout: 15_000 }).toBe('button:Reageren');
    await expect.poll(() => page.locator('[data-kantlijn-announcer]').textContent()).toBe('Reactie verstuurd');
    await expect.poll(() => answered.getByText('Graag ook per wijkteam.').count(), { timeout: 15_000 }).toBe(1);
    expect(await answered.getByText('Uw reactie').count()).toBeGreaterThan(0);
    await page.close();
  });

  it('has no serious or critical axe-core violations when open', async () => {
    const page = await openReport(360);
    await page.getByRole('button', { name: /^Kantlijn: / }).click();
    await card(page, fixture.answeredId).getByRole('button', { name: 'Reageren' }).click();
    await page.addScriptTag({ path: AXE_PATH });
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run(context: object): Promise<{ violations: Array<{ id: string; impact: string | null; nodes: Array<{ target: unknown }> }> }> } }).axe;
      const result = await axe.run({ include: [['kantlijn-annotator', 'aside']] });
      return result.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical').map((violation) => `${violation.id}: ${JSON.stringify(violation.nodes.map((node) => node.target))}`);
    });
    expect(violations).toEqual([]);
    await page.close();
  });
});
