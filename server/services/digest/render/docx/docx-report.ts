import { LeaderType, Paragraph, TableOfContents, TextRun, type FileChild } from 'docx';
import type { Digest, DigestRemark, TermSection } from '../../model/digest-model';
import type { TermChapter } from '../../model/outline';
import { formatDateTime, formatDay } from '../../texts/format-date';
import { ROLE_LABELS, SECTION_TITLES, STATUS_LABELS, countsLine, documentName, scopeLine, termTitle } from '../../texts/labels';
import { DIGEST_PURPOSE, SILENT_LEAD, participantsLine, silentTermText, summarySentences } from '../../texts/report-sentences';
import { dataTable, heading, headingEntries, plain, xmlSafe } from './docx-parts';
import { compactRemarkParagraph, remarkParagraphs } from './docx-remark';

/** The cover: the round's title, its period, who took part, and when it was made. */
export function coverChildren(digest: Digest): FileChild[] {
  return [
    new Paragraph({ style: 'Title', children: [new TextRun(xmlSafe(digest.title))] }),
    plain(scopeLine(digest, formatDay), 'Subtitle'),
    plain(DIGEST_PURPOSE),
    plain(participantsLine(digest)),
    plain(`Gemaakt op ${formatDateTime(digest.generatedAt)} met Kantlijn, taxonomie versie ${digest.taxonomyVersion}.`, 'Meta'),
    ...(digest.pseudonymised ? [plain('Namen zijn vervangen door rol en organisatie.', 'Meta')] : []),
  ];
}

/** Headings down to this level are in the table of contents: chapters, goals and groups. */
const CONTENTS_LEVELS = 2;

/**
 * A real table-of-contents field over Heading 1 and 2, with hyperlinks, marked dirty so Word fills
 * in the page numbers when the document opens. It is written with an entry per heading of
 * `body`, so it is not empty before Word updates it (or where nothing updates it); taking them
 * from the headings made here spares docx a search through the whole document. Working the page
 * numbers out here (docx's page layout) costs seconds even for a small round, so they are left to
 * Word, and a dotted leader would point at nothing: there is none.
 */
export function contentsChildren(body: readonly FileChild[]): FileChild[] {
  const cachedEntries = headingEntries(body, CONTENTS_LEVELS);
  return [
    plain('Inhoud', 'ContentsHeading'),
    new TableOfContents('Inhoud', { hyperlink: true, headingStyleRange: `1-${CONTENTS_LEVELS}`, tabLeader: LeaderType.NONE, cachedEntries }),
    plain('Word vult de paginanummers in als het document wordt geopend (of via ‘Inhoudsopgave bijwerken’).', 'Meta'),
  ];
}

/** The summary in sentences, and participation per organisation as a table. */
export function summaryChildren(digest: Digest): FileChild[] {
  const s = digest.summary;
  return [
    heading(SECTION_TITLES.summary, 1),
    ...summarySentences(digest).map((sentence) => plain(sentence)),
    ...(s.byOrganisation.length === 0
      ? []
      : [
          heading('Deelname per organisatie', 2),
          dataTable(
            ['Organisatie', 'Rollen', 'Mensen', 'Opmerkingen', 'Reacties'],
            s.byOrganisation.map((row) => [row.organisation, row.roles.map((role) => ROLE_LABELS[role]).join(', '), row.participants, row.annotations, row.replies]),
            { columnWidths: ['rest', 2400, 0, 0, 0], size: 18 },
          ),
        ]),
  ];
}

const remarkList = (list: readonly DigestRemark[], pseudonymised: boolean): FileChild[] => list.flatMap((remark) => remarkParagraphs(remark, pseudonymised));

const termBlock = (section: TermSection, pseudonymised: boolean): FileChild[] => [
  heading(termTitle(section.term), 3),
  plain(countsLine(section.counts), 'Meta'),
  ...remarkList(section.remarks, pseudonymised),
];

/** "Geen aandacht: 1.4 Naam; A2.2 Naam": the chapter's silent terms, once, in one paragraph. */
function silentParagraph(chapter: TermChapter): Paragraph {
  if (chapter.silent.length === 0) return plain('Over elke term in dit hoofdstuk is iets gezegd.', 'Meta');
  return new Paragraph({
    children: [new TextRun({ text: `${SILENT_LEAD}: `, bold: true }), new TextRun(xmlSafe(`${chapter.silent.map(silentTermText).join('; ')}.`))],
  });
}

/** A chapter of remarks by term: silent terms first, then each group that drew remarks. */
export function chapterChildren(title: string, chapter: TermChapter, pseudonymised: boolean): FileChild[] {
  return [
    heading(title, 1),
    silentParagraph(chapter),
    ...chapter.groups.flatMap((group) => [
      heading(group.title, 2),
      ...(group.lead ? [plain(countsLine(group.lead.counts), 'Meta'), ...remarkList(group.lead.remarks, pseudonymised)] : []),
      ...group.sections.flatMap((section) => termBlock(section, pseudonymised)),
    ]),
  ];
}

/** Lists that cut across terms. Linked remarks stand in full under their terms; here they repeat compactly. */
export function listChildren(digest: Digest): FileChild[] {
  const p = digest.pseudonymised;
  const list = (title: string, intro: string, items: readonly DigestRemark[]): FileChild[] => [
    heading(title, 1),
    plain(items.length === 0 ? `${intro} Geen.` : intro),
    ...items.flatMap((item): FileChild[] => (item.terms.length > 0 ? [compactRemarkParagraph(item, p)] : remarkParagraphs(item, p))),
  ];
  const answered = digest.responses.filter((group) => group.remarks.length > 0);
  return [
    ...list(SECTION_TITLES.openQuestions, 'Vragen zonder reactie en zonder antwoord.', digest.openQuestions),
    ...list(SECTION_TITLES.dilemmas, 'Opmerkingen van de soort dilemma.', digest.dilemmas),
    ...list(SECTION_TITLES.unlinked, 'Opmerkingen die bij geen doel, actie of aanbeveling horen.', digest.unlinked),
    ...list(SECTION_TITLES.orphans, 'De passage staat niet meer in de huidige versie van het document.', digest.orphans),
    heading(SECTION_TITLES.responses, 1),
    plain(digest.responses.map((group) => `${STATUS_LABELS[group.status]}: ${group.remarks.length}`).join(' · '), 'Meta'),
    ...answered.flatMap((group) => [heading(`${STATUS_LABELS[group.status]} (${group.remarks.length})`, 2), ...group.remarks.map((remark) => compactRemarkParagraph(remark, p))]),
  ];
}

/** The index by document: title (or URL) as a link, and what was said on it. */
export function documentChildren(digest: Digest): FileChild[] {
  return [
    heading(SECTION_TITLES.documents, 1),
    digest.documents.length === 0
      ? plain('Geen.')
      : dataTable(
          ['Document', 'Opmerkingen', 'Reacties'],
          digest.documents.map((entry) => [{ value: documentName(entry), link: entry.source }, entry.annotations, entry.replies]),
          { columnWidths: ['rest', 0, 0], size: 18 },
        ),
  ];
}
