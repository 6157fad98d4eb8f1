import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addUserWithCli } from '../helpers/server-process';
import { listAnnotations } from './support/api';
import { launchPlainChromium, launchWithExtension, storeSettings, type ExtensionBrowser } from './support/browser';
import { annotate } from './support/page-actions';
import { openViewer, waitForTextLayer } from './support/pdf-actions';
import { openInReader, PDF_OTHER_SENTENCE, PDF_SENTENCE, signInThroughInvitation, startReaderSetup, type ReaderSetup } from './support/reader-session';

// One report, two ways in: a councillor with the built extension (Chromium) and one in the reader
// in another Chromium without it. A remark made in either shows in the other, on a PDF and on a
// web page, because both file it under the report's own address.
const HTML_SENTENCE = 'In het najaar evalueren wij samen met de gemeenten of deze werkwijze de doorlooptijden werkelijk verkort.';
const HTML_READER_SENTENCE = 'Drie werkgroepen leverden hun eindresultaten op.';

let setup: ReaderSetup;
let extension: ExtensionBrowser;
let plain: Browser;
let reader: Page;
let token: string;

beforeAll(async () => {
  setup = await startReaderSetup('kantlijn-reader-cross-');
  token = addUserWithCli(setup.dataDir, { role: 'councillor', name: 'Fleur Visser', org: 'Gemeente Houten' });
  extension = await launchWithExtension();
  await storeSettings(extension.worker, { serverUrl: setup.server.url, token });
  plain = await launchPlainChromium();
  reader = await (await plain.newContext({ locale: 'nl-NL' })).newPage();
  await signInThroughInvitation(reader, setup.server.url, setup.secretariat, 'Anna de Vries');
});

afterAll(async () => {
  await extension?.close();
  await plain?.close();
  await setup?.close();
});

/** The id of the remark `name` wrote on `source`, as the server lists it. */
async function remarkBy(source: string, name: string): Promise<string> {
  let id: string | undefined;
  await expect.poll(async () => (id = (await listAnnotations(setup.server.url, token, source)).find((annotation) => annotation.creator?.name === name)?.id), { timeout: 15_000 }).toBeDefined();
  return id!;
}

/** Waits until the highlight of annotation `id` is on `page` (in a PDF: in a page's text layer). */
async function highlightShows(page: Page, id: string, scope = ''): Promise<void> {
  await expect.poll(() => page.locator(`${scope} [data-annotation-id="${id}"]`).count(), { timeout: 20_000 }).toBeGreaterThan(0);
}

describe('the extension and the reader on the same report', () => {
  it('on a PDF: the extension’s remark shows in the reader, and the reader’s in the extension’s viewer', async () => {
    const pdfUrl = `${setup.siteUrl}/rapport.pdf`;
    const viewer = await openViewer(extension.context, extension.worker, pdfUrl);
    await annotate(viewer, PDF_SENTENCE, 'Wie bewaakt dit doel?');
    const fromExtension = await remarkBy(pdfUrl, 'Fleur Visser');

    await openInReader(reader, setup.server.url, pdfUrl);
    await waitForTextLayer(reader, 1);
    await highlightShows(reader, fromExtension, '.textLayer');
    await annotate(reader, PDF_OTHER_SENTENCE, 'Over welke maanden gaat dit?');
    const fromReader = await remarkBy(pdfUrl, 'Anna de Vries');

    await viewer.reload();
    await waitForTextLayer(viewer, 1);
    await highlightShows(viewer, fromReader, '.textLayer');
    await highlightShows(viewer, fromExtension, '.textLayer');
    await viewer.close();
  });

  it('on a web page: the extension’s remark on the site shows in the reader’s copy, and the other way round', async () => {
    const reportUrl = `${setup.siteUrl}/voortgangsrapportage-demo.html`;
    const site = await extension.context.newPage();
    await site.goto(reportUrl);
    await site.getByRole('button', { name: /^Kantlijn:/ }).waitFor({ timeout: 30_000 });
    await annotate(site, HTML_SENTENCE, 'Per gemeente of voor de regio?');
    const fromExtension = await remarkBy(reportUrl, 'Fleur Visser');

    await openInReader(reader, setup.server.url, reportUrl);
    await highlightShows(reader, fromExtension);
    await annotate(reader, HTML_READER_SENTENCE, 'Wat leverden ze op?');
    const fromReader = await remarkBy(reportUrl, 'Anna de Vries');

    await site.reload();
    await highlightShows(site, fromReader);
    await highlightShows(site, fromExtension);
    await site.close();
  });
});
