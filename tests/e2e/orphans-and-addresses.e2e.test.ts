import { copyFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listAnnotations, postAnnotation } from './support/api';
import { extensionWorldForFile, PEOPLE } from './support/extension-world';
import { openViewer } from './support/pdf-actions';
import { GOAL_SENTENCE, printPdf, reportHtml } from './support/pdf-report';
import { startStaticServer } from './support/static-server';

const PRESENT = 'Met de lokale teams zijn afspraken gemaakt over een vast aanspreekpunt per gemeente.';
const GONE = 'De wachtlijst is in het derde kwartaal volledig weggewerkt door extra inzet van alle regioteams.';

const world = extensionWorldForFile({ name: 'orphans', people: { anna: PEOPLE.anna, griffie: PEOPLE.griffie }, signedIn: 'anna' });
let pdfSite: Awaited<ReturnType<typeof startStaticServer>>;

beforeAll(async () => {
  // One PDF file at two addresses: as SVMN publishes it, and as a council attaches it.
  const site = path.join(world.dir, 'site');
  await mkdir(path.join(site, 'bijlagen'), { recursive: true });
  await printPdf(world.browser.context, reportHtml(), path.join(site, 'rapportage.pdf'));
  await copyFile(path.join(site, 'rapportage.pdf'), path.join(site, 'bijlagen', 'bijlage-3.pdf'));
  pdfSite = await startStaticServer(site);
});
afterAll(() => pdfSite?.close());

/** A remark on `source` quoting `exact`, made through the API without a fingerprint. */
const remarkOn = (source: string, exact: string, value: string) =>
  postAnnotation(world.server.url, world.tokens.anna, { motivation: 'commenting', body: { type: 'TextualBody', value }, target: { source, selector: [{ type: 'TextQuoteSelector', exact }] } });

/** The ids in the digest's section of remarks whose passage is gone. */
async function digestOrphans(): Promise<string[]> {
  const response = await fetch(`${world.server.url}/api/digest?format=json`, { headers: { Authorization: `Bearer ${world.tokens.griffie}` } });
  expect(response.status).toBe(200);
  return ((await response.json()) as { 'kantlijn:digest': { orphans: string[] } })['kantlijn:digest'].orphans.map(uuidOf);
}

async function digestMarkdown(): Promise<string> {
  const response = await fetch(`${world.server.url}/api/digest?format=md`, { headers: { Authorization: `Bearer ${world.tokens.griffie}` } });
  return response.text();
}

/** The UUID in an annotation's id, whichever form (IRI or `urn:uuid:`) the answer uses. */
const uuidOf = (id: string): string => /[0-9a-f-]{36}$/.exec(id)?.[0] ?? id;

describe('remarks whose passage is gone reach the digest', () => {
  it('a web page reports a remark whose quote is not on it, and the digest lists it among the orphans', async () => {
    const url = `${world.reports.url}/voortgangsrapportage-demo.html`;
    const gone = await remarkOn(url, GONE, 'Klopt dit nog wel met de cijfers?');
    const found = await remarkOn(url, PRESENT, 'Welke gemeenten doen mee?');
    expect(await digestOrphans()).toEqual([]);
    const page = await world.browser.context.newPage();
    await page.goto(url);
    await expect.poll(() => page.locator(`[data-annotation-id="${found}"]`).count(), { timeout: 15_000 }).toBeGreaterThan(0);
    await expect.poll(digestOrphans, { timeout: 20_000 }).toEqual([uuidOf(gone)]);
    const markdown = await digestMarkdown();
    const section = markdown.slice(markdown.indexOf('Opmerkingen waarvan de passage niet meer gevonden wordt'));
    expect(section).toContain('Klopt dit nog wel met de cijfers?');
    // The sidebar shows it apart, as not found in this version.
    await page.getByRole('button', { name: /^Kantlijn: / }).click();
    const orphans = page.getByRole('region', { name: 'Niet teruggevonden in deze versie' });
    await expect.poll(() => orphans.getByText('Klopt dit nog wel met de cijfers?').count()).toBe(1);
    await page.close();
  });

  it('the PDF viewer reports too, and shows at a second address of the same file what was made at the first without a fingerprint', async () => {
    const first = `${pdfSite.url}/rapportage.pdf`;
    const second = `${pdfSite.url}/bijlagen/bijlage-3.pdf`;
    const found = await remarkOn(first, GOAL_SENTENCE, 'Hoe meten we dit doel?');
    const gone = await remarkOn(first, GONE, 'Waar is deze passage gebleven?');
    // Before the viewer has seen the file at the second address, that address has nothing.
    expect(await listAnnotations(world.server.url, world.tokens.anna, second)).toEqual([]);

    const atFirst = await openViewer(world.browser.context, world.browser.worker, first);
    await expect.poll(() => atFirst.locator(`.textLayer [data-annotation-id="${found}"]`).count(), { timeout: 15_000 }).toBeGreaterThan(0);
    await expect.poll(async () => (await digestOrphans()).includes(uuidOf(gone)), { timeout: 20_000 }).toBe(true);
    await atFirst.close();

    const atSecond = await openViewer(world.browser.context, world.browser.worker, second);
    await expect.poll(() => atSecond.locator(`.textLayer [data-annotation-id="${found}"]`).count(), { timeout: 15_000 }).toBeGreaterThan(0);
    await atSecond.close();
    const listed = (await listAnnotations(world.server.url, world.tokens.anna, second)).map((annotation) => annotation.id);
    expect(listed.sort()).toEqual([found, gone].sort());
  });
});
