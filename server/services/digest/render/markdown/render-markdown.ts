import type { Digest, DigestRemark, TermSection } from '../../model/digest-model';
import { agendaChapter, recommendationChapter, type TermChapter } from '../../model/outline';
import { formatDateTime, formatDay } from '../../texts/format-date';
import { ROLE_LABELS, SECTION_TITLES, STATUS_LABELS, countsLine, documentName, matrixLabel, scopeLine, termTitle } from '../../texts/labels';
import { DIGEST_PURPOSE, MATRIX_ROLE_HEADERS, SILENT_LEAD, matrixLegend, participantsLine, silentTermText, summarySentences } from '../../texts/report-sentences';
import { escapeMarkdownInline } from './escape-markdown';
import { markdownLink, markdownRemarks, markdownTable } from './markdown-remark';

const heading = (level: number, text: string): string => `${'#'.repeat(level)} ${escapeMarkdownInline(text)}`;

function termBlock(section: TermSection, pseudonymised: boolean): string {
  return [heading(4, termTitle(section.term)), escapeMarkdownInline(countsLine(section.counts)), markdownRemarks(section.remarks, pseudonymised)].join('\n\n');
}

function summary(digest: Digest): string {
  const { summary: s } = digest;
  return [
    heading(2, SECTION_TITLES.summary),
    summarySentences(digest).map(escapeMarkdownInline).join('\n'),
    ...(s.byOrganisation.length === 0
      ? []
      : [
          heading(3, 'Deelname per organisatie'),
          markdownTable(
            ['Organisatie', 'Rollen', 'Mensen', 'Opmerkingen', 'Reacties'],
            s.byOrganisation.map((row) => [row.organisation, row.roles.map((role) => ROLE_LABELS[role]).join(', '), row.participants, row.annotations, row.replies]),
            [false, false, true, true, true],
          ),
        ]),
  ].join('\n\n');
}

function matrix(digest: Digest): string {
  const { matrix: m } = digest;
  const roles = m.activeRoles;
  return [
    heading(2, SECTION_TITLES.matrix),
    escapeMarkdownInline(`Aantal opmerkingen per term en per groep. ${matrixLegend(roles, false)}`),
    markdownTable(
      ['Code', 'Term', ...roles.map((role) => MATRIX_ROLE_HEADERS[role]), 'Totaal'],
      m.rows.map((row) => [row.code, matrixLabel(row), ...roles.map((role) => row.counts[role]), row.total]),
      [false, false, ...roles.map(() => true), true],
    ),
  ].join('\n\n');
}

/** A chapter by term: the silent terms once, then each group that drew remarks. */
function chapter(title: string, outline: TermChapter, pseudonymised: boolean): string {
  const parts = [heading(2, title)];
  parts.push(
    outline.silent.length === 0
      ? 'Over elke term in dit hoofdstuk is iets gezegd.'
      : `**${SILENT_LEAD}:** ${escapeMarkdownInline(`${outline.silent.map(silentTermText).join('; ')}.`)}`,
  );
  for (const group of outline.groups) {
    parts.push(heading(3, group.title));
    if (group.lead) parts.push(escapeMarkdownInline(countsLine(group.lead.counts)), markdownRemarks(group.lead.remarks, pseudonymised));
    for (const section of group.sections) parts.push(termBlock(section, pseudonymised));
  }
  return parts.join('\n\n');
}

function listSection(title: string, intro: string, remarks: readonly DigestRemark[], pseudonymised: boolean): string {
  if (remarks.length === 0) return [heading(2, title), `${intro} Geen.`].join('\n\n');
  return [heading(2, title), intro, markdownRemarks(remarks, pseudonymised)].join('\n\n');
}

function responses(digest: Digest): string {
  const parts = [heading(2, SECTION_TITLES.responses), digest.responses.map((group) => `${STATUS_LABELS[group.status]}: ${group.remarks.length}`).join(' · ')];
  for (const group of digest.responses.filter((entry) => entry.remarks.length > 0)) {
    parts.push(heading(3, `${STATUS_LABELS[group.status]} (${group.remarks.length})`), markdownRemarks(group.remarks, digest.pseudonymised));
  }
  return parts.join('\n\n');
}

function documents(digest: Digest): string {
  if (digest.documents.length === 0) return [heading(2, SECTION_TITLES.documents), '_Geen._'].join('\n\n');
  const rows = digest.documents.map((entry) => `| ${markdownLink(documentName(entry), entry.source)} | ${entry.annotations} | ${entry.replies} |`);
  return [heading(2, SECTION_TITLES.documents), ['| Document | Opmerkingen | Reacties |', '| --- | ---: | ---: |', ...rows].join('\n')].join('\n\n');
}

/** The digest as one Markdown document (CommonMark with GFM tables), in the Word report's order. */
export function renderMarkdown(digest: Digest): string {
  const p = digest.pseudonymised;
  const intro = [
    escapeMarkdownInline(scopeLine(digest, formatDay)),
    escapeMarkdownInline(DIGEST_PURPOSE),
    escapeMarkdownInline(participantsLine(digest)),
    `Gemaakt op ${formatDateTime(digest.generatedAt)}, taxonomie versie ${digest.taxonomyVersion}.`,
    ...(p ? ['Namen zijn vervangen door rol en organisatie.'] : []),
  ].join('  \n');
  const sections = [
    heading(1, digest.title),
    intro,
    summary(digest),
    matrix(digest),
    chapter(SECTION_TITLES.agenda, agendaChapter(digest.agenda), p),
    chapter(SECTION_TITLES.recommendations, recommendationChapter(digest.recommendations), p),
    listSection(SECTION_TITLES.openQuestions, 'Vragen zonder reactie en zonder antwoord.', digest.openQuestions, p),
    listSection(SECTION_TITLES.dilemmas, 'Opmerkingen van de soort dilemma.', digest.dilemmas, p),
    listSection(SECTION_TITLES.unlinked, 'Opmerkingen die bij geen doel, actie of aanbeveling horen.', digest.unlinked, p),
    listSection(SECTION_TITLES.orphans, 'De passage staat niet meer in de huidige versie van het document.', digest.orphans, p),
    responses(digest),
    documents(digest),
  ];
  return `${sections.join('\n\n')}\n`;
}
