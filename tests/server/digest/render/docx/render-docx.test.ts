import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildDigest } from '../../../../../server/services/digest/model/build-digest';
import { renderDocx } from '../../../../../server/services/digest/render/docx/render-docx';
import { DOCS, SILENT_TERMS, TAXONOMY, buildFixture } from '../../support/digest-fixture';
import {
  docxAllXml,
  docxParagraphs,
  docxPart,
  expectedListedTerms,
  leakedNames,
  recordsForTerm,
  sectionStartingWith,
  sectionsByHeading,
  termHeadingPrefix,
} from '../../support/digest-test-helpers';

const fixture = buildFixture();
let buffer: Buffer;
let documentXml: string;
let paragraphs: Array<{ style: string | null; text: string }>;

const HEADING_LEVELS: Record<string, number> = { Title: 0, Heading1: 1, Heading2: 2, Heading3: 3 };
const REMARK_META = /^(Vraag|Zorg|Suggestie|Waardering|Dilemma|Zonder soort) · /;

beforeAll(async () => {
  buffer = await renderDocx(buildDigest(fixture.input));
  documentXml = await docxPart(buffer, 'word/document.xml');
  paragraphs = docxParagraphs(documentXml);
});

/** The tables' rows as the text of their cells. */
function tableRows(xml: string): string[][] {
  return [...xml.matchAll(/<w:tr>([\s\S]*?)<\/w:tr>/g)].map((row) =>
    [...(row[1] ?? '').matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map((cell) => docxParagraphs(cell[1] ?? '').map((paragraph) => paragraph.text).join('')),
  );
}

/** Checks that tags nest properly and that every element is a namespaced OOXML one. */
function checkXml(xml: string): string[] {
  const problems: string[] = [];
  const stack: string[] = [];
  for (const match of xml.matchAll(/<(\/?)([^\s/>?!]+)[^>]*?(\/?)>/g)) {
    const [, closing, name = '', selfClosing] = match;
    if (!name.includes(':')) problems.push(`element zonder namespace: ${name}`);
    if (selfClosing) continue;
    if (closing) {
      if (stack.pop() !== name) problems.push(`sluit ${name} verkeerd`);
    } else {
      stack.push(name);
    }
  }
  if (stack.length > 0) problems.push(`niet gesloten: ${stack.join(', ')}`);
  return problems;
}

describe('Word digest', () => {
  it('is a valid package with well-formed, namespaced XML parts', async () => {
    expect(buffer.subarray(0, 2).toString()).toBe('PK');
    const zip = await JSZip.loadAsync(buffer);
    const contentTypes = await zip.file('[Content_Types].xml')?.async('string');
    expect(contentTypes).toContain('application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml');
    for (const name of Object.keys(zip.files).filter((file) => /\.(xml|rels)$/.test(file))) {
      const xml = (await zip.file(name)?.async('string')) ?? '';
      const body = xml.replace(/^<\?xml[^>]*\?>/, '');
      const problems = checkXml(body).filter((problem) => !/namespace: (Relationships|Relationship|Types|Default|Override|Properties|vt:|[A-Z])/.test(problem));
      expect(problems, name).toEqual([]);
    }
  });

  it('has a cover of its own (title, period, who took part) without page number, Dutch as language, "Pagina X van Y" and the round in the footer', async () => {
    expect(paragraphs[0]).toEqual({ style: 'Title', text: fixture.input.title });
    const cover = paragraphs.slice(0, 6).map((paragraph) => paragraph.text);
    expect(cover).toContain('Ronde: Voorjaarsronde 2025 (1 maart 2025 – 31 maart 2025)');
    expect(cover.find((text) => text.startsWith('Meegedaan: '))).toMatch(/^Meegedaan: 7 mensen, .*raadsleden.*, van 7 organisaties \(/);
    // Cover, contents and summary, the landscape matrix, and the rest: four sections.
    expect(documentXml.match(/<w:sectPr/g)).toHaveLength(4);
    const styles = await docxPart(buffer, 'word/styles.xml');
    expect(styles).toContain('<w:lang w:val="nl-NL"/>');
    const zip = await JSZip.loadAsync(buffer);
    const footers = await Promise.all(Object.keys(zip.files).filter((name) => /^word\/footer\d+\.xml$/.test(name)).map((name) => docxPart(buffer, name)));
    for (const footer of footers) expect(footer).toContain('<w:p');
    const numbered = footers.filter((xml) => xml.includes('Pagina'));
    expect(numbered.length).toBeGreaterThan(0);
    expect(footers.length - numbered.length).toBe(1);
    for (const footer of numbered) {
      expect(footer).toMatch(/Pagina [\s\S]*<w:instrText[^>]*>PAGE<\/w:instrText>[\s\S]*van [\s\S]*<w:instrText[^>]*>NUMPAGES<\/w:instrText>/);
      expect(footer).toContain(fixture.input.title);
    }
  });

  it('has a real table-of-contents field over Heading 1 and 2 that Word updates on opening', async () => {
    expect(documentXml).toMatch(/<w:instrText[^>]*>\s*TOC \\h \\o &quot;1-2&quot;|<w:instrText[^>]*>\s*TOC [^<]*\\o &quot;1-2&quot;/);
    expect(documentXml).toContain('<w:docPartGallery w:val="Table of Contents"/>');
    const settings = await docxPart(buffer, 'word/settings.xml');
    expect(settings).toMatch(/<w:updateFields(?: w:val="(?:true|1)")?\/>/);
    // Written with its entries, so it is not empty before Word updates it.
    const contents = paragraphs.filter((paragraph) => paragraph.style?.startsWith('TOC'));
    const headings = paragraphs.filter((paragraph) => paragraph.style === 'Heading1' || paragraph.style === 'Heading2');
    expect(contents.map((paragraph) => paragraph.text)).toEqual(headings.map((heading) => heading.text));
    expect(contents.map((paragraph) => paragraph.style)).toEqual(headings.map((heading) => heading.style?.replace('Heading', 'TOC')));
  });

  it('uses Heading 1–3 for sections, goals and groups, actions and recommendations', () => {
    const headings = paragraphs.filter((paragraph) => paragraph.style?.startsWith('Heading'));
    expect(headings.filter((heading) => heading.style === 'Heading1').map((heading) => heading.text)).toEqual([
      'Samenvatting',
      'Dekkingsmatrix',
      'Doelen en acties van de Veranderagenda',
      'Aanbevelingen van de reflectie (Verwey-Jonker)',
      'Open vragen',
      'Dilemma’s',
      'Opmerkingen zonder koppeling',
      'Opmerkingen waarvan de passage niet meer gevonden wordt',
      'Wat is er met uw feedback gedaan',
      'Per document',
    ]);
    expect(headings.find((heading) => heading.text.startsWith('Doel 1: '))?.style).toBe('Heading2');
    expect(headings.find((heading) => heading.text.startsWith('Actie 1.1: '))?.style).toBe('Heading3');
    expect(headings.find((heading) => heading.text === 'Voor Samen Veilig Midden-Nederland')?.style).toBe('Heading2');
    expect(headings.find((heading) => heading.text.startsWith('Aanbeveling A1.3a: '))?.style).toBe('Heading3');
  });

  it('lists every remark under each term it links to, and the terms nobody spoke to once, without a section each', () => {
    const sections = sectionsByHeading(
      paragraphs.map((paragraph) => ({ level: HEADING_LEVELS[paragraph.style ?? ''] ?? null, text: paragraph.text })),
      3,
    );
    const metaCount = (section: string): number => section.split('\n').filter((line) => REMARK_META.test(line)).length;
    const silentLines = paragraphs.filter((paragraph) => paragraph.text.startsWith('Geen aandacht: ')).map((paragraph) => paragraph.text);
    expect(silentLines).toHaveLength(2);
    for (const term of expectedListedTerms(TAXONOMY, fixture.input)) {
      const records = recordsForTerm(fixture.input, term.id);
      const headed = [...sections.keys()].filter((heading) => heading.startsWith(termHeadingPrefix(term)));
      if (records.length === 0) {
        expect(headed, term.code).toEqual([]);
        expect(silentLines.join('\n'), term.code).toMatch(new RegExp(`(: |; )${term.code.replace('.', '\\.')} `));
        continue;
      }
      const section = sectionStartingWith(sections, termHeadingPrefix(term));
      expect(metaCount(section), term.code).toBe(records.length);
      for (const record of records) {
        const text = record.body.find((body) => body.type === 'TextualBody');
        if (text?.type === 'TextualBody') expect(section, record.id).toContain(text.value.split('\n')[0]);
      }
    }
    expect(paragraphs.some((paragraph) => paragraph.text === 'Geen opmerkingen.')).toBe(false);
  });

  it('writes under each remark its kind, author with organisation, Dutch date, PDF page and terms by code and name', () => {
    const multi = fixture.specials.multiTerm;
    const text = multi.body.find((body) => body.type === 'TextualBody');
    const index = paragraphs.findIndex((paragraph) => text?.type === 'TextualBody' && paragraph.text === text.value);
    const byline = paragraphs.slice(index + 1).find((paragraph) => paragraph.style === 'Meta')?.text ?? '';
    expect(byline).toMatch(/^(Vraag|Zorg|Suggestie|Waardering|Dilemma|Zonder soort) · .+ \((Raadslid|Ketenpartner|Secretariaat|Respondent), .+\) · \d{1,2} (januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december) 20\d\d · /);
    const terms = multi.termIds.map((id) => TAXONOMY.terms.find((term) => term.id === id)).filter((term) => term !== undefined);
    expect(terms.length).toBeGreaterThan(1);
    for (const term of terms) expect(byline).toContain(`${term.code} ${term.label}`);
    expect(paragraphs.some((paragraph) => paragraph.style === 'Meta' && / · pagina 12 · naar de passage/.test(paragraph.text))).toBe(true);
  });

  it('indents replies and the answer of SVMN beneath their remark', () => {
    const indented = (left: number, text: string): RegExp => new RegExp(`<w:pStyle w:val="Meta"/>(?:<w:keepNext/>)?<w:ind w:left="${left}"/></w:pPr>(?:(?!</w:p>)[\\s\\S])*?${text}`);
    expect(documentXml).toMatch(indented(425, 'Reactie van '));
    expect(documentXml).toMatch(indented(850, 'Reactie van '));
    expect(documentXml).toMatch(indented(425, 'Antwoord van SVMN: '));
  });

  it('has the coverage matrix on a landscape page: short headers, a legend, heat-map shading with the numbers, zeros written', () => {
    expect(documentXml).toMatch(/<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"\/>/);
    expect(documentXml.match(/<w:tblHeader\/>/g)?.length).toBeGreaterThanOrEqual(3);
    expect(documentXml.match(/<w:cantSplit\/>/g)?.length).toBeGreaterThan(TAXONOMY.terms.length);
    const rows = tableRows(documentXml);
    // SVMN answers remarks but wrote none itself in this round: its column is left out.
    expect(rows).toContainEqual(['Code', 'Term', 'Raad', 'Keten', 'Secr.', 'Totaal']);
    for (const termId of SILENT_TERMS) {
      const term = TAXONOMY.terms.find((candidate) => candidate.id === termId);
      const row = rows.find((cells) => cells[0] === term?.code);
      expect(row?.slice(2), term?.code).toEqual(['0', '0', '0', '0']);
    }
    expect(paragraphs.some((paragraph) => paragraph.text.includes('Raad = raadsleden') && paragraph.text.includes('Hoe donkerder het vak'))).toBe(true);
    const fills = new Set([...documentXml.matchAll(/<w:shd [^>]*w:fill="([0-9A-F]{6})"/g)].map((match) => match[1]));
    expect([...fills]).toEqual(expect.arrayContaining(['DCEAF7', '4F94D4']));
    const organisation = rows.find((cells) => cells[0] === 'Gemeente Woerden');
    expect(organisation?.slice(2).every((cell) => /^\d+$/.test(cell))).toBe(true);
  });

  it('leaves out the column of a role that made no remarks, and says so in the legend', async () => {
    const input = { ...fixture.input, annotations: fixture.input.annotations.filter((record) => record.author.role !== 'secretariat') };
    const xml = await docxPart(await renderDocx(buildDigest(input)), 'word/document.xml');
    expect(tableRows(xml)).toContainEqual(['Code', 'Term', 'Raad', 'Keten', 'Totaal']);
    expect(docxParagraphs(xml).some((paragraph) => paragraph.text.includes('dus weggelaten: secretariaat en Samen Veilig Midden-Nederland'))).toBe(true);
  });

  it('puts quotes in the Quote style: indented, italic, with a left border', async () => {
    const quotes = paragraphs.filter((paragraph) => paragraph.style === 'Quote');
    expect(quotes.map((quote) => quote.text)).toContain('In 2024 zijn zes dialoogbijeenkomsten met cliënten en ketenpartners georganiseerd.');
    const styles = await docxPart(buffer, 'word/styles.xml');
    const quoteStyle = /<w:style w:type="paragraph" w:styleId="Quote">[\s\S]*?<\/w:style>/.exec(styles)?.[0] ?? '';
    expect(quoteStyle).toContain('<w:i/>');
    expect(quoteStyle).toMatch(/<w:ind w:left="\d+"\/>/);
    expect(quoteStyle).toMatch(/<w:pBdr><w:left w:val="single"/);
  });

  it('keeps markup from remarks as text', () => {
    expect(paragraphs.map((paragraph) => paragraph.text)).toContain('Let op: <script>alert(1)</script> en <img src=x onerror=alert(1)> & "quotes"');
    expect(documentXml).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(documentXml).not.toMatch(/<script|<img/);
  });

  it('links to web passages only; other sources are text', async () => {
    const rels = await docxPart(buffer, 'word/_rels/document.xml.rels');
    const targets = [...rels.matchAll(/Target="([^"]*)" TargetMode="External"/g)].map((match) => match[1] ?? '');
    expect(targets.length).toBeGreaterThan(0);
    expect(targets.filter((target) => !/^https?:\/\//.test(target))).toEqual([]);
    expect(paragraphs.some((paragraph) => paragraph.text.includes(`naar de passage: ${DOCS.local}`))).toBe(true);
  });

  it('names nobody when pseudonymised', async () => {
    const pseudo = await renderDocx(buildDigest(buildFixture({ pseudonymise: true }).input));
    expect(leakedNames(await docxAllXml(pseudo))).toEqual([]);
    expect(leakedNames(await docxAllXml(buffer))).toContain('Anna de Vries');
  });
});
