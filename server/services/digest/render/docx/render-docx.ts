import { AlignmentType, BorderStyle, Document, Footer, HeadingLevel, Packer, PageBreak, Paragraph, TextRun, PageNumber, type FileChild } from 'docx';
import {
  ACTIONS_WITHOUT_GOAL,
  KIND_LABELS,
  ROLE_LABELS,
  ROLE_PLURALS,
  SECTION_TITLES,
  STATUS_LABELS,
  countsLine,
  scopeLine,
  matrixLabel,
  termTitle,
} from '../../texts/labels';
import { DIGEST_KINDS, type Digest, type DigestRemark, type TermSection } from '../../model/digest-model';
import { compactRemarkParagraph, dataTable, heading, linkRun, remarkParagraphs, textRuns, xmlSafe } from './docx-parts';
import { formatDateTime, formatDay } from '../../texts/format-date';

const LANGUAGE = { value: 'nl-NL' };

/**
 * Styles: Dutch as the document language (spelling check, hyphenation), Word's built-in "Quote"
 * style id so Word shows it as its own Citaat style, and a small "Meta" style for bylines.
 */
const STYLES = {
  default: { document: { run: { language: LANGUAGE, font: 'Calibri', size: 22 } } },
  paragraphStyles: [
    {
      id: 'Quote',
      name: 'Quote',
      basedOn: 'Normal',
      next: 'Normal',
      quickFormat: true,
      run: { italics: true, color: '404040' },
      paragraph: {
        indent: { left: 567 },
        spacing: { before: 120, after: 60 },
        border: { left: { style: BorderStyle.SINGLE, size: 18, color: '0072B2', space: 8 } },
      },
    },
    { id: 'Meta', name: 'Meta', basedOn: 'Normal', next: 'Normal', run: { size: 18, color: '4A4A4A' }, paragraph: { spacing: { before: 60, after: 20 } } },
  ],
};

const plain = (text: string): Paragraph => new Paragraph({ children: textRuns(text) });

function titlePage(digest: Digest): FileChild[] {
  return [
    new Paragraph({ heading: HeadingLevel.TITLE, spacing: { before: 2400 }, children: [new TextRun(xmlSafe(digest.title))] }),
    plain(scopeLine(digest, formatDay)),
    plain(`Gemaakt op ${formatDateTime(digest.generatedAt)}, taxonomie versie ${digest.taxonomyVersion}.`),
    ...(digest.pseudonymised ? [plain('Namen zijn vervangen door rol en organisatie.')] : []),
    new Paragraph({ children: [new PageBreak()] }),
  ];
}

function summary(digest: Digest): FileChild[] {
  const s = digest.summary;
  return [
    heading(SECTION_TITLES.summary, 1),
    dataTable(['Totaal', 'Aantal'], [['Annotaties', s.annotations], ['Reacties', s.replies], ['Documenten', s.documents], ['Deelnemers', s.participants]]),
    heading('Deelname per rol', 2),
    dataTable(['Rol', 'Deelnemers', 'Annotaties', 'Reacties'], s.byRole.map((row) => [ROLE_PLURALS[row.role], row.participants, row.annotations, row.replies])),
    heading('Deelname per organisatie', 2),
    dataTable(
      ['Organisatie', 'Rollen', 'Deelnemers', 'Annotaties', 'Reacties'],
      s.byOrganisation.map((row) => [row.organisation, row.roles.map((role) => ROLE_LABELS[role]).join(', '), row.participants, row.annotations, row.replies]),
      1500,
    ),
    heading('Opmerkingen per soort', 2),
    dataTable(['Soort', 'Aantal'], DIGEST_KINDS.map((kind) => [KIND_LABELS[kind], s.byKind[kind]])),
  ];
}

function matrix(digest: Digest): FileChild[] {
  const m = digest.matrix;
  const uncovered = m.rows.filter((row) => row.total === 0).map((row) => row.code);
  return [
    heading(SECTION_TITLES.matrix, 1),
    plain('Aantal opmerkingen per term en per rol van de schrijver; een opmerking bij meer termen telt bij elk.'),
    dataTable(
      ['Term', ...m.roles.map((role) => ROLE_PLURALS[role]), 'Totaal'],
      m.rows.map((row) => [`${row.code} ${matrixLabel(row)}`, ...m.roles.map((role) => row.counts[role]), row.total]),
    ),
    plain(uncovered.length === 0 ? 'Elke term kreeg ten minste één opmerking.' : `Geen opmerkingen bij ${uncovered.length} van ${m.rows.length} termen: ${uncovered.join(', ')}.`),
  ];
}

const remarks = (list: readonly DigestRemark[], pseudonymised: boolean): FileChild[] =>
  list.length === 0 ? [new Paragraph({ children: [new TextRun({ text: 'Geen.', italics: true })] })] : list.flatMap((remark) => remarkParagraphs(remark, pseudonymised));

const term = (section: TermSection, level: 2 | 3, pseudonymised: boolean): FileChild[] => [
  heading(termTitle(section.term), level),
  new Paragraph({ style: 'Meta', children: [new TextRun(countsLine(section.counts))] }),
  ...(section.remarks.length > 0 ? remarks(section.remarks, pseudonymised) : []),
];

function groupings(digest: Digest): FileChild[] {
  const p = digest.pseudonymised;
  return [
    heading(SECTION_TITLES.agenda, 1),
    ...digest.agenda.flatMap((goal) => [
      ...(goal.goal ? term(goal.goal, 2, p) : [heading(ACTIONS_WITHOUT_GOAL, 2)]),
      ...goal.actions.flatMap((action) => term(action, 3, p)),
    ]),
    heading(SECTION_TITLES.recommendations, 1),
    ...digest.recommendations.flatMap((group) => [heading(group.label, 2), ...group.recommendations.flatMap((section) => term(section, 3, p))]),
  ];
}

function lists(digest: Digest): FileChild[] {
  const p = digest.pseudonymised;
  const list = (title: string, intro: string, items: readonly DigestRemark[]): FileChild[] => [heading(title, 1), plain(intro), ...remarks(items, p)];
  // Remarks linked to terms stand in full under those terms; these lists repeat them compactly.
  const repeated = (title: string, intro: string, items: readonly DigestRemark[]): FileChild[] => [
    heading(title, 1),
    plain(intro),
    ...(items.length === 0 ? remarks(items, p) : items.flatMap((item): FileChild[] => (item.terms.length > 0 ? [compactRemarkParagraph(item, p)] : remarkParagraphs(item, p)))),
  ];
  return [
    ...repeated(SECTION_TITLES.openQuestions, 'Vragen zonder reactie en zonder antwoord.', digest.openQuestions),
    ...repeated(SECTION_TITLES.dilemmas, 'Opmerkingen van de soort dilemma.', digest.dilemmas),
    ...list(SECTION_TITLES.unlinked, 'Opmerkingen die aan geen doel, actie of aanbeveling gekoppeld zijn.', digest.unlinked),
    ...repeated(SECTION_TITLES.orphans, 'De passage staat niet meer in de huidige versie van het document.', digest.orphans),
    heading(SECTION_TITLES.responses, 1),
    ...digest.responses.flatMap((group) => [heading(`${STATUS_LABELS[group.status]} (${group.remarks.length})`, 2), ...remarks(group.remarks, p)]),
    heading(SECTION_TITLES.documents, 1),
    ...digest.documents.map(
      (entry) => new Paragraph({ children: [linkRun(entry.source, entry.source), new TextRun(` — ${entry.annotations} annotaties, ${entry.replies} reacties`)] }),
    ),
  ];
}

/** "Pagina X van Y", centred: fields Word and LibreOffice fill in when they lay out the pages. */
const footer = (): Footer =>
  new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ children: ['Pagina ', PageNumber.CURRENT, ' van ', PageNumber.TOTAL_PAGES], size: 18 })],
      }),
    ],
  });

/**
 * The digest as a Word document (.docx, valid OOXML): title page, Heading 1–3 for the navigation
 * pane, real tables with repeating header rows, quotes in the Quote style, page numbers in the
 * footer, Dutch as the document language.
 */
export async function renderDocx(digest: Digest): Promise<Buffer> {
  const document = new Document({
    creator: 'Kantlijn',
    title: xmlSafe(digest.title),
    description: 'Gezamenlijke feedback op de rapporten van Samen Veilig Midden-Nederland',
    styles: STYLES,
    sections: [
      {
        // A4 with 2 cm margins; the title page gets an empty footer of its own but still counts.
        properties: { titlePage: true, page: { size: { width: 11906, height: 16838 }, margin: { top: 1134, bottom: 1134, left: 1134, right: 1134 } } },
        // A footer must hold at least one paragraph for Word to accept it, even an empty one.
        footers: { default: footer(), first: new Footer({ children: [new Paragraph({ children: [] })] }) },
        children: [...titlePage(digest), ...summary(digest), ...matrix(digest), ...groupings(digest), ...lists(digest)],
      },
    ],
  });
  return Packer.toBuffer(document);
}
