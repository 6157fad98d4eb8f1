import JSZip from 'jszip';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUserWithToken } from '../../server/services/users-service';
import { startDashboardHttpServer, type DashboardHttpServer } from '../server/dashboard/dashboard-http-server';
import { sampleAnnotation } from '../helpers/test-app';
import { chromiumPath } from './support/browser';

const AXE_PATH = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const REPORT = 'https://www.svmn.nl/rapporten/voortgangsrapportage-2024.html';

let server: DashboardHttpServer;
let browser: Browser;
let secretariatToken: string;

/** Shares a remark through the API, as the extension would. */
async function annotate(token: string, text: string, terms: string[], kind = 'question'): Promise<void> {
  const body = [{ type: 'TextualBody', purpose: 'commenting', value: text }, ...terms.map((source) => ({ type: 'SpecificResource', purpose: 'classifying', source }))];
  const response = await fetch(`${server.url}/api/annotations`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(sampleAnnotation(REPORT, { body, kind })),
  });
  if (response.status !== 201) throw new Error(`seeding answered ${response.status}: ${await response.text()}`);
}

beforeAll(async () => {
  server = await startDashboardHttpServer();
  const add = (name: string, role: 'councillor' | 'partner' | 'secretariat', organisation: string) =>
    createUserWithToken(server.db, { name, role, organisation }, new Date()).token;
  secretariatToken = add('Sanne Mulder', 'secretariat', 'Bovenregionaal secretariaat');
  const anna = add('Anna de Vries', 'councillor', 'Gemeente Woerden');
  const chris = add('Chris Bakker', 'partner', '<img src=x onerror="window.parent.__pwned=1">');
  await annotate(anna, 'Wat is de planning van de dialoogbijeenkomsten?', ['goal-2', 'rec-svmn-1']);
  await annotate(anna, '<script>window.__pwned = 1</script> Hoe wordt dit gemeten?', ['action-1-2']);
  await annotate(chris, 'Wij denken graag mee als critical friend.', ['rec-basis'], 'suggestion');
  browser = await chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Signs in through the form, as the secretariat would by pasting its token. */
async function signIn(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${server.url}/dashboard`);
  await expect.poll(() => page.url()).toBe(`${server.url}/dashboard/inloggen`);
  await page.getByLabel('API-token').fill(secretariatToken);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await page.waitForURL(`${server.url}/dashboard`);
  return page;
}

/** Runs axe-core on the page and returns its serious and critical violations. */
async function seriousViolations(page: Page, options: { iframes?: boolean } = {}): Promise<string[]> {
  await page.addScriptTag({ path: AXE_PATH });
  const violations = await page.evaluate(async (iframes) => {
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: Array<{ id: string; impact: string | null; nodes: Array<{ target: unknown }> }> }> } }).axe;
    const result = await axe.run(document, { iframes });
    return result.violations.map((violation) => ({ id: violation.id, impact: violation.impact, targets: violation.nodes.map((node) => JSON.stringify(node.target)) }));
  }, options.iframes ?? true);
  return violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical').map((violation) => `${violation.id}: ${violation.targets.join(', ')}`);
}

describe('the secretariat dashboard in Chromium', () => {
  it('signs in, shows the coverage matrix, previews safely and downloads the Word digest under the strict CSP', async () => {
    const context = await browser.newContext({ acceptDownloads: true });
    const cspErrors: string[] = [];
    context.on('console', (message) => {
      if (message.type() === 'error' && /Content.Security.Policy/i.test(message.text())) cspErrors.push(message.text());
    });
    const page = await signIn(context);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Overzicht');
    // The served stylesheet applies although nothing inline is allowed.
    expect(await page.locator('header.site-header').evaluate((header) => getComputedStyle(header).backgroundColor)).toBe('rgb(11, 61, 110)');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Direct naar de inhoud');

    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Dekkingsmatrix' }).click();
    const matrix = page.getByRole('table', { name: /Aantal opmerkingen per doel/ });
    await matrix.waitFor();
    const goalTwo = matrix.getByRole('row', { name: /^2 / });
    expect(await goalTwo.getByRole('cell').allTextContents()).toEqual(['Doel', '1', '0', '0', '0', '1']);
    expect(await matrix.locator('td.heat-0').count()).toBeGreaterThan(0);
    expect(await page.locator('#geen-aandacht + ul li').count()).toBeGreaterThan(0);

    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Feedbackoverzicht' }).click();
    const frame = page.frameLocator('iframe.preview');
    await expect.poll(() => frame.locator('body').textContent(), { timeout: 15_000 }).toContain('Wat is de planning van de dialoogbijeenkomsten?');
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Word (.docx) downloaden (gepseudonimiseerd)' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^kantlijn-digest-alle-opmerkingen-\d{4}-\d{2}-\d{2}-gepseudonimiseerd\.docx$/);
    const file = await readFile((await download.path()));
    expect(file.subarray(0, 2).toString('latin1')).toBe('PK');
    const documentXml = await (await JSZip.loadAsync(file)).file('word/document.xml')?.async('string');
    expect(documentXml).toContain('critical friend');
    expect(documentXml).not.toContain('Anna de Vries');
    expect(await page.getByRole('status').textContent()).toContain('Word (.docx)');

    expect(cspErrors).toEqual([]);
    await context.close();
  });

  it('keeps the secretariat’s list of names to replace, and shows what the pseudonymised preview replaced', async () => {
    const context = await browser.newContext();
    const page = await signIn(context);
    await page.goto(`${server.url}/dashboard/overzicht`);
    await page.getByLabel(/door \[naam\] worden vervangen/).fill('Tim Verhoef\nplanning');
    await page.getByRole('button', { name: 'Lijst opslaan' }).click();
    await page.waitForURL(/pseudoniem=1&namen=opgeslagen$/);
    expect(await page.getByRole('status').filter({ hasText: 'opgeslagen' }).count()).toBe(1);
    const replaced = page.getByRole('region', { name: 'Vervangen namen' }).getByRole('listitem');
    expect(await replaced.allTextContents()).toEqual(['planning (1×)']);
    const frame = page.frameLocator('iframe.preview');
    await expect.poll(() => frame.locator('body').textContent(), { timeout: 15_000 }).toContain('Wat is de [naam] van de dialoogbijeenkomsten?');
    expect(await frame.locator('body').textContent()).not.toContain('Vervangen namen');
    await page.getByLabel(/door \[naam\] worden vervangen/).fill('');
    await page.getByRole('button', { name: 'Lijst opslaan' }).click();
    await page.waitForURL(/namen=opgeslagen$/);
    await context.close();
  });

  it('puts a report on the reading list through the documents form and shows its coverage beside the terms', async () => {
    const context = await browser.newContext();
    const page = await signIn(context);
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Documenten' }).click();
    const form = page.getByRole('form', { name: 'Document toevoegen' });
    await form.getByLabel('Titel').fill('Voortgangsrapportage <2024>');
    await form.getByLabel('Adressen (één per regel)').fill(`${REPORT}\nhttps://raad.woerden.nl/stukken/voortgang.pdf`);
    await form.getByLabel('Uitgever (niet verplicht)').fill('SVMN');
    await form.getByRole('button', { name: 'Toevoegen aan de leeslijst' }).click();
    await page.waitForURL(/melding=toegevoegd$/);
    expect(await page.getByRole('status').textContent()).toContain('Het document staat op de leeslijst.');
    const row = page.getByRole('row', { name: /^Voortgangsrapportage <2024>/ });
    // Remarks and replies named apart, as the reading list in the extension names them.
    expect(await row.getByRole('cell', { name: '3 opmerkingen, geen reacties', exact: true }).count()).toBe(1);
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Dekkingsmatrix' }).click();
    const perDocument = page.getByRole('table', { name: /Aantal opmerkingen per document/ });
    expect(await perDocument.getByRole('rowheader').allTextContents()).toEqual(['Voortgangsrapportage <2024>']);
    await context.close();
  });

  it('imports a Hypothesis export through the import page: the report first, then the import, buttons by keyboard and without axe violations', async () => {
    const context = await browser.newContext({ bypassCSP: true });
    const page = await signIn(context);
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Importeren' }).click();
    await page.waitForURL(`${server.url}/dashboard/importeren`);
    expect(await seriousViolations(page), 'import form').toEqual([]);
    const exported = {
      annotations: [
        {
          id: 'E2eRoot001',
          uri: REPORT,
          text: 'Wanneer is de evaluatie klaar?',
          tags: ['planning'],
          user: 'acct:lotte@hypothes.is',
          created: '2025-01-20T14:03:11.512345+00:00',
          target: [{ source: REPORT, selector: [{ type: 'TextQuoteSelector', exact: 'de dialoogbijeenkomsten' }] }],
          document: { title: ['Voortgangsrapportage 2024'] },
          permissions: { read: ['group:__world__'] },
        },
        { id: 'E2eReply01', uri: REPORT, text: 'In het najaar.', tags: [], user: 'acct:pim@hypothes.is', references: ['E2eRoot001'], target: [{ source: REPORT }] },
      ],
    };
    await page.getByLabel('Bestand (JSON, hoogstens 4 MB)').setInputFiles({ name: 'hypothesis.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(exported)) });
    await page.getByRole('button', { name: 'Controleren' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('heading', { name: 'Wat de import doet' }).count()).toBe(1);
    expect(await page.getByRole('heading', { name: 'Wordt gemaakt: 2 annotaties' }).count()).toBe(1);
    expect(await seriousViolations(page), 'import report').toEqual([]);
    // The go-ahead by keyboard: focus the button and press Enter.
    await page.getByRole('button', { name: 'Importeren' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('status').textContent()).toBe('2 annotaties geïmporteerd.');
    expect(await seriousViolations(page), 'import result').toEqual([]);
    await context.close();
  });

  it('has no serious or critical axe-core violations on the pages', async () => {
    // axe is injected as an inline script, which the dashboard's CSP rightly forbids: bypass it here only.
    const context = await browser.newContext({ bypassCSP: true });
    const page = await signIn(context);
    const pages: Array<[string, boolean]> = [
      ['/dashboard', true],
      ['/dashboard/matrix', true],
      ['/dashboard/moderatie', true],
      // The preview frame is sandboxed without scripts, so axe cannot enter it; the digest is tested on its own.
      ['/dashboard/overzicht', false],
      ['/dashboard/overzicht?pseudoniem=1', false],
      ['/dashboard/rondes', true],
      ['/dashboard/documenten', true],
      ['/dashboard/importeren', true],
      ['/dashboard/uitnodigingen', true],
      ['/dashboard/gebruikers', true],
      ['/dashboard/audit', true],
      ['/dashboard/zoeken', true],
      ['/dashboard/zoeken?q=vraag', true],
    ];
    for (const [path, iframes] of pages) {
      await page.goto(`${server.url}${path}`);
      expect(await seriousViolations(page, { iframes }), path).toEqual([]);
    }
    await page.getByRole('button', { name: 'Uitloggen' }).click();
    await page.waitForURL(/\/dashboard\/inloggen\?uitgelogd=1$/);
    expect(await seriousViolations(page), 'sign-in page').toEqual([]);
    await context.close();
  });
});
