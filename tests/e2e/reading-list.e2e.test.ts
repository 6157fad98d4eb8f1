import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postAnnotation, registerDocument } from './support/api';
import { seriousViolations, sidewaysScroll } from './support/axe';
import { openOptionsPage, storeSettings } from './support/browser';
import { extensionWorldForFile, PEOPLE } from './support/extension-world';
import { GOAL_SENTENCE, printPdf, reportHtml } from './support/pdf-report';
import { startStaticServer } from './support/static-server';

const world = extensionWorldForFile({
  name: 'reading',
  people: { anna: PEOPLE.anna, chris: { role: 'partner', name: 'Chris Bakker', org: 'AKJ' }, griffie: PEOPLE.griffie },
  signedIn: 'anna',
});
let pdfUrl: string;
let site: Awaited<ReturnType<typeof startStaticServer>> | undefined;

beforeAll(async () => {
  const { server, tokens } = world;
  const folder = path.join(world.dir, 'site');
  await mkdir(folder, { recursive: true });
  await printPdf(world.browser.context, reportHtml(), path.join(folder, 'voortgang.pdf'));
  site = await startStaticServer(folder);
  pdfUrl = `${site.url}/voortgang.pdf`;
  await registerDocument(server.url, tokens.griffie, { title: 'Voortgangsrapportage <najaar>', urls: [pdfUrl, 'https://www.svmn.nl/rapporten/voortgang'], publisher: 'SVMN', date: '2024-11-30' });
  await registerDocument(server.url, tokens.griffie, { title: 'Klachtenanalyse 2024', urls: ['https://www.svmn.nl/rapporten/klachten'] });
  const first = await postAnnotation(server.url, tokens.chris, { motivation: 'commenting', body: { type: 'TextualBody', value: 'Hoe meten we dit?' }, target: { source: pdfUrl, selector: [{ type: 'TextQuoteSelector', exact: GOAL_SENTENCE }] } });
  await postAnnotation(server.url, tokens.chris, { motivation: 'replying', body: { type: 'TextualBody', purpose: 'replying', value: 'Graag een tijdpad.' }, target: first });
  await postAnnotation(server.url, tokens.anna, { motivation: 'commenting', body: { type: 'TextualBody', value: 'Eigen vraag.' }, target: { source: 'https://www.svmn.nl/rapporten/voortgang', selector: [{ type: 'TextQuoteSelector', exact: 'Iets anders.' }] } });
});
afterAll(() => site?.close());

async function openOptions(): Promise<Page> {
  const page = await openOptionsPage(world.browser);
  await page.getByRole('heading', { name: /Leeslijst van de ronde|Reading list of the round/ }).waitFor();
  return page;
}

describe('the reading list in the options page', () => {
  it('lists the round’s reports with counts and what is new, opens a PDF in the viewer, and then has nothing new', async () => {
    const page = await openOptions();
    const list = page.getByRole('region', { name: 'Leeslijst van de ronde' });
    const report = list.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Voortgangsrapportage <najaar>' }) });
    await expect.poll(() => report.textContent(), { timeout: 15_000 }).toContain('2 opmerkingen, 1 reactie · 1 van u · 2 nieuw sinds uw laatste bezoek');
    expect(await report.textContent()).toContain('Uitgegeven door SVMN, verschenen 30 november 2024');
    expect(await list.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Klachtenanalyse 2024' }) }).textContent()).toContain('nog geen opmerkingen');
    expect(await seriousViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 360, height: 800 });
    expect(await sidewaysScroll(page)).toBe(0);
    await page.setViewportSize({ width: 1280, height: 900 });

    // By keyboard: the title is a link; Enter opens the PDF in Kantlijn's viewer.
    const link = report.getByRole('link', { name: 'Voortgangsrapportage <najaar>' });
    await link.focus();
    const [viewer] = await Promise.all([world.browser.context.waitForEvent('page'), page.keyboard.press('Enter')]);
    await viewer.waitForLoadState();
    expect(new URL(viewer.url()).pathname).toBe('/viewer.html');
    expect(new URL(viewer.url()).searchParams.get('file')).toBe(pdfUrl);
    await expect.poll(() => viewer.locator('[data-annotation-id]').count(), { timeout: 30_000 }).toBeGreaterThan(0);
    await viewer.close();

    await page.reload();
    await expect.poll(() => page.getByRole('region', { name: 'Leeslijst van de ronde' }).getByRole('listitem').first().textContent(), { timeout: 15_000 }).toMatch(/^Voortgangsrapportage <najaar>.*2 opmerkingen, 1 reactie · 1 van u(?! · 2 nieuw)/);
    await page.close();
  });

  it('speaks English when English is chosen', async () => {
    await storeSettings(world.browser.worker, { serverUrl: world.server.url, token: world.tokens.anna, language: 'en' });
    const page = await openOptions();
    const list = page.getByRole('region', { name: 'Reading list of the round' });
    await expect.poll(() => list.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Klachtenanalyse 2024' }) }).textContent(), { timeout: 15_000 }).toContain('no remarks yet · not opened yet');
    expect(await list.getByRole('link', { name: 'web page (www.svmn.nl)', exact: true }).count()).toBe(1);
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });
});
