import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addUserWithCli } from '../helpers/server-process';
import { postAnnotation, listAnnotations } from './support/api';
import { seriousViolations } from './support/axe';
import { launchPlainChromium } from './support/browser';
import { annotate, selectText } from './support/page-actions';
import { waitForTextLayer } from './support/pdf-actions';
import { openInReader, PDF_OTHER_SENTENCE, PDF_SENTENCE, signInThroughInvitation, startReaderSetup, type ReaderSetup } from './support/reader-session';

// Kantlijn's reader in a Chromium without the extension: the invitation opened in the browser,
// reports served on loopback and opened through /lezen, annotated and answered, sharing one set
// of remarks with what others wrote through the API (as the extension does).
const SENTENCE = 'In het najaar evalueren wij samen met de gemeenten of deze werkwijze de doorlooptijden werkelijk verkort.';
const PARTNER_SENTENCE = 'Drie werkgroepen leverden hun eindresultaten op.';

let setup: ReaderSetup;
let browser: Browser;
let context: BrowserContext;
let partner: string;

beforeAll(async () => {
  setup = await startReaderSetup('kantlijn-reader-e2e-');
  partner = addUserWithCli(setup.dataDir, { role: 'partner', name: 'Chris Jansen', org: 'Veilig Thuis' });
  browser = await launchPlainChromium();
  context = await browser.newContext({ locale: 'nl-NL' });
});

afterAll(async () => {
  await browser?.close();
  await setup?.close();
});

/** A partner's remark on `quote` of `source`, made through the API as the extension would. */
function partnerRemark(source: string, quote: string, remark: string): Promise<string> {
  return postAnnotation(setup.server.url, partner, {
    motivation: 'commenting',
    body: [{ type: 'TextualBody', purpose: 'commenting', value: remark, format: 'text/plain', language: 'nl' }],
    target: { source, selector: [{ type: 'TextQuoteSelector', exact: quote }] },
    visibility: 'round',
  });
}

/** Opens the sidebar, answers the card that holds `remark` with `reply`, and waits until the server has it. */
async function replyTo(page: Page, source: string, parentId: string, remark: string, reply: string, count: number): Promise<void> {
  await page.getByRole('button', { name: new RegExp(`^Kantlijn: ${count} opmerkingen$`) }).click();
  const sidebar = page.getByRole('complementary', { name: 'Kantlijn' });
  await sidebar.getByRole('article').filter({ hasText: remark }).getByRole('button', { name: 'Reageren' }).click();
  await sidebar.getByRole('textbox', { name: 'Reactie' }).fill(reply);
  await sidebar.getByRole('button', { name: 'Versturen' }).click();
  await expect.poll(async () => (await listAnnotations(setup.server.url, partner, source)).some((annotation) => annotation.target === parentId), { timeout: 15_000 }).toBe(true);
}

describe('the reader in the browser, without the extension', () => {
  let page: Page;
  const reportUrl = () => `${setup.siteUrl}/voortgangsrapportage-demo.html`;
  const pdfUrl = () => `${setup.siteUrl}/rapport.pdf`;

  it('signs in through the invitation page and opens a report from the start page', async () => {
    page = await context.newPage();
    await signInThroughInvitation(page, setup.server.url, setup.secretariat, 'Anna de Vries');
    expect(await page.getByText('U bent aangemeld als Anna de Vries').count()).toBe(1);
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByLabel('Adres van het rapport').fill(reportUrl());
    await page.getByRole('button', { name: 'Openen in Kantlijn' }).click();
    await page.locator('kantlijn-annotator').waitFor({ state: 'attached', timeout: 30_000 });
    expect(await page.getByRole('region', { name: 'Kantlijn: kopie van het rapport' }).getByRole('link', { name: 'Origineel openen' }).getAttribute('href')).toBe(reportUrl());
  });

  it('shows a remark made through the API on the same report, and lets the reader annotate and reply', async () => {
    const partnerId = await partnerRemark(reportUrl(), PARTNER_SENTENCE, 'Wat leverden ze precies op?');
    await openInReader(page, setup.server.url, reportUrl());
    await expect.poll(() => page.locator(`[data-annotation-id="${partnerId}"]`).count(), { timeout: 15_000 }).toBeGreaterThan(0);

    await annotate(page, SENTENCE, 'Hoe wordt de doorlooptijd gemeten?');
    await expect.poll(() => page.locator('[data-annotation-id]').count(), { timeout: 15_000 }).toBeGreaterThan(1);
    const stored = await listAnnotations(setup.server.url, partner, reportUrl());
    const mine = stored.find((annotation) => annotation.creator?.name === 'Anna de Vries');
    expect(mine).toBeDefined();
    expect(await page.locator(`[data-annotation-id="${mine!.id}"]`).count()).toBeGreaterThan(0);

    await replyTo(page, reportUrl(), partnerId, 'Wat leverden ze precies op?', 'Dat staat in bijlage 2.', 2);
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('opens a PDF report in the viewer, shows a partner’s remark on it, annotates a passage and replies', async () => {
    const partnerId = await partnerRemark(pdfUrl(), PDF_OTHER_SENTENCE, 'Welke periode beslaat deze rapportage?');
    await openInReader(page, setup.server.url, pdfUrl());
    await waitForTextLayer(page, 1);
    await expect.poll(() => page.locator(`.textLayer [data-annotation-id="${partnerId}"]`).count(), { timeout: 15_000 }).toBeGreaterThan(0);
    await selectText(page, PDF_SENTENCE);
    await page.getByRole('button', { name: 'Annoteren' }).click();
    await page.getByRole('textbox', { name: 'Opmerking' }).fill('Wanneer is dit doel bereikt?');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await expect.poll(() => page.locator(`.textLayer [data-annotation-id]:not([data-annotation-id="${partnerId}"])`).count(), { timeout: 15_000 }).toBeGreaterThan(0);
    const stored = await listAnnotations(setup.server.url, partner, pdfUrl());
    const mine = stored.find((annotation) => annotation.creator?.name === 'Anna de Vries');
    expect(mine && typeof mine.target !== 'string' ? mine.target.source : null).toBe(pdfUrl());

    await replyTo(page, pdfUrl(), partnerId, 'Welke periode beslaat deze rapportage?', 'Januari tot en met juni.', 2);
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('refuses a document on a host that is not listed, with its explanation', async () => {
    await page.goto(`${setup.server.url}/lezen?url=${encodeURIComponent('http://127.0.0.2:9/rapport.html')}`);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Dit document staat niet op de leeslijst');
    expect(await seriousViolations(page)).toEqual([]);
  });
});
