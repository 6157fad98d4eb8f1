import { copyFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTempDir } from '../helpers/temp-dir';
import { addUserWithCli, startServerProcess, type ServerProcess } from '../helpers/server-process';
import { launchWithExtension, storeSettings, type ExtensionBrowser } from './support/browser';
import { annotate } from './support/page-actions';
import { highlightedText, openViewer, pagesHighlighting, selectAcrossPageBreak, waitForTextLayer } from './support/pdf-actions';
import { GOAL_SENTENCE, LONG_PARAGRAPH, printPdf, reportHtml, scannedHtml } from './support/pdf-report';
import { listAnnotations } from './support/api';
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

const listed = (source: string) => listAnnotations(server.url, token, source);

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

  it('zooms with its buttons and keys, draws the pages anew, and keeps highlights on their text', async () => {
    const page = await openViewer(browser.context, browser.worker, `${svmn.url}/voortgangsrapportage.pdf`);
    const highlight = page.locator(`.textLayer [data-annotation-id="${ids.goal}"]`).first();
    await highlight.waitFor({ timeout: 15_000 });
    const firstPage = page.locator('.page[data-page-number="1"]');
    const level = page.locator('.viewer-zoom-level');
    /** The page's width, its canvas's pixel width, and where the highlight lies as fractions of the page. */
    const measure = () =>
      firstPage.evaluate((element, id) => {
        const pageBox = element.getBoundingClientRect();
        const mark = element.querySelector(`[data-annotation-id="${id}"]`)!.getBoundingClientRect();
        return {
          width: pageBox.width,
          canvas: element.querySelector('canvas')?.width ?? 0,
          left: (mark.left - pageBox.left) / pageBox.width,
          top: (mark.top - pageBox.top) / pageBox.height,
        };
      }, ids.goal);
    await expect.poll(async () => (await measure()).canvas).toBeGreaterThan(0);
    await page.locator('.viewer-pages').evaluate((element) => element.scrollTo(0, 0));
    const before = await measure();
    const startLabel = await level.textContent();
    expect(startLabel).toMatch(/^\d+ %$/);
    const pageTop = () => firstPage.evaluate((element) => element.getBoundingClientRect().top);
    const topBefore = await pageTop();

    await page.getByRole('button', { name: 'Inzoomen (Ctrl +)' }).click();
    // At the top of the document the first page stays where it was, below the header.
    expect(Math.abs((await pageTop()) - topBefore)).toBeLessThan(2);
    await expect.poll(() => level.textContent()).not.toBe(startLabel);
    const zoomed = Number.parseInt((await level.textContent())!, 10);
    expect(zoomed).toBeGreaterThan(Number.parseInt(startLabel!, 10));
    const ratio = zoomed / Number.parseInt(startLabel!, 10);
    // The page grows by the zoom's ratio (the starting label is rounded, hence the tolerance) and
    // its canvas is drawn again at the new size instead of stretched.
    const after = await measure();
    expect(after.width / before.width).toBeCloseTo(ratio, 1);
    await expect.poll(async () => (await measure()).canvas / before.canvas, { timeout: 15_000 }).toBeCloseTo(after.width / before.width, 1);
    // The highlight still covers the same words: the same place on the page, as a fraction of it.
    expect(after.left).toBeCloseTo(before.left, 2);
    expect(after.top).toBeCloseTo(before.top, 2);
    expect(await highlightedText(page, ids.goal!)).toBe(GOAL_SENTENCE);

    // Zoomed as far as it goes, a page wider than the window can be scrolled to from its left edge.
    const zoomIn = page.getByRole('button', { name: 'Inzoomen (Ctrl +)' });
    while (await zoomIn.isEnabled()) await zoomIn.click();
    expect(await level.textContent()).toBe('300 %');
    const wide = await firstPage.evaluate((element) => ({ left: element.getBoundingClientRect().left, width: element.getBoundingClientRect().width, window: document.documentElement.clientWidth }));
    expect(wide.width).toBeGreaterThan(wide.window);
    expect(wide.left).toBeGreaterThanOrEqual(0);
    const pages = page.locator('.viewer-pages');
    expect(await pages.evaluate((element) => element.scrollWidth > element.clientWidth)).toBe(true);
    // The pages scroll sideways on their own; the header with the zoom buttons stays in view.
    await pages.evaluate((element) => element.scrollBy(400, 0));
    expect(await pages.evaluate((element) => element.scrollLeft)).toBeGreaterThan(0);
    expect(await page.locator('.viewer-zoom').isVisible()).toBe(true);
    expect(await page.locator('.viewer-zoom').evaluate((element) => element.getBoundingClientRect().right)).toBeLessThanOrEqual(wide.window);
    await pages.evaluate((element) => element.scrollTo(0, element.scrollTop));
    const start = Number.parseInt(startLabel!, 10);
    for (let n = 0; n < 12 && Number.parseInt((await level.textContent())!, 10) >= start; n++) await page.keyboard.press('Control+Minus');
    const small = await measure();
    expect(small.width).toBeLessThan(before.width);
    const smallLabel = await level.textContent();
    await page.keyboard.press('Control+0');
    await expect.poll(() => level.textContent()).not.toBe(smallLabel);
    // Fit to width: the page fills the pages' column but for its margin.
    const fitted = await measure();
    const column = await page.locator('.viewer-pages').evaluate((element) => element.clientWidth);
    expect(fitted.width).toBeGreaterThan(column - 40);
    expect(fitted.width).toBeLessThanOrEqual(column);
    await page.close();
  });

  it('speaks English when the reader chose English in the options', async () => {
    await storeSettings(browser.worker, { serverUrl: server.url, token, language: 'en' });
    try {
      const page = await openViewer(browser.context, browser.worker, `${svmn.url}/voortgangsrapportage.pdf`);
      await expect.poll(() => page.getByRole('link', { name: 'Open in the browser’s PDF viewer' }).count()).toBe(1);
      expect(await page.getByRole('button', { name: 'Zoom in (Ctrl +)' }).count()).toBe(1);
      expect(await page.locator('.page[data-page-number="1"]').getAttribute('aria-label')).toBe('Page 1');
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
      await page.close();
    } finally {
      await storeSettings(browser.worker, { serverUrl: server.url, token, language: 'nl' });
    }
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
