import type { Role } from '../../../../shared/schemas/roles';
import type { TermKind } from '../../../../shared/schemas/taxonomy';
import type { AnchorState, ResponseStatus } from '../model/digest-input';
import type { Digest, DigestKind } from '../model/digest-model';
import { documentName as nameOfDocument } from '../../../../shared/urls/document-name';

/** Dutch names of the feedback kinds, as the product description names them. */
export const KIND_LABELS: Record<DigestKind, string> = {
  question: 'Vraag',
  concern: 'Zorg',
  suggestion: 'Suggestie',
  appreciation: 'Waardering',
  dilemma: 'Dilemma',
  none: 'Zonder soort',
};

/**
 * Dutch role names, singular: they also start a pseudonym ("Respondent, SVMN"), where the
 * organisation follows, so the respondent label does not repeat "SVMN" itself.
 */
export const ROLE_LABELS: Record<Role, string> = {
  councillor: 'Raadslid',
  partner: 'Ketenpartner',
  secretariat: 'Secretariaat',
  respondent: 'Respondent',
};

/** Plural role names for table headers; there the respondent needs saying who responds. */
export const ROLE_PLURALS: Record<Role, string> = {
  councillor: 'Raadsleden',
  partner: 'Ketenpartners',
  secretariat: 'Secretariaat',
  respondent: 'Respondenten (SVMN)',
};

/** Dutch names of the response statuses. */
export const STATUS_LABELS: Record<ResponseStatus, string> = {
  open: 'Nog in behandeling',
  acknowledged: 'Ontvangen',
  answered: 'Beantwoord',
  adopted: 'Overgenomen',
  'not-adopted': 'Niet overgenomen',
};

/** Dutch names of the term kinds, as headings start ("Actie 1.2: …"). */
export const TERM_KIND_LABELS: Record<TermKind, string> = {
  goal: 'Doel',
  action: 'Actie',
  recommendation: 'Aanbeveling',
};

/** How a remark's passage last anchored, said to a reader; only moved and orphan are shown. */
export const ANCHOR_LABELS: Record<AnchorState, string> = {
  anchored: 'gevonden',
  moved: 'verschoven',
  orphan: 'passage niet meer gevonden',
};

/** Section headings shared by every renderer, so the formats read the same. */
export const SECTION_TITLES = {
  summary: 'Samenvatting',
  matrix: 'Dekkingsmatrix',
  agenda: 'Doelen en acties van de Veranderagenda',
  recommendations: 'Aanbevelingen van de reflectie (Verwey-Jonker)',
  openQuestions: 'Open vragen',
  dilemmas: 'Dilemma’s',
  unlinked: 'Opmerkingen zonder koppeling',
  orphans: 'Opmerkingen waarvan de passage niet meer gevonden wordt',
  responses: 'Wat is er met uw feedback gedaan',
  documents: 'Per document',
} as const;

/** The heading of actions whose goal is not in the taxonomy. */
export const ACTIONS_WITHOUT_GOAL = 'Acties zonder doel';

/** The group of recommendations that name no group. */
export const OTHER_RECOMMENDATIONS = 'Overige aanbevelingen';

/** "Raadslid, Gemeente Woerden": how a pseudonymised person is shown. */
export function pseudonymFor(role: Role, organisation: string): string {
  const trimmed = organisation.trim();
  return trimmed === '' ? ROLE_LABELS[role] : `${ROLE_LABELS[role]}, ${trimmed}`;
}

/** "Ronde: Voorjaar 2025 (1 maart – 31 maart 2025)" or the period; '' when neither is known. */
export function scopeLine(digest: Pick<Digest, 'round' | 'period'>, formatDay: (iso: string) => string): string {
  if (digest.round) {
    return `Ronde: ${digest.round.title} (${formatDay(digest.round.opensAt)} – ${formatDay(digest.round.closesAt)})`;
  }
  const { from, to } = digest.period;
  if (from && to) return `Periode: ${formatDay(from)} – ${formatDay(to)}`;
  if (from) return `Periode: vanaf ${formatDay(from)}`;
  if (to) return `Periode: tot en met ${formatDay(to)}`;
  return 'Periode: alle opmerkingen';
}

/**
 * How an author is shown: the pseudonym alone (it already says role and organisation), or the
 * name followed by role and organisation.
 */
export function personLabel(person: { name: string; role: Role; organisation: string }, pseudonymised: boolean): string {
  if (pseudonymised) return person.name;
  return `${person.name} (${pseudonymFor(person.role, person.organisation)})`;
}

/** "Respondenten (SVMN)" → "respondenten (SVMN)": mid-sentence, without shouting or shrinking acronyms. */
export function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/** "3 opmerkingen: 1 vraag, 2 zorg · Raadsleden 2, Ketenpartners 1"; zero counts left out. */
export function countsLine(counts: {
  total: number;
  byKind: Record<DigestKind, number>;
  byRole: Record<Role, number>;
}): string {
  if (counts.total === 0) return 'Geen opmerkingen.';
  const kinds = (Object.keys(KIND_LABELS) as DigestKind[])
    .filter((kind) => counts.byKind[kind] > 0)
    .map((kind) => `${lowerFirst(KIND_LABELS[kind])} ${counts.byKind[kind]}`);
  const roles = (Object.keys(ROLE_PLURALS) as Role[])
    .filter((role) => counts.byRole[role] > 0)
    .map((role) => `${lowerFirst(ROLE_PLURALS[role])} ${counts.byRole[role]}`);
  const noun = counts.total === 1 ? 'opmerking' : 'opmerkingen';
  return `${counts.total} ${noun} — naar soort: ${kinds.join(', ')}; naar rol: ${roles.join(', ')}.`;
}

/** "Actie 1.2: Organiseren dialoogbijeenkomsten", marked when the term is retired. */
export function termTitle(term: { kind: TermKind; code: string; label: string; retired?: boolean }): string {
  return `${TERM_KIND_LABELS[term.kind]} ${term.code}: ${term.label}${term.retired ? ' (vervallen)' : ''}`;
}

/** A matrix row's label, marked when the term is retired. */
export function matrixLabel(row: { label: string; retired: boolean }): string {
  return row.retired ? `${row.label} (vervallen)` : row.label;
}

/** The terms of a remark as a short list of codes ("1; 2.3; A1.3a"), or a dash. */
export function termCodes(terms: ReadonlyArray<{ code: string }>): string {
  return terms.length === 0 ? '—' : terms.map((term) => term.code).join('; ');
}

/** The terms of a remark by code and name ("2 Blijvend bouwen…; A1.3 Extern kritisch vriend"), or "geen". */
export function termNames(terms: ReadonlyArray<{ code: string; label: string }>): string {
  return terms.length === 0 ? 'geen' : terms.map((term) => `${term.code} ${term.label}`).join('; ');
}

/** "pagina 4" for a passage in a PDF; '' when the page is not known. */
export function pageLabel(page: number | null): string {
  return page === null ? '' : `pagina ${page}`;
}

/**
 * How the digest names a document: by the rule every screen uses (`documentName` in
 * shared/urls/document-name.ts): its title when registered, its short address otherwise; the
 * renderers link the name to the full address.
 */
export function documentName(document: { source: string; title?: string | null; documentTitle?: string | null }): string {
  return nameOfDocument(document.source, document.title ?? document.documentTitle);
}

/** The name of the reviewed organisation's answer, as a heading of the indented block. */
export const ANSWER_LEAD = 'Antwoord van SVMN';
