import { AlignmentType, Document, Footer, Packer, PageNumber, PageOrientation, Paragraph, TextRun, type FileChild, type ISectionOptions } from 'docx';
import type { Digest } from '../../model/digest-model';
import { agendaChapter, recommendationChapter } from '../../model/outline';
import { SECTION_TITLES } from '../../texts/labels';
import { matrixChildren } from './docx-matrix';
import { A4, LANDSCAPE_MARGINS, PAGE_MARGINS } from './docx-page';
import { xmlSafe } from './docx-parts';
import { chapterChildren, contentsChildren, coverChildren, documentChildren, listChildren, summaryChildren } from './docx-report';
import { DOCX_STYLES } from './docx-styles';

/** "Pagina X van Y · Gezamenlijke feedback – ronde": fields Word and LibreOffice fill in when they lay out the pages. */
const pageFooter = (title: string): Footer =>
  new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ children: ['Pagina ', PageNumber.CURRENT, ' van ', PageNumber.TOTAL_PAGES, xmlSafe(` · ${title}`)], size: 18, color: '4A4A4A' })],
      }),
    ],
  });

/** A footer must hold at least one paragraph for Word to accept it, even an empty one. */
const emptyFooter = (): Footer => new Footer({ children: [new Paragraph({ children: [] })] });

function section(children: FileChild[], footer: Footer, landscape = false): ISectionOptions {
  return {
    properties: {
      page: { size: { ...A4, ...(landscape ? { orientation: PageOrientation.LANDSCAPE } : {}) }, margin: landscape ? LANDSCAPE_MARGINS : PAGE_MARGINS },
    },
    footers: { default: footer },
    children,
  };
}

/**
 * The digest as a Word report (.docx, valid OOXML): a cover; the contents as a real TOC field and
 * the summary in sentences; the coverage matrix on a landscape page; the remarks by goal and
 * recommendation with the silent terms listed once; the cross-cutting lists; the index by document.
 * Word's heading styles for the navigation pane, full-width tables whose header rows repeat and
 * whose rows do not split, page numbers and the round in the footer, Dutch as the language.
 */
export async function renderDocx(digest: Digest): Promise<Buffer> {
  const footer = pageFooter(digest.title);
  const p = digest.pseudonymised;
  const summary = summaryChildren(digest);
  const matrix = matrixChildren(digest.matrix);
  const body = [
    ...chapterChildren(SECTION_TITLES.agenda, agendaChapter(digest.agenda), p),
    ...chapterChildren(SECTION_TITLES.recommendations, recommendationChapter(digest.recommendations), p),
    ...listChildren(digest),
    ...documentChildren(digest),
  ];
  const document = new Document({
    creator: 'Kantlijn',
    title: xmlSafe(digest.title),
    description: 'Gezamenlijke feedback op de rapporten van Samen Veilig Midden-Nederland',
    styles: DOCX_STYLES,
    features: { updateFields: true },
    sections: [
      section(coverChildren(digest), emptyFooter()),
      section([...contentsChildren([...summary, ...matrix, ...body]), ...summary], footer),
      section(matrix, footer, true),
      section(body, footer),
    ],
  });
  return Packer.toBuffer(document);
}
