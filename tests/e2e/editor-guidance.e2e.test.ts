import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addUserWithCli, startServerProcess, type ServerProcess } from '../helpers/server-process';
import { createTempDir } from '../helpers/temp-dir';
import { listAnnotations } from './support/api';
import { axeViolations, seriousOnes } from './support/axe';
import { launchWithExtension, storeSettings, type ExtensionBrowser } from './support/browser';
import { focused, liveRegionText } from './support/in-page-ui';
import { selectText } from './support/page-actions';
import { startStaticServer } from './support/static-server';

const SENTENCE = 'Drie werkgroepen leverden hun eindresultaten op.';

let temp: ReturnType<typeof createTempDir>;
let server: ServerProcess;
let site: Awaited<ReturnType<typeof startStaticServer>>;
let browser: ExtensionBrowser;
let token: string;
let reportUrl: string;

beforeAll(async () => {
  temp = createTempDir('kantlijn-guidance-');
  server = await startServerProcess(temp.dir);
  token = addUserWithCli(temp.dir, { role: 'councillor', name: 'Sanne Bakker', org: 'Gemeente Zeist' });
  site = await startStaticServer(path.resolve(import.meta.dirname, '../../server/demo/reports'));
  reportUrl = `${site.url}/voortgangsrapportage-demo.html`;
  browser = await launchWithExtension();
  await storeSettings(browser.worker, { serverUrl: server.url, token });
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
  await server?.stop();
  temp?.remove();
});

async function openEditor(page: Page, sentence = SENTENCE): Promise<void> {
  await page.goto(reportUrl);
  await page.locator('kantlijn-annotator').waitFor({ state: 'attached' });
  await page.getByRole('button', { name: /^Kantlijn:/ }).waitFor();
  await selectText(page, sentence);
  await page.getByRole('button', { name: 'Annoteren' }).click();
  await page.getByRole('dialog', { name: 'Annoteren' }).waitFor();
}

describe('the editor guides', () => {
  it('counts the characters left near the limit, announces it, and will not save beyond it', async () => {
    const page = await browser.context.newPage();
    await openEditor(page);
    const remark = page.getByRole('textbox', { name: 'Opmerking' });
    const counter = page.locator('.counter');
    await remark.fill('a'.repeat(7_000));
    expect(await counter.count()).toBe(0);
    await remark.fill('a'.repeat(8_100));
    await expect.poll(() => counter.textContent()).toBe('Nog 1.900 tekens over');
    await remark.fill('a'.repeat(9_500));
    await expect.poll(() => liveRegionText(page)).toBe('Nog 500 tekens over');
    await remark.fill('a'.repeat(10_050));
    const tooLong = '50 tekens te veel. Uw opmerking is te lang: maximaal 10.000 tekens. Maak hem korter.';
    await expect.poll(() => counter.textContent()).toBe(tooLong);
    await expect.poll(() => liveRegionText(page)).toBe(tooLong);
    expect(await page.getByRole('button', { name: 'Opslaan' }).isDisabled()).toBe(true);
    expect(await remark.getAttribute('aria-invalid')).toBe('true');
    expect(seriousOnes(await axeViolations(page))).toEqual([]);
    await page.close();
  });

  it('keeps a plain highlight private, announces it and puts focus on it', async () => {
    const page = await browser.context.newPage();
    await page.goto(reportUrl);
    await page.locator('kantlijn-annotator').waitFor({ state: 'attached' });
    await selectText(page, SENTENCE);
    await page.getByRole('button', { name: 'Markeren' }).click();
    await expect.poll(() => liveRegionText(page), { timeout: 15_000 }).toBe('Passage gemarkeerd');
    const [saved] = await listAnnotations(server.url, token, reportUrl);
    expect(saved).toMatchObject({ motivation: 'highlighting', visibility: 'private' });
    await expect.poll(async () => (await focused(page)).annotationId).toBe(saved!.id);

    // Saving with an empty remark is the same plain highlight, and the editor says so beforehand.
    await selectText(page, 'De agenda kent drie doelen en twaalf acties.');
    await page.getByRole('button', { name: 'Annoteren' }).click();
    await page.getByText('Een markering zonder opmerking ziet alleen u').waitFor();
    expect(await page.getByRole('radio', { name: 'alleen ik' }).isChecked()).toBe(true);
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await expect.poll(async () => (await listAnnotations(server.url, token, reportUrl)).length, { timeout: 15_000 }).toBe(2);
    expect((await listAnnotations(server.url, token, reportUrl)).map((annotation) => annotation.visibility)).toEqual(['private', 'private']);
    await page.close();
  });

  it('says in plain words what to do when saving fails', async () => {
    const page = await browser.context.newPage();
    await openEditor(page);
    await page.getByRole('textbox', { name: 'Opmerking' }).fill('Wat leverden de werkgroepen precies op?');
    // The token stops being valid while the person writes.
    await storeSettings(browser.worker, { serverUrl: server.url, token: 'kl_ingetrokken' });
    await page.getByRole('button', { name: 'Opslaan' }).click();
    const error = page.getByRole('dialog').getByRole('alert');
    await expect.poll(() => error.textContent(), { timeout: 15_000 }).toBe('U bent niet aangemeld. Open de opties van Kantlijn en meld u aan; uw tekst blijft hier staan.');
    expect(await page.getByRole('textbox', { name: 'Opmerking' }).inputValue()).toBe('Wat leverden de werkgroepen precies op?');
    expect(seriousOnes(await axeViolations(page))).toEqual([]);
    await storeSettings(browser.worker, { serverUrl: server.url, token });
    await page.close();
  });

  it('fits a 320 px wide screen', async () => {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 320, height: 640 });
    await openEditor(page);
    const box = (await page.getByRole('dialog', { name: 'Annoteren' }).boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(320);
    const overflowing = await page.evaluate(() => {
      const dialog = document.querySelector('kantlijn-annotator')!.shadowRoot!.querySelector('[role="dialog"]')!;
      return [...dialog.querySelectorAll('*')].filter((element) => element.getBoundingClientRect().right > 320.5).map((element) => element.tagName);
    });
    expect(overflowing).toEqual([]);
    await page.close();
  });
});
