import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo, type DemoPeople } from '../../../../../server/demo/demo-data';
import { createEventBus } from '../../../../../server/services/event-bus';
import { findSoffice, hasPoppler, pdfBytes, pdfPageSize, pdfPages, wordToPdf } from '../../../../helpers/office';
import { createTempDir } from '../../../../helpers/temp-dir';
import { createTestApp, type TestApp } from '../../../../helpers/test-app';

// The Word digest as a Word user sees it: the demo round's digest, downloaded through the API from a
// real SQLite file, laid out by LibreOffice and read back from the PDF.
const soffice = findSoffice();
// CI installs LibreOffice and poppler from Debian; there a missing one is a failure, not a reason to skip.
if ((!soffice || !hasPoppler()) && process.env['CI']) {
  throw new Error('LibreOffice of poppler ontbreekt: .ci/run installeert libreoffice-writer-nogui en poppler-utils uit Debian.');
}

const TIMEOUT = 240_000;
let app: TestApp;
let people: DemoPeople;
let roundId: string;
const temp = createTempDir('kantlijn-office-');

async function digestPdf(query: string, name: string): Promise<{ pdf: string; pages: string[] }> {
  const response = await app.request(`/api/digest?format=docx&round=${encodeURIComponent(roundId)}${query}`, { token: people.secretariat });
  expect(response.status).toBe(200);
  const pdf = await wordToPdf(soffice ?? '', Buffer.from(await response.arrayBuffer()), temp.dir, name);
  return { pdf, pages: await pdfPages(pdf) };
}

describe.skipIf(!soffice || !hasPoppler())('the Word digest of the demo round, laid out by LibreOffice', () => {
  let named: { pdf: string; pages: string[] };

  beforeAll(async () => {
    app = createTestApp();
    const context = { db: app.db, events: createEventBus(), now: () => new Date() };
    people = seedDemo(app.db, context, 'http://127.0.0.1:9/voortgangsrapportage-demo.html');
    roundId = app.db.rounds.all()[0]?.id ?? '';
    named = await digestPdf('', 'named');
  }, TIMEOUT);

  afterAll(() => {
    app?.close();
    temp.remove();
  });

  it('converts, and a round of three remarks stays a short report', () => {
    expect(pdfBytes(named.pdf).subarray(0, 5).toString()).toBe('%PDF-');
    expect(named.pages.length).toBeGreaterThanOrEqual(4);
    expect(named.pages.length).toBeLessThanOrEqual(5);
    expect(named.pages[0]).toContain('Voortgangsrapportage najaar (demo)');
    expect(named.pages[0]).toMatch(/Meegedaan: 2 mensen, 1 raadslid en 1 ketenpartner/);
    expect(named.pages[1]).toMatch(new RegExp(`Pagina 2 van ${named.pages.length}`));
  });

  it('has the table of contents with every chapter', () => {
    const contents = named.pages[1] ?? '';
    expect(contents).toMatch(/^\s*Inhoud\s*$/m);
    for (const chapter of ['Samenvatting', 'Dekkingsmatrix', 'Doelen en acties van de Veranderagenda', 'Aanbevelingen van de reflectie (Verwey-Jonker)', 'Per document']) {
      expect(contents.slice(0, contents.indexOf('Samenvatting\n', contents.indexOf('Per document'))), chapter).toContain(chapter);
    }
  });

  it('puts the whole matrix on one landscape page, its headers whole words', async () => {
    // The page that starts with the chapter's heading (the contents name it too, further down).
    const index = named.pages.findIndex((page) => /^\s*Dekkingsmatrix\s*\n/.test(page));
    expect(index).toBeGreaterThan(1);
    const size = await pdfPageSize(named.pdf, index + 1);
    expect(size.width).toBeGreaterThan(size.height);
    const page = named.pages[index] ?? '';
    expect(page).toMatch(/^\s*Code\s+Term\s+Raad\s+Keten\s+Totaal\s*$/m);
    for (const code of ['1.1', '2.3', '3.3', 'A0', 'A1.6b', 'A3.2']) expect(page, code).toMatch(new RegExp(`^\\s*${code.replace('.', '\\.')}\\s`, 'm'));
    expect(named.pages[index + 1] ?? '').not.toMatch(/^\s*Code\s+Term/m);
  });

  it('lists the terms nobody spoke to once per chapter instead of an empty section each', () => {
    const text = named.pages.join('\n');
    expect(text).not.toContain('Geen opmerkingen.');
    expect(text.match(/Geen aandacht:/g)).toHaveLength(2);
    expect(text).toMatch(/Doel 2: Blijvend bouwen/);
    expect(text).not.toMatch(/Actie 1\.1:/);
  });

  it('names each document by its registered title in the index by document', () => {
    const index = named.pages.join('\n').split(/^\s*Per document\s*$/m).at(-1) ?? '';
    expect(index).toContain('Voortgangsrapportage Veranderagenda, najaar (demo)');
  });

  it('names nobody when pseudonymised', async () => {
    const { pages } = await digestPdf('&pseudonymise=true', 'pseudonymised');
    const text = pages.join('\n');
    for (const name of ['Anna de Vries', 'Chris Bakker', 'Vries', 'Bakker']) expect(text, name).not.toContain(name);
    expect(text).toContain('Raadslid, Gemeente Woerden');
  }, TIMEOUT);
});
