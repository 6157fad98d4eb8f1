import type { Digest, DigestRemark, TermSection } from '../../model/digest-model';
import { agendaChapter, recommendationChapter, type TermChapter } from '../../model/outline';
import { formatDateTime, formatDay } from '../../texts/format-date';
import { ROLE_LABELS, SECTION_TITLES, STATUS_LABELS, countsLine, documentName, scopeLine, termTitle } from '../../texts/labels';
import { DIGEST_PURPOSE, SILENT_LEAD, participantsLine, silentTermText, summarySentences } from '../../texts/report-sentences';
import { escapeHtml } from './escape-html';
import { linkHtml, remarksHtml, tableHtml } from './html-parts';
import { matrixHtml, termAnchor } from './html-matrix';
import { DIGEST_CSS } from './html-styles';

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

function section(key: SectionKey, body: string): string {
  const id = SECTION_IDS[key];
  return `<section id="${escapeHtml(id)}" aria-labelledby="${escapeHtml(id)}-kop">\n<h2 id="${escapeHtml(id)}-kop">${escapeHtml(SECTION_TITLES[key])}</h2>\n${body}\n</section>`;
}

const termHtml = (term: TermSection, pseudonymised: boolean): string =>
  [
    `<h4 id="${escapeHtml(termAnchor(term.term.id))}">${escapeHtml(termTitle(term.term))}</h4>`,
    `<p class="counts">${escapeHtml(countsLine(term.counts))}</p>`,
    remarksHtml(term.remarks, pseudonymised),
  ].join('\n');

function summaryHtml(digest: Digest): string {
  const s = digest.summary;
  return [
    ...summarySentences(digest).map((sentence) => `<p>${escapeHtml(sentence)}</p>`),
    s.byOrganisation.length === 0
      ? ''
      : tableHtml(
          'Deelname per organisatie',
          ['Organisatie', 'Rollen', 'Mensen', 'Opmerkingen', 'Reacties'],
          s.byOrganisation.map((row) => [row.organisation, row.roles.map((role) => ROLE_LABELS[role]).join(', '), row.participants, row.annotations, row.replies]),
        ),
  ].join('\n');
}

/** A chapter by term: the silent terms once, then each group that drew remarks. */
function chapterHtml(chapter: TermChapter, pseudonymised: boolean): string {
  const silent =
    chapter.silent.length === 0
      ? '<p class="muted">Over elke term in dit hoofdstuk is iets gezegd.</p>'
      : `<p class="silent"><strong>${escapeHtml(SILENT_LEAD)}:</strong> ${escapeHtml(`${chapter.silent.map(silentTermText).join('; ')}.`)}</p>`;
  const groups = chapter.groups.map((group) => {
    const lead = group.lead ? [`<p class="counts">${escapeHtml(countsLine(group.lead.counts))}</p>`, remarksHtml(group.lead.remarks, pseudonymised)] : [];
    const id = group.lead ? ` id="${escapeHtml(termAnchor(group.lead.term.id))}"` : '';
    return [`<h3${id}>${escapeHtml(group.title)}</h3>`, ...lead, ...group.sections.map((term) => termHtml(term, pseudonymised))].join('\n');
  });
  return [silent, ...groups].join('\n');
}

const listHtml = (intro: string, remarks: readonly DigestRemark[], pseudonymised: boolean): string =>
  remarks.length === 0 ? `<p>${escapeHtml(intro)} Geen.</p>` : `<p>${escapeHtml(intro)}</p>\n${remarksHtml(remarks, pseudonymised)}`;

function responsesHtml(digest: Digest): string {
  const line = digest.responses.map((group) => `${STATUS_LABELS[group.status]}: ${group.remarks.length}`).join(' · ');
  return [
    `<p class="muted">${escapeHtml(line)}</p>`,
    ...digest.responses
      .filter((group) => group.remarks.length > 0)
      .map((group) => `<h3>${escapeHtml(`${STATUS_LABELS[group.status]} (${group.remarks.length})`)}</h3>\n${remarksHtml(group.remarks, digest.pseudonymised)}`),
  ].join('\n');
}

function documentsHtml(digest: Digest): string {
  if (digest.documents.length === 0) return '<p class="none">Geen.</p>';
  const rows = digest.documents.map(
    (entry) =>
      `<tr><th scope="row">${linkHtml(documentName(entry), entry.source, entry.title === null ? 'url' : '')}</th><td class="num">${entry.annotations}</td><td class="num">${entry.replies}</td></tr>`,
  );
  return `<table><caption>Opmerkingen en reacties per document</caption><thead><tr><th scope="col">Document</th><th scope="col" class="num">Opmerkingen</th><th scope="col" class="num">Reacties</th></tr></thead><tbody>\n${rows.join('\n')}\n</tbody></table>`;
}

/**
 * The digest as one standalone, printable HTML page in Dutch, in the Word report's order: inline
 * CSS (with a print stylesheet), no scripts, no external resources, and a Content-Security-Policy
 * that would stop a script even if one slipped through.
 */
export function renderHtml(digest: Digest): string {
  const p = digest.pseudonymised;
  const toc = (Object.keys(SECTION_IDS) as SectionKey[])
    .map((key) => `<li><a href="#${escapeHtml(SECTION_IDS[key])}">${escapeHtml(SECTION_TITLES[key])}</a></li>`)
    .join('');
  const sections = [
    section('summary', summaryHtml(digest)),
    section('matrix', matrixHtml(digest.matrix)),
    section('agenda', chapterHtml(agendaChapter(digest.agenda), p)),
    section('recommendations', chapterHtml(recommendationChapter(digest.recommendations), p)),
    section('openQuestions', listHtml('Vragen zonder reactie en zonder antwoord.', digest.openQuestions, p)),
    section('dilemmas', listHtml('Opmerkingen van de soort dilemma.', digest.dilemmas, p)),
    section('unlinked', listHtml('Opmerkingen die bij geen doel, actie of aanbeveling horen.', digest.unlinked, p)),
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
<header class="cover">
<h1>${escapeHtml(digest.title)}</h1>
<p class="scope">${escapeHtml(scopeLine(digest, formatDay))}</p>
<p>${escapeHtml(DIGEST_PURPOSE)}</p>
<p>${escapeHtml(participantsLine(digest))}</p>
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
