import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addUserWithCli } from '../helpers/server-process';
import { listAnnotations, postAnnotation } from './support/api';
import { clickInUi, findFirefox, launchPlainFirefox, waitFor } from './support/firefox';
import { selectTextInDocument } from './support/page-actions';
import { invitationLink, PDF_OTHER_SENTENCE, PDF_SENTENCE, readerUrl, startReaderSetup, type ReaderSetup } from './support/reader-session';

// The reader in the browser in a real Firefox (ESR) without the extension: the invitation redeemed
// in the browser, a web page and a PDF served on loopback opened through /lezen, annotated, and a
// partner's remark answered. The reader is a plain web page, so nothing here needs an add-on.
const SENTENCE = 'In het najaar evalueren wij samen met de gemeenten of deze werkwijze de doorlooptijden werkelijk verkort.';
const PARTNER_SENTENCE = 'Drie werkgroepen leverden hun eindresultaten op.';

const firefox = findFirefox();
// CI installs Debian's Firefox ESR; there a missing Firefox is a failure, not a reason to skip.
if (!firefox && process.env['CI']) throw new Error('Firefox ontbreekt: .ci/run installeert firefox-esr uit Debian.');

let setup: ReaderSetup;
let browser: Browser;
let page: Page;
let partner: string;

beforeAll(async () => {
  if (!firefox) return;
  setup = await startReaderSetup('kantlijn-reader-firefox-');
  partner = addUserWithCli(setup.dataDir, { role: 'partner', name: 'Chris Jansen', org: 'Veilig Thuis' });
  browser = await launchPlainFirefox(firefox);
  page = await browser.newPage();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await setup?.close();
});

const listed = (source: string) => listAnnotations(setup.server.url, partner, source);

/** A partner's remark on `quote`, made through the API as the extension would. */
const partnerRemark = (source: string, quote: string, remark: string) =>
  postAnnotation(setup.server.url, partner, {
    motivation: 'commenting',
    body: { type: 'TextualBody', value: remark },
    target: { source, selector: [{ type: 'TextQuoteSelector', exact: quote }] },
    visibility: 'round',
  });

const hasHighlight = (id: string) => page.evaluate((wanted) => document.querySelector(`[data-annotation-id="${wanted}"]`) !== null, id);

/** Opens `documentUrl` in the reader and waits until Kantlijn's sidebar button is there. */
async function openInReader(documentUrl: string): Promise<void> {
  await page.goto(readerUrl(setup.server.url, documentUrl));
  await waitFor(() => page.evaluate(() => Boolean(document.querySelector('kantlijn-annotator')?.shadowRoot?.querySelector('.sidebar-toggle'))), 'the reader did not start', 30_000);
}

/** Selects `sentence`, writes `remark` in the editor and saves; returns the new remark's id. */
async function annotate(source: string, sentence: string, remark: string): Promise<string> {
  // Right after the page loads the app may still be starting; select again until the toolbar answers.
  // Each selection is given time to settle: the toolbar follows a selection only once it has rested
  // (120 ms), so selecting anew on every poll would keep it from ever appearing.
  await waitFor(async () => {
    await page.evaluate(selectTextInDocument, sentence);
    return waitFor(() => clickInUi(page, '.toolbar button.primary', 'Annoteren'), 'toolbar', 2_000).then(() => true, () => false);
  }, 'no toolbar for the selection');
  await waitFor(() => page.evaluate(() => {
    const box = document.querySelector('kantlijn-annotator')?.shadowRoot?.querySelector<HTMLTextAreaElement>('form.editor textarea');
    box?.focus();
    return document.querySelector('kantlijn-annotator')?.shadowRoot?.activeElement === box && Boolean(box);
  }), 'the editor did not open');
  await page.keyboard.type(remark);
  expect(await clickInUi(page, 'form.editor button[type="submit"]', 'Opslaan')).toBe(true);
  let id: string | undefined;
  await waitFor(async () => Boolean((id = (await listed(source)).find((annotation) => JSON.stringify(annotation.body).includes(remark))?.id)), 'the remark was not stored');
  await waitFor(() => hasHighlight(id!), 'no highlight for the saved remark');
  return id!;
}

/** Opens the sidebar, answers the card of `parentId` with `reply`, and waits until the server has it. */
async function replyTo(source: string, parentId: string, reply: string): Promise<void> {
  await waitFor(() => page.evaluate(() => {
    const toggle = document.querySelector('kantlijn-annotator')?.shadowRoot?.querySelector<HTMLButtonElement>('.sidebar-toggle');
    toggle?.click();
    return Boolean(toggle);
  }), 'no sidebar button');
  await waitFor(() => clickInUi(page, 'button', 'Reageren', `[data-card-id="${parentId}"]`), 'no Reageren on the card');
  await waitFor(() => page.evaluate(() => document.querySelector('kantlijn-annotator')?.shadowRoot?.activeElement?.tagName === 'TEXTAREA'), 'the reply box did not take the focus');
  await page.keyboard.type(reply);
  expect(await clickInUi(page, '.reply-form button[type="submit"]', 'Versturen', `[data-card-id="${parentId}"]`)).toBe(true);
  await waitFor(async () => (await listed(source)).some((annotation) => annotation.target === parentId && JSON.stringify(annotation.body).includes(reply)), 'the reply was not stored');
}

describe.skipIf(!firefox)('the reader in the browser in a real Firefox, without the extension', () => {
  it('signs in through the invitation page', async () => {
    await page.goto(await invitationLink(setup.server.url, setup.secretariat));
    await page.type('input[name="naam"]', 'Anna de Vries');
    // Enter in the field sends its form, as the button Lezen in de browser does.
    await page.keyboard.press('Enter');
    await waitFor(async () => new URL(page.url()).pathname === '/lezen', 'the start page did not open');
    await waitFor(async () => (await page.evaluate(() => document.body.textContent ?? '')).includes('U bent aangemeld als Anna de Vries'), 'not signed in');
  });

  it('opens a web page through /lezen, shows a partner’s remark, annotates and replies', async () => {
    const reportUrl = `${setup.siteUrl}/voortgangsrapportage-demo.html`;
    const partnerId = await partnerRemark(reportUrl, PARTNER_SENTENCE, 'Wat leverden ze precies op?');
    await openInReader(reportUrl);
    await waitFor(() => hasHighlight(partnerId), 'the partner’s remark is not highlighted');
    const id = await annotate(reportUrl, SENTENCE, 'Hoe wordt de doorlooptijd gemeten?');
    expect((await listed(reportUrl)).find((annotation) => annotation.id === id)?.creator?.name).toBe('Anna de Vries');
    await replyTo(reportUrl, partnerId, 'Dat staat in bijlage 2.');
  });

  it('opens a PDF through /lezen in the viewer, shows a partner’s remark, annotates and replies', async () => {
    const pdfUrl = `${setup.siteUrl}/rapport.pdf`;
    const partnerId = await partnerRemark(pdfUrl, PDF_OTHER_SENTENCE, 'Over welke maanden gaat dit?');
    await openInReader(pdfUrl);
    await waitFor(async () => (await page.$$('.page[data-page-number="1"] .textLayer > span')).length > 0, 'no text layer', 30_000);
    await waitFor(() => page.evaluate((id) => document.querySelector(`.textLayer [data-annotation-id="${id}"]`) !== null, partnerId), 'the partner’s remark is not highlighted in the PDF');
    const id = await annotate(pdfUrl, PDF_SENTENCE, 'Wanneer is dit doel bereikt?');
    const stored = (await listed(pdfUrl)).find((annotation) => annotation.id === id);
    expect(stored && typeof stored.target !== 'string' ? stored.target.source : null).toBe(pdfUrl);
    await replyTo(pdfUrl, partnerId, 'Januari tot en met juni.');
  });
});
