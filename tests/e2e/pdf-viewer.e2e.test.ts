import { copyFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { annotationPageSchema, type Annotation } from '../../shared/schemas/annotation';
import { createTempDir } from '../helpers/temp-dir';
import { addUserWithCli, startServerProcess, type ServerProcess } from '../helpers/server-process';
import { launchWithExtension, storeSettings, type ExtensionBrowser } from './support/browser';
import { annotate } from './support/page-actions';
import { highlightedText, openViewer, pagesHighlighting, selectAcrossPageBreak, waitForTextLayer } from './support/pdf-actions';
import { GOAL_SENTENCE, LONG_PARAGRAPH, printPdf, reportHtml, scannedHtml } from './support/pdf-report';
import { startStaticServer } from './support/static-server';

let temp: ReturnType<typeof createTempDir>;
let server: ServerProcess;
let svmn: Awaited<ReturnType<typeof startStaticServer>>;
let council: Awaited<ReturnType<typeof startStaticServer>>;
let browser: ExtensionBrowser;
let token: string;

beforeAll(async () => {
  temp = createTempDir('kantlijn-pdf-e2e-');
  server = await startServerProcess(temp.dir);
  token = addUserWithCli(temp.dir, { role: 'councillor', name: 'Sanne Bakker', org: 'Gemeente Utrecht' });
  browser = await launchWithExtension();
  await storeSettings(browser.worker, { serverUrl: server.url, token });
  // The report as SVMN publishes it, and the very same file as a council attaches it elsewhere.
  const site = path.join(temp.dir, 'site');
  await mkdir(path.join(site, 'bijlagen'), { recursive: true });
  await printPdf(browser.context, reportHtml(), path.join(site, 'voortgangsrapportage.pdf'));
  await copyFile(path.join(site, 'voortgangsrapportage.pdf'), path.join(site, 'bijlagen', 'bijlage-2-rapportage.pdf'));
  await printPdf(browser.context, scannedHtml(), path.join(site, 'gescand.pdf'));
  svmn = await startStaticServer(site);
  council = await startStaticServer(site);
});

afterAll(async () => {
  await browser?.close();
  await svmn?.close();
  await council?.close();
  await server?.stop();
  temp?.remove();
});

async function listed(source: string): Promise<Annotation[]> {
  const response = await fetch(`${server.url}/api/annotations?source=${encodeURIComponent(source)}`, { headers: { Authorization: `Bearer ${token}` } });
  return annotationPageSchema.parse(await response.json()).items;
}

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

describe('the PDF viewer', () => {
  const ids: { goal?: string; crossing?: string } = {};

  it('annotates a passage within a page and one across a page break, and finds both after a reload', async () => {
    const pdfUrl = `${svmn.url}/voortgangsrapportage.pdf`;
    const page = await openViewer(browser.context, browser.worker, pdfUrl);
    expect(await page.locator('.page').count()).toBeGreaterThanOrEqual(2);
    await expect.poll(() => page.getByRole('link', { name: 'Openen in de PDF-viewer van de browser' }).getAttribute('href')).toBe(pdfUrl);

    await annotate(page, GOAL_SENTENCE, 'Hoe meten we of dit doel gehaald wordt?');
    await expect.poll(() => page.locator('.textLayer [data-annotation-id]').count(), { timeout: 15_000 }).toBeGreaterThan(0);
    ids.goal = (await page.locator('.textLayer [data-annotation-id]').first().getAttribute('data-annotation-id'))!;
    expect(await highlightedText(page, ids.goal)).toBe(GOAL_SENTENCE);

    // Bring the first page break into view so both pages render, then select across it.
    await page.locator('.page[data-page-number="2"]').evaluate((element) => element.scrollIntoView({ block: 'center' }));
    await waitForTextLayer(page, 2);
    // A fresh selection: the toolbar must not still offer the passage annotated before (a click
    // elsewhere, as a reader would make, clears it).
    await page.evaluate(() => {
      document.getSelection()?.removeAllRanges();
      document.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
    });
    await expect.poll(() => page.getByRole('button', { name: 'Annoteren' }).count()).toBe(0);
    const { before, after } = await selectAcrossPageBreak(page, 1);
    // Both sides are the one paragraph that the page break cuts in two.
    expect(collapse(LONG_PARAGRAPH)).toContain(collapse(`${before} ${after}`));
    await page.getByRole('button', { name: 'Annoteren' }).click();
    await page.getByRole('textbox', { name: 'Opmerking' }).fill('Wat betekent dit voor de wachttijden in onze gemeente?');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await expect.poll(() => page.locator(`.textLayer [data-annotation-id]:not([data-annotation-id="${ids.goal}"])`).count(), { timeout: 15_000 }).toBeGreaterThan(0);
    ids.crossing = (await page.locator(`.textLayer [data-annotation-id]:not([data-annotation-id="${ids.goal}"])`).first().getAttribute('data-annotation-id'))!;
    expect(await pagesHighlighting(page, ids.crossing)).toEqual([1, 2]);
    expect(await highlightedText(page, ids.crossing)).toBe(collapse(`${before} ${after}`));

    await page.reload();
    await page.locator('kantlijn-annotator').waitFor({ state: 'attached', timeout: 30_000 });
    for (const id of [ids.goal, ids.crossing]) {
      await expect.poll(() => page.locator(`[data-annotation-id="${id}"]`).count(), { timeout: 15_000 }).toBeGreaterThan(0);
    }
    await expect.poll(() => highlightedText(page, ids.goal!)).toBe(GOAL_SENTENCE);
    await page.locator('.page[data-page-number="2"]').evaluate((element) => element.scrollIntoView({ block: 'center' }));
    await expect.poll(() => pagesHighlighting(page, ids.crossing!), { timeout: 15_000 }).toEqual([1, 2]);
    await expect.poll(() => highlightedText(page, ids.crossing!)).toBe(collapse(`${before} ${after}`));

    // Filed under the PDF's own URL, with the quote over the page break and the page it starts on.
    const items = await listed(pdfUrl);
    expect(items.map((item) => item.id).sort()).toEqual([ids.goal, ids.crossing].sort());
    const crossing = items.find((item) => item.id === ids.crossing)!;
    expect(typeof crossing.target === 'string' ? null : crossing.target.source).toBe(pdfUrl);
    const selectors = typeof crossing.target === 'string' ? [] : crossing.target.selector;
    const quote = selectors.find((selector) => selector.type === 'TextQuoteSelector');
    expect(quote && 'exact' in quote ? collapse(quote.exact) : null).toBe(collapse(`${before} ${after}`));
    expect(selectors).toContainEqual({ type: 'FragmentSelector', value: 'page=1', conformsTo: 'http://tools.ietf.org/rfc/rfc3778' });
    await page.close();
  });

  it('shows both annotations on the same PDF published at another URL', async () => {
    const elsewhere = `${council.url}/bijlagen/bijlage-2-rapportage.pdf`;
    const page = await openViewer(browser.context, browser.worker, elsewhere);
    for (const id of [ids.goal, ids.crossing]) {
      expect(id).toBeDefined();
      await expect.poll(() => page.locator(`[data-annotation-id="${id}"]`).count(), { timeout: 15_000 }).toBeGreaterThan(0);
    }
    await expect.poll(() => highlightedText(page, ids.goal!)).toBe(GOAL_SENTENCE);
    await page.close();
  });

  it('tells the reader when a PDF has no text layer (a scan)', async () => {
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${new URL(browser.worker.url()).host}/viewer.html?file=${encodeURIComponent(`${svmn.url}/gescand.pdf`)}`);
    await expect.poll(() => page.locator('.viewer-notices').textContent(), { timeout: 30_000 }).toContain('Deze PDF heeft geen tekstlaag');
    await page.close();
  });
});

describe('PDF tabs on sites where Kantlijn runs by itself', () => {
  it('are shown in Kantlijn’s viewer instead of the browser’s', async () => {
    const pdf = `${svmn.url}/voortgangsrapportage.pdf`;
    const page = await browser.context.newPage();
    await page.goto(pdf).catch(() => undefined);
    await expect.poll(() => page.url(), { timeout: 15_000 }).toContain(`/viewer.html?file=${encodeURIComponent(pdf)}`);
    await waitForTextLayer(page, 1);
    await page.close();
  });
});
