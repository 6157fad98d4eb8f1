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
import { DIGEST_KINDS, type Digest, type TermSection } from '../../model/digest-model';
import { escapeMarkdownInline } from './escape-markdown';
import { formatDateTime, formatDay } from '../../texts/format-date';
import { markdownLink, markdownRemarks, markdownTable } from './markdown-remark';

const heading = (level: number, text: string): string => `${'#'.repeat(level)} ${escapeMarkdownInline(text)}`;

function termBlock(section: TermSection, level: number, pseudonymised: boolean): string {
  return [
    heading(level, termTitle(section.term)),
    escapeMarkdownInline(countsLine(section.counts)),
    section.remarks.length > 0 ? markdownRemarks(section.remarks, pseudonymised) : '',
  ]
    .filter((part) => part !== '')
    .join('\n\n');
}

function summary(digest: Digest): string {
  const { summary: s } = digest;
  return [
    heading(2, SECTION_TITLES.summary),
    [
      `- Annotaties: ${s.annotations}`,
      `- Reacties: ${s.replies}`,
      `- Documenten: ${s.documents}`,
      `- Deelnemers: ${s.participants}`,
    ].join('\n'),
    heading(3, 'Deelname per rol'),
    markdownTable(
      ['Rol', 'Deelnemers', 'Annotaties', 'Reacties'],
      s.byRole.map((row) => [ROLE_PLURALS[row.role], row.participants, row.annotations, row.replies]),
      [false, true, true, true],
    ),
    heading(3, 'Deelname per organisatie'),
    markdownTable(
      ['Organisatie', 'Rollen', 'Deelnemers', 'Annotaties', 'Reacties'],
      s.byOrganisation.map((row) => [row.organisation, row.roles.map((role) => ROLE_LABELS[role]).join(', '), row.participants, row.annotations, row.replies]),
      [false, false, true, true, true],
    ),
    heading(3, 'Opmerkingen per soort'),
    markdownTable(['Soort', 'Aantal'], DIGEST_KINDS.map((kind) => [KIND_LABELS[kind], s.byKind[kind]]), [false, true]),
  ].join('\n\n');
}

function matrix(digest: Digest): string {
  const { matrix: m } = digest;
  const uncovered = m.rows.filter((row) => row.total === 0).map((row) => row.code);
  return [
    heading(2, SECTION_TITLES.matrix),
    'Aantal opmerkingen per term en per rol van de schrijver; een opmerking bij meer termen telt bij elk.',
    markdownTable(
      ['Code', 'Term', ...m.roles.map((role) => ROLE_PLURALS[role]), 'Totaal'],
      m.rows.map((row) => [row.code, matrixLabel(row), ...m.roles.map((role) => row.counts[role]), row.total]),
      [false, false, ...m.roles.map(() => true), true],
    ),
    uncovered.length === 0
      ? 'Elke term kreeg ten minste één opmerking.'
      : `Geen opmerkingen bij ${uncovered.length} van ${m.rows.length} termen: ${escapeMarkdownInline(uncovered.join(', '))}.`,
  ].join('\n\n');
}

function agenda(digest: Digest): string {
  const parts = [heading(2, SECTION_TITLES.agenda)];
  for (const goal of digest.agenda) {
    parts.push(goal.goal ? termBlock(goal.goal, 3, digest.pseudonymised) : heading(3, ACTIONS_WITHOUT_GOAL));
    for (const action of goal.actions) parts.push(termBlock(action, 4, digest.pseudonymised));
  }
  return parts.join('\n\n');
}

function recommendations(digest: Digest): string {
  const parts = [heading(2, SECTION_TITLES.recommendations)];
  for (const group of digest.recommendations) {
    parts.push(heading(3, group.label));
    for (const section of group.recommendations) parts.push(termBlock(section, 4, digest.pseudonymised));
  }
  return parts.join('\n\n');
}

function listSection(title: string, intro: string, remarks: Digest['remarks'], pseudonymised: boolean): string {
  return [heading(2, title), intro, markdownRemarks(remarks, pseudonymised)].join('\n\n');
}

function responses(digest: Digest): string {
  const parts = [heading(2, SECTION_TITLES.responses)];
  for (const group of digest.responses) {
    parts.push(heading(3, `${STATUS_LABELS[group.status]} (${group.remarks.length})`));
    parts.push(markdownRemarks(group.remarks, digest.pseudonymised));
  }
  return parts.join('\n\n');
}

function documents(digest: Digest): string {
  const rows = digest.documents.map(
    (entry) => `| ${markdownLink(entry.source, entry.source)} | ${entry.annotations} | ${entry.replies} |`,
  );
  return [heading(2, SECTION_TITLES.documents), ['| Document | Annotaties | Reacties |', '| --- | ---: | ---: |', ...rows].join('\n')].join(
    '\n\n',
  );
}

/** The digest as one Markdown document (CommonMark with GFM tables). */
export function renderMarkdown(digest: Digest): string {
  const intro = [
    escapeMarkdownInline(scopeLine(digest, formatDay)),
    `Gemaakt op ${formatDateTime(digest.generatedAt)}, taxonomie versie ${digest.taxonomyVersion}.`,
    ...(digest.pseudonymised ? ['Namen zijn vervangen door rol en organisatie.'] : []),
  ].join('  \n');
  const sections = [
    heading(1, digest.title),
    intro,
    summary(digest),
    matrix(digest),
    agenda(digest),
    recommendations(digest),
    listSection(SECTION_TITLES.openQuestions, 'Vragen zonder reactie en zonder antwoord.', digest.openQuestions, digest.pseudonymised),
    listSection(SECTION_TITLES.dilemmas, 'Opmerkingen van de soort dilemma.', digest.dilemmas, digest.pseudonymised),
    listSection(SECTION_TITLES.unlinked, 'Opmerkingen die aan geen doel, actie of aanbeveling gekoppeld zijn.', digest.unlinked, digest.pseudonymised),
    listSection(SECTION_TITLES.orphans, 'De passage staat niet meer in de huidige versie van het document.', digest.orphans, digest.pseudonymised),
    responses(digest),
    documents(digest),
  ];
  return `${sections.join('\n\n')}\n`;
}
