import {
  ACTIONS_WITHOUT_GOAL,
  KIND_LABELS,
  ROLE_LABELS,
  ROLE_PLURALS,
  SECTION_TITLES,
  STATUS_LABELS,
  countsLine,
  lowerFirst,
  scopeLine,
  matrixLabel,
  termTitle,
} from '../../texts/labels';
import { DIGEST_KINDS, type Digest, type DigestRemark, type TermSection } from '../../model/digest-model';
import { escapeHtml } from './escape-html';
import { formatDateTime, formatDay } from '../../texts/format-date';
import { DIGEST_CSS } from './html-styles';
import { linkHtml, remarksHtml, tableHtml } from './html-parts';

type SectionKey = keyof typeof SECTION_TITLES;

/** Section ids double as the table of contents' anchors. */
const SECTION_IDS: Record<SectionKey, string> = {
  summary: 'samenvatting',
  matrix: 'dekkingsmatrix',
  agenda: 'doelen-en-acties',
  recommendations: 'aanbevelingen',
  openQuestions: 'open-vragen',
  dilemmas: 'dilemmas',
  unlinked: 'zonder-koppeling',
  orphans: 'verweesd',
  responses: 'wat-is-er-gedaan',
  documents: 'per-document',
};

/** "a, b en c". */
const dutchList = (items: readonly string[]): string =>
  items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} en ${items.at(-1) ?? ''}`;

const termAnchor = (termId: string): string => `term-${termId}`;

function section(key: SectionKey, body: string): string {
  const id = SECTION_IDS[key];
  return `<section id="${escapeHtml(id)}" aria-labelledby="${escapeHtml(id)}-kop">\n<h2 id="${escapeHtml(id)}-kop">${escapeHtml(SECTION_TITLES[key])}</h2>\n${body}\n</section>`;
}

function termHtml(term: TermSection, level: 3 | 4, pseudonymised: boolean): string {
  const id = termAnchor(term.term.id);
  return [
    `<h${level} id="${escapeHtml(id)}">${escapeHtml(termTitle(term.term))}</h${level}>`,
    `<p class="counts">${escapeHtml(countsLine(term.counts))}</p>`,
    term.remarks.length > 0 ? remarksHtml(term.remarks, pseudonymised) : '',
  ].join('\n');
}

function summaryHtml(digest: Digest): string {
  const s = digest.summary;
  const totals: Array<[string, number]> = [
    ['Annotaties', s.annotations],
    ['Reacties', s.replies],
    ['Documenten', s.documents],
    ['Deelnemers', s.participants],
  ];
  return [
    `<dl class="totals">${totals.map(([label, value]) => `<dt>${escapeHtml(label)}</dt><dd>${value}</dd>`).join('')}</dl>`,
    tableHtml('Deelname per rol', ['Rol', 'Deelnemers', 'Annotaties', 'Reacties'], s.byRole.map((row) => [ROLE_PLURALS[row.role], row.participants, row.annotations, row.replies])),
    tableHtml(
      'Deelname per organisatie',
      ['Organisatie', 'Rollen', 'Deelnemers', 'Annotaties', 'Reacties'],
      s.byOrganisation.map((row) => [row.organisation, row.roles.map((role) => ROLE_LABELS[role]).join(', '), row.participants, row.annotations, row.replies]),
    ),
    tableHtml('Opmerkingen per soort', ['Soort', 'Aantal'], DIGEST_KINDS.map((kind) => [KIND_LABELS[kind], s.byKind[kind]])),
  ].join('\n');
}

/** The matrix as a table, preceded by its text alternative (what a screen reader or a hurried reader needs). */
function matrixHtml(digest: Digest): string {
  const { matrix } = digest;
  const uncovered = matrix.rows.filter((row) => row.total === 0);
  const busiest = [...matrix.rows].sort((a, b) => b.total - a.total)[0];
  const summary = [
    `Per doel, actie en aanbeveling staat hoeveel opmerkingen ${dutchList(matrix.roles.map((role) => lowerFirst(ROLE_PLURALS[role])))} erover maakten; een opmerking bij meer termen telt bij elk.`,
    `${matrix.rows.length - uncovered.length} van de ${matrix.rows.length} termen kregen opmerkingen.`,
    uncovered.length > 0 ? `Zonder opmerkingen: ${uncovered.map((row) => row.code).join(', ')}.` : 'Elke term kreeg ten minste één opmerking.',
    busiest && busiest.total > 0 ? `De meeste opmerkingen gingen over ${busiest.code} (${busiest.total}).` : '',
  ].filter((line) => line !== '');
  const head = ['Term', ...matrix.roles.map((role) => ROLE_PLURALS[role]), 'Totaal']
    .map((cell, index) => `<th scope="col"${index > 0 ? ' class="num"' : ''}>${escapeHtml(cell)}</th>`)
    .join('');
  const body = matrix.rows.map((row) => {
    const cells = [...matrix.roles.map((role) => row.counts[role]), row.total]
      .map((count) => `<td class="num ${count === 0 ? 'zero' : 'some'}">${count}</td>`)
      .join('');
    const label = `<a href="#${escapeHtml(termAnchor(row.termId))}">${escapeHtml(row.code)}</a> ${escapeHtml(matrixLabel(row))}`;
    return `<tr><th scope="row">${label}</th>${cells}</tr>`;
  });
  return [
    `<p id="matrix-uitleg">${escapeHtml(summary.join(' '))}</p>`,
    `<table aria-describedby="matrix-uitleg"><caption>Opmerkingen per term en per rol</caption><thead><tr>${head}</tr></thead><tbody>\n${body.join('\n')}\n</tbody></table>`,
  ].join('\n');
}

function agendaHtml(digest: Digest): string {
  return digest.agenda
    .flatMap((goal) => [
      goal.goal ? termHtml(goal.goal, 3, digest.pseudonymised) : `<h3>${escapeHtml(ACTIONS_WITHOUT_GOAL)}</h3>`,
      ...goal.actions.map((action) => termHtml(action, 4, digest.pseudonymised)),
    ])
    .join('\n');
}

function recommendationsHtml(digest: Digest): string {
  return digest.recommendations
    .flatMap((group) => [`<h3>${escapeHtml(group.label)}</h3>`, ...group.recommendations.map((term) => termHtml(term, 4, digest.pseudonymised))])
    .join('\n');
}

const listHtml = (intro: string, remarks: readonly DigestRemark[], pseudonymised: boolean): string =>
  `<p>${escapeHtml(intro)}</p>\n${remarksHtml(remarks, pseudonymised)}`;

function responsesHtml(digest: Digest): string {
  return digest.responses
    .map((group) => `<h3>${escapeHtml(`${STATUS_LABELS[group.status]} (${group.remarks.length})`)}</h3>\n${remarksHtml(group.remarks, digest.pseudonymised)}`)
    .join('\n');
}

function documentsHtml(digest: Digest): string {
  const rows = digest.documents.map(
    (entry) => `<tr><th scope="row">${linkHtml(entry.source, entry.source, 'url')}</th><td class="num">${entry.annotations}</td><td class="num">${entry.replies}</td></tr>`,
  );
  return `<table><caption>Annotaties en reacties per document</caption><thead><tr><th scope="col">Document</th><th scope="col" class="num">Annotaties</th><th scope="col" class="num">Reacties</th></tr></thead><tbody>\n${rows.join('\n')}\n</tbody></table>`;
}

/**
 * The digest as one standalone, printable HTML page in Dutch: inline CSS, no scripts, no external
 * resources, and a Content-Security-Policy that would stop a script even if one slipped through.
 */
export function renderHtml(digest: Digest): string {
  const p = digest.pseudonymised;
  const toc = (Object.keys(SECTION_IDS) as SectionKey[])
    .map((key) => `<li><a href="#${escapeHtml(SECTION_IDS[key])}">${escapeHtml(SECTION_TITLES[key])}</a></li>`)
    .join('');
  const sections = [
    section('summary', summaryHtml(digest)),
    section('matrix', matrixHtml(digest)),
    section('agenda', agendaHtml(digest)),
    section('recommendations', recommendationsHtml(digest)),
    section('openQuestions', listHtml('Vragen zonder reactie en zonder antwoord.', digest.openQuestions, p)),
    section('dilemmas', listHtml('Opmerkingen van de soort dilemma.', digest.dilemmas, p)),
    section('unlinked', listHtml('Opmerkingen die aan geen doel, actie of aanbeveling gekoppeld zijn.', digest.unlinked, p)),
    section('orphans', listHtml('De passage staat niet meer in de huidige versie van het document.', digest.orphans, p)),
    section('responses', responsesHtml(digest)),
    section('documents', documentsHtml(digest)),
  ];
  return `<!DOCTYPE html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="referrer" content="no-referrer">
<title>${escapeHtml(digest.title)}</title>
<style>${DIGEST_CSS}</style>
</head>
<body>
<header>
<h1>${escapeHtml(digest.title)}</h1>
<p>${escapeHtml(scopeLine(digest, formatDay))}</p>
<p class="muted">Gemaakt op ${escapeHtml(formatDateTime(digest.generatedAt))}, taxonomie versie ${digest.taxonomyVersion}.${p ? ' Namen zijn vervangen door rol en organisatie.' : ''}</p>
</header>
<nav aria-labelledby="inhoud-kop"><h2 id="inhoud-kop">Inhoud</h2><ol>${toc}</ol></nav>
<main>
${sections.join('\n')}
</main>
</body>
</html>
`;
}
