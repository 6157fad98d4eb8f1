import { copyFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTempDir } from '../helpers/temp-dir';
import { addUserWithCli, startServerProcess, type ServerProcess } from '../helpers/server-process';
import { listAnnotations } from './support/api';
import { launchWithExtension, storeSettings, type ExtensionBrowser } from './support/browser';
import { highlightedText, openViewer, pagesHighlighting, waitForTextLayer } from './support/pdf-actions';
import { startStaticServer } from './support/static-server';

/*
 * A report as councils publish it: a running head (title, publisher) and foot ("pagina N van 5")
 * on every page, printed by Chromium from CSS @page margin boxes (tests/fixtures/pdf). A sentence
 * that the page break cuts, selected across it, is stored and shown without head and foot.
 */

let temp: ReturnType<typeof createTempDir>;
let server: ServerProcess;
let site: Awaited<ReturnType<typeof startStaticServer>>;
let browser: ExtensionBrowser;
let token: string;

const FIXTURE = path.resolve(import.meta.dirname, '../fixtures/pdf/running-heads-margin-boxes.pdf');

beforeAll(async () => {
  temp = createTempDir('kantlijn-pdf-heads-e2e-');
  server = await startServerProcess(temp.dir);
  token = addUserWithCli(temp.dir, { role: 'councillor', name: 'Sanne Bakker', org: 'Gemeente Utrecht' });
  browser = await launchWithExtension();
  await storeSettings(browser.worker, { serverUrl: server.url, token });
  const dir = path.join(temp.dir, 'site');
  await mkdir(dir, { recursive: true });
  await copyFile(FIXTURE, path.join(dir, 'rapportage.pdf'));
  site = await startStaticServer(dir);
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
  await server?.stop();
  temp?.remove();
});

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

describe('a PDF with running heads and feet', () => {
  it('stores a quote selected across a page break without the foot and head between its halves', async () => {
    const pdfUrl = `${site.url}/rapportage.pdf`;
    const page = await openViewer(browser.context, browser.worker, pdfUrl);
    // Page 2 ends inside a sentence ("… vooral aan het werkvoorraadteam en aan de" / "training van
    // medewerkers."): bring that break into view so both pages render.
    await page.locator('.page[data-page-number="3"]').evaluate((element) => element.scrollIntoView({ block: 'start' }));
    await waitForTextLayer(page, 2);
    await waitForTextLayer(page, 3);
    const selected = await page.evaluate(() => {
      const spans = (n: number) => [...document.querySelectorAll<HTMLElement>(`.page[data-page-number="${n}"] .textLayer > span`)];
      const start = spans(2).find((span) => span.textContent!.includes('vooral aan het werkvoorraadteam en aan de'));
      const end = spans(3).find((span) => span.textContent!.startsWith('training van medewerkers.'));
      if (!start || !end) throw new Error('the sentence across the page break is not where the fixture has it');
      const startText = start.firstChild as Text;
      const endText = end.firstChild as Text;
      // The drag runs over the running head and foot, which the text layer also holds.
      const range = document.createRange();
      range.setStart(startText, startText.data.indexOf('vooral'));
      range.setEnd(endText, 'training van medewerkers'.length);
      const selection = document.getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
      document.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
      return selection.toString();
    });
    // What the browser selects includes the page furniture (page 3's head and foot come first in
    // its text layer) …
    expect(selected).toMatch(/pagina 3 van 5/);
    await page.getByRole('button', { name: 'Annoteren' }).click();
    await page.getByRole('textbox', { name: 'Opmerking' }).fill('Waar is de rest van het budget aan besteed?');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    const marks = page.locator('.textLayer [data-annotation-id]');
    await expect.poll(() => marks.count(), { timeout: 15_000 }).toBeGreaterThan(0);
    const id = (await marks.first().getAttribute('data-annotation-id'))!;
    const wanted = 'vooral aan het werkvoorraadteam en aan de training van medewerkers';
    // … the highlight and the stored quote do not.
    expect(await pagesHighlighting(page, id)).toEqual([2, 3]);
    expect(await highlightedText(page, id)).toBe(wanted);
    const [stored] = await listAnnotations(server.url, token, pdfUrl);
    const selectors = stored && typeof stored.target !== 'string' ? stored.target.selector : [];
    const quote = selectors.find((selector) => selector.type === 'TextQuoteSelector');
    expect(quote && 'exact' in quote ? collapse(quote.exact) : null).toBe(wanted);
    await page.close();
  });
});
