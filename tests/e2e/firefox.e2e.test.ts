import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addUserWithCli, startServerProcess, type ServerProcess } from '../helpers/server-process';
import { createTempDir } from '../helpers/temp-dir';
import { buildTextPdf } from '../fixtures/pdf/text-pdf';
import { listAnnotations, postAnnotation } from './support/api';
import { findFirefox, launchFirefoxWithExtension, waitFor, type FirefoxWithExtension } from './support/firefox';
import { selectTextInDocument } from './support/page-actions';
import { startStaticServer } from './support/static-server';

const SENTENCE = 'In het najaar evalueren wij samen met de gemeenten of deze werkwijze de doorlooptijden werkelijk verkort.';
const REMARK = 'Wordt de doorlooptijd per gemeente bijgehouden?';
const PDF_QUOTE = 'blijvend bouwen aan de samenwerking met de gemeenten';

const firefox = findFirefox();
// CI installs Debian's Firefox ESR; there a missing Firefox is a failure, not a reason to skip.
if (!firefox && process.env['CI']) throw new Error('Firefox ontbreekt: .ci/run installeert firefox-esr uit Debian.');

let temp: ReturnType<typeof createTempDir>;
let server: ServerProcess;
let site: Awaited<ReturnType<typeof startStaticServer>>;
let pdfSite: Awaited<ReturnType<typeof startStaticServer>>;
let browser: FirefoxWithExtension;
let token: string;

beforeAll(async () => {
  if (!firefox) return;
  temp = createTempDir('kantlijn-firefox-');
  server = await startServerProcess(temp.dir);
  token = addUserWithCli(temp.dir, { role: 'councillor', name: 'Fleur Visser', org: 'Gemeente Houten' });
  site = await startStaticServer(path.resolve(import.meta.dirname, '../../server/demo/reports'));
  const pdfDir = path.join(temp.dir, 'pdf');
  mkdirSync(pdfDir);
  writeFileSync(
    path.join(pdfDir, 'voortgang.pdf'),
    buildTextPdf([['Voortgangsrapportage veranderagenda', `Doel 2 is ${PDF_QUOTE} in de regio.`], ['Bijlage: cijfers per gemeente.']], 'firefox-e2e'),
  );
  // Another loopback host than the server's: Firefox holds the server's host permission (for its
  // API), and host permissions ignore ports and paths, so a PDF there would need no consent.
  pdfSite = await startStaticServer(pdfDir, '127.0.0.2');
  browser = await launchFirefoxWithExtension(firefox);
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await site?.close();
  await pdfSite?.close();
  await server?.stop();
  temp?.remove();
});

const listed = (source: string) => listAnnotations(server.url, token, source);

/** The text the highlights of annotation `id` cover on the page, white space collapsed. */
const highlighted = (page: Page, id: string) =>
  page.evaluate(
    (wanted) => [...document.querySelectorAll(`[data-annotation-id="${wanted}"]`)].map((element) => element.textContent).join('').replace(/\s+/g, ' ').trim(),
    id,
  );

describe.skipIf(!firefox)('the built extension in a real Firefox', () => {
  it('signs in on its options page', async () => {
    const options = await browser.openExtensionPage('options.html');
    // Typed into, not filled by a locator: over BiDi, Firefox does not scroll an add-on page for a
    // locator, and the token form now sits below the fold, under the invitation form.
    // The form is drawn again once the stored settings are read: type only into the settled one.
    await waitFor(async () => (await options.$eval('#sign-in-status', (element) => element.textContent ?? '').catch(() => '')).includes('niet aangemeld'), 'the options page did not settle');
    await options.type('#server-url', server.url);
    await options.type('#token', token);
    // Enter in the last field sends the form. (A pointer click lands off target on extension pages:
    // BiDi does not follow the tab into the add-on's process, so it misplaces the coordinates.)
    await options.keyboard.press('Enter');
    // The token is stored only once the server accepted it, and the form then says as whom.
    await waitFor(async () => (await options.$eval('#token-message', (element) => element.textContent ?? '')).includes('aangemeld als'), 'no sign-in message');
    const stored = await options.evaluate(async () => {
      const api = (globalThis as unknown as { browser: { storage: { local: { get(key: string): Promise<Record<string, unknown>> } } } }).browser;
      return (await api.storage.local.get('settings'))['settings'] as { serverUrl: string; token: string };
    });
    expect(stored).toMatchObject({ serverUrl: server.url, token });
    await options.close();
  });

  it('annotates a sentence on a report, stores it on the server and shows it again after a reload', async () => {
    const reportUrl = `${site.url}/voortgangsrapportage-demo.html`;
    const page = await browser.browser.newPage();
    await page.goto(reportUrl);
    await page.waitForSelector('kantlijn-annotator', { timeout: 30_000 });

    // Right after the page loads the app may still be starting; select again until the toolbar answers.
    await page.waitForSelector('kantlijn-annotator >>> .sidebar-toggle', { timeout: 30_000 });
    await waitFor(async () => {
      await page.evaluate(selectTextInDocument, SENTENCE);
      return (await page.waitForSelector('kantlijn-annotator >>> .toolbar button.primary', { timeout: 1_000 }).catch(() => null)) !== null;
    }, 'no toolbar for the selection');
    await (await page.waitForSelector('kantlijn-annotator >>> .toolbar button.primary'))!.click();
    await (await page.waitForSelector('kantlijn-annotator >>> form.editor textarea'))!.type(REMARK);
    await (await page.waitForSelector('kantlijn-annotator >>> form.editor button[type="submit"]'))!.click();

    await waitFor(async () => (await page.$$('[data-annotation-id]')).length > 0, 'no highlight after saving');
    const id = await page.$eval('[data-annotation-id]', (element) => element.getAttribute('data-annotation-id'));
    expect(id).toMatch(/\/api\/annotations\/[0-9a-f-]{36}$/);
    expect(await highlighted(page, id!)).toBe(SENTENCE);

    const stored = (await listed(reportUrl)).find((item) => item.id === id);
    expect(stored?.creator).toMatchObject({ name: 'Fleur Visser', organisation: 'Gemeente Houten' });
    const bodies = Array.isArray(stored?.body) ? stored.body : [stored?.body];
    expect(bodies.some((body) => body && 'value' in body && body.value === REMARK)).toBe(true);

    await page.reload();
    await waitFor(async () => (await highlighted(page, id!)) === SENTENCE, 'highlight not restored after reload');
    await page.close();
  });

  it('highlights a report that renders late, and again after the page replaces that content', async () => {
    const url = `${site.url}/late-rendered-demo.html`;
    const sentence = 'Het nakomen van afspraken uit klachtgesprekken blijkt soms een moeizaam proces.';
    const id = await postAnnotation(server.url, token, {
      motivation: 'commenting',
      body: { type: 'TextualBody', value: 'Wie bewaakt dit?' },
      target: { source: url, selector: [{ type: 'TextQuoteSelector', exact: sentence }] },
    });
    const page = await browser.browser.newPage();
    await page.goto(url);
    // The page puts its text in after a while by itself; the highlight follows.
    await waitFor(async () => (await highlighted(page, id)) === sentence, 'no highlight once the text arrived');
    // As a single-page site does: the content is replaced by a new copy of the same text.
    await page.evaluate((text) => {
      document.getElementById('inhoud')!.innerHTML = `<h2>Bevindingen</h2><p>${text}</p>`;
    }, sentence);
    await waitFor(async () => (await page.$$(`[data-annotation-id="${id}"]`)).length > 0 && (await highlighted(page, id)) === sentence, 'no highlight after the content was replaced');
    await page.close();
  });

  it('starts a remark with the keyboard alone and saves it', async () => {
    const reportUrl = `${site.url}/voortgangsrapportage-demo.html`;
    const page = await browser.browser.newPage();
    await page.goto(reportUrl);
    await page.waitForSelector('kantlijn-annotator >>> .sidebar-toggle', { timeout: 30_000 });
    const deepFocus = () =>
      page.evaluate(() => {
        let active = document.activeElement;
        while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
        return { tag: active?.tagName.toLowerCase() ?? '', text: active?.textContent?.trim() ?? '', id: active?.getAttribute('data-annotation-id') ?? null };
      });
    const chord = async (key: 'ArrowRight' | 'KeyA') => {
      await page.keyboard.down('Alt');
      await page.keyboard.down('Shift');
      await page.keyboard.press(key);
      await page.keyboard.up('Shift');
      await page.keyboard.up('Alt');
    };
    for (let presses = 0; presses < 10 && (await deepFocus()).text !== 'jongerenraad'; presses += 1) await page.keyboard.press('Tab');
    expect((await deepFocus()).text).toBe('jongerenraad');
    await chord('ArrowRight');
    await waitFor(async () => (await page.evaluate(() => document.getSelection()?.toString() ?? '')).includes('zes bijeenkomsten met jongeren'), 'no sentence selected');
    // Polled: a wait on a selector does not see changes inside the shadow root here.
    await waitFor(async () => (await page.$('kantlijn-annotator >>> .toolbar button.primary')) !== null, 'no toolbar for the keyboard selection');
    await chord('KeyA');
    await waitFor(async () => (await deepFocus()).tag === 'textarea', 'the editor did not open with the focus in the remark');
    await page.keyboard.type('Per toetsenbord gemaakt.');
    for (let presses = 0; presses < 12 && (await deepFocus()).text !== 'Opslaan'; presses += 1) await page.keyboard.press('Tab');
    expect((await deepFocus()).text).toBe('Opslaan');
    await page.keyboard.press('Enter');
    const announced = () => page.evaluate(() => document.querySelector('kantlijn-annotator')?.shadowRoot?.querySelector('[data-kantlijn-announcer]')?.textContent ?? '');
    await waitFor(async () => (await announced()) === 'Opmerking opgeslagen', 'no announcement after saving');
    const stored = (await listed(reportUrl)).find((item) => JSON.stringify(item.body).includes('Per toetsenbord gemaakt.'));
    expect(stored).toBeDefined();
    await waitFor(async () => (await deepFocus()).id === stored!.id, 'focus is not on the new highlight');
    await page.close();
  });

  // Runs after the sign-in above: the viewer shows annotations only to a signed-in reader.
  it('opens a PDF in its viewer once the reader allows the site, shows an annotation on it and zooms', async (context) => {
    // Firefox ESR 140.12 never returns over WebDriver BiDi once the add-on asks for a host
    // permission (the consent prompt of a headless browser), so on that release the run would hang.
    const version = await browser.browser.version();
    if (/140\.12\./.test(version)) context.skip(`the host-permission prompt hangs WebDriver BiDi in ${version}`);
    const pdfUrl = `${pdfSite.url}/voortgang.pdf`;
    const id = await postAnnotation(server.url, token, {
      motivation: 'commenting',
      body: { type: 'TextualBody', value: 'Wat betekent blijvend hier?' },
      target: { source: pdfUrl, selector: [{ type: 'TextQuoteSelector', exact: PDF_QUOTE }] },
      visibility: 'round',
    });
    const page = await browser.openExtensionPage(`viewer.html?file=${encodeURIComponent(pdfUrl)}`);
    // Firefox lets an add-on read another site only with the reader's leave: the viewer asks for it.
    await waitFor(async () => (await page.$eval('.viewer-notices', (element) => element.textContent ?? '')).includes('nog niet lezen'), 'no notice asking for access');
    await page.focus('.viewer-notice button');
    await page.keyboard.press('Enter');

    await waitFor(async () => (await page.$$('.page[data-page-number="1"] .textLayer > span')).length > 0, 'no text layer');
    await waitFor(async () => (await highlighted(page, id)) === PDF_QUOTE, 'the annotation is not highlighted in the PDF');
    expect(await page.$$eval('.page canvas', (canvases) => canvases.length)).toBeGreaterThan(0);

    // Zooming in Gecko: the page grows, its canvas is drawn again at the new size, the highlight stays.
    const measure = () =>
      page.$eval('.page[data-page-number="1"]', (element) => ({ width: element.getBoundingClientRect().width, canvas: element.querySelector('canvas')?.width ?? 0 }));
    const before = await measure();
    await page.keyboard.down('Control');
    await page.keyboard.press('=');
    await page.keyboard.up('Control');
    await waitFor(async () => (await measure()).width > before.width * 1.01, 'Ctrl + did not zoom the page');
    const after = await measure();
    await waitFor(async () => Math.abs((await measure()).canvas / before.canvas - after.width / before.width) < 0.05, 'the canvas was not drawn again');
    expect(await highlighted(page, id)).toBe(PDF_QUOTE);
    await page.close();
  });
});
