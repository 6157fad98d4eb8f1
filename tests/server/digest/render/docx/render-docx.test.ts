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

  it('has a title page (without page number), Dutch as language and page numbers "Pagina X van Y"', async () => {
    expect(paragraphs[0]).toEqual({ style: 'Title', text: fixture.input.title });
    expect(paragraphs.slice(0, 5).map((paragraph) => paragraph.text)).toContain('Ronde: Voorjaarsronde 2025 (1 maart 2025 – 31 maart 2025)');
    expect(documentXml).toContain('<w:br w:type="page"/>');
    expect(documentXml).toContain('<w:titlePg/>');
    const styles = await docxPart(buffer, 'word/styles.xml');
    expect(styles).toContain('<w:lang w:val="nl-NL"/>');
    const zip = await JSZip.loadAsync(buffer);
    const footers = await Promise.all(Object.keys(zip.files).filter((name) => /^word\/footer\d+\.xml$/.test(name)).map((name) => docxPart(buffer, name)));
    expect(footers).toHaveLength(2);
    for (const footer of footers) expect(footer).toContain('<w:p');
    const footer = footers.find((xml) => xml.includes('Pagina')) ?? '';
    expect(footer).toMatch(/Pagina [\s\S]*<w:instrText[^>]*>PAGE<\/w:instrText>[\s\S]*van [\s\S]*<w:instrText[^>]*>NUMPAGES<\/w:instrText>/);
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

  it('lists every remark under each term it links to', () => {
    const sections = sectionsByHeading(
      paragraphs.map((paragraph) => ({ level: HEADING_LEVELS[paragraph.style ?? ''] ?? null, text: paragraph.text })),
      3,
    );
    const metaCount = (section: string): number => section.split('\n').filter((line) => REMARK_META.test(line)).length;
    for (const term of expectedListedTerms(TAXONOMY, fixture.input)) {
      const section = sectionStartingWith(sections, termHeadingPrefix(term));
      const records = recordsForTerm(fixture.input, term.id);
      expect(metaCount(section), term.code).toBe(records.length);
      if (records.length === 0) expect(section).toContain('Geen opmerkingen.');
      for (const record of records) {
        const text = record.body.find((body) => body.type === 'TextualBody');
        if (text?.type === 'TextualBody') expect(section, record.id).toContain(text.value.split('\n')[0]);
      }
    }
  });

  it('has the summary and the coverage matrix as real tables with repeating header rows, zeros written', () => {
    expect(documentXml.match(/<w:tblHeader\/>/g)?.length).toBeGreaterThanOrEqual(5);
    const rows = [...documentXml.matchAll(/<w:tr>([\s\S]*?)<\/w:tr>/g)].map((row) =>
      [...(row[1] ?? '').matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map((cell) => docxParagraphs(cell[1] ?? '').map((paragraph) => paragraph.text).join('')),
    );
    for (const termId of SILENT_TERMS) {
      const code = TAXONOMY.terms.find((term) => term.id === termId)?.code ?? '';
      const row = rows.find((cells) => cells[0]?.startsWith(`${code} `));
      expect(row?.slice(1), code).toEqual(['0', '0', '0', '0', '0']);
    }
    expect(rows.find((cells) => cells[0] === 'Annotaties')?.[1]).toBe(String(buildDigest(fixture.input).summary.annotations));
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
