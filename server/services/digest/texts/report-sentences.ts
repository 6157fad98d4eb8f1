/**
 * The digest's summary in plain Dutch sentences, made from its figures. Written for language level
 * B1, as Dutch government writing asks: short sentences, everyday words, numbers as digits, one
 * fact per sentence. Every format prints these same sentences.
 */
import { plural, type PluralForms } from '../../../../shared/i18n/plural';
import type { Role } from '../../../../shared/schemas/roles';
import { DIGEST_KINDS, DIGEST_ROLES, RESPONSE_STATUSES, type Digest, type DigestKind, type DigestTerm, type MatrixRow } from '../model/digest-model';

const count = (n: number, forms: PluralForms): string => plural('nl', n, forms);

/** People of a role, as counted in a sentence ("2 raadsleden"). */
const ROLE_PEOPLE: Record<Role, PluralForms> = {
  councillor: { one: '{n} raadslid', other: '{n} raadsleden' },
  partner: { one: '{n} ketenpartner', other: '{n} ketenpartners' },
  secretariat: { one: '{n} medewerker van het secretariaat', other: '{n} medewerkers van het secretariaat' },
  respondent: { one: '{n} medewerker van SVMN', other: '{n} medewerkers van SVMN' },
};

/** Remarks of a kind, as counted in a sentence ("3 vragen"). */
const KIND_COUNTS: Record<DigestKind, PluralForms> = {
  question: { one: '{n} vraag', other: '{n} vragen' },
  concern: { one: '{n} zorg', other: '{n} zorgen' },
  suggestion: { one: '{n} suggestie', other: '{n} suggesties' },
  appreciation: { one: '{n} blijk van waardering', other: '{n} blijken van waardering' },
  dilemma: { one: '{n} dilemma', other: '{n} dilemma’s' },
  none: { one: '{n} opmerking zonder soort', other: '{n} opmerkingen zonder soort' },
};

const REMARKS: PluralForms = { one: '{n} opmerking', other: '{n} opmerkingen' };
const REPLIES: PluralForms = { one: '{n} reactie', other: '{n} reacties' };

/** "a", "a en b", "a, b en c". */
export function dutchList(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} en ${items.at(-1) ?? ''}`;
}

/** Whom a digest covers, mid-sentence: "deze ronde" or "deze periode". */
const scopeNoun = (digest: Pick<Digest, 'round'>): string => (digest.round ? 'deze ronde' : 'deze periode');

/** "2 raadsleden, 1 ketenpartner en 1 medewerker van SVMN" for the roles that took part. */
function peopleByRole(digest: Digest): string {
  return dutchList(digest.summary.byRole.filter((row) => row.participants > 0).map((row) => count(row.participants, ROLE_PEOPLE[row.role])));
}

/** Organisations are listed by name up to this many; more are counted. */
const LISTED_ORGANISATIONS = 8;

/**
 * Who took part, for the cover: "4 mensen: 2 raadsleden, 1 ketenpartner en 1 medewerker van SVMN,
 * van 3 organisaties (AKJ, Gemeente Woerden en SVMN)." Organisations are named, people never.
 */
export function participantsLine(digest: Digest): string {
  const { participants, byOrganisation } = digest.summary;
  if (participants === 0) return 'Nog niemand heeft meegedaan.';
  const organisations = byOrganisation.map((row) => row.organisation.trim() || 'onbekende organisatie');
  const named = organisations.length <= LISTED_ORGANISATIONS ? ` (${dutchList(organisations)})` : '';
  const people = count(participants, { one: '{n} persoon', other: '{n} mensen' });
  return `Meegedaan: ${people}, ${peopleByRole(digest)}, van ${count(organisations.length, { one: '{n} organisatie', other: '{n} organisaties' })}${named}.`;
}

/** A label cut at a word after about this many characters keeps a summary sentence readable. */
const SHORT_LABEL = 48;

/** "Blijvend bouwen aan het vertrouwen van burgers …": the start of a long label. */
export function shortLabel(label: string): string {
  if (label.length <= SHORT_LABEL) return label;
  const cut = label.lastIndexOf(' ', SHORT_LABEL);
  return `${label.slice(0, cut > 20 ? cut : SHORT_LABEL).replace(/[\s,;:(]+$/, '')} …`;
}

/** "doel 2 (Naam)". */
const termPhrase = (row: Pick<MatrixRow, 'kind' | 'code' | 'label'>): string => {
  const noun = row.kind === 'goal' ? 'doel' : row.kind === 'action' ? 'actie' : 'aanbeveling';
  return `${noun} ${row.code} (${shortLabel(row.label)})`;
};

/** The terms with the most remarks among `rows`: up to three, only those with any. */
function busiest(rows: readonly MatrixRow[]): MatrixRow[] {
  return [...rows]
    .filter((row) => row.total > 0)
    .sort((a, b) => b.total - a.total)
    .slice(0, 3);
}

function mostSentence(rows: readonly MatrixRow[], area: string): string | null {
  const top = busiest(rows);
  if (top.length === 0) return null;
  const items = top.map((row) => `${termPhrase(row)}: ${row.total}`);
  return `Bij ${area} kregen deze de meeste opmerkingen: ${dutchList(items)}.`;
}

/** The summary: one short sentence per fact, in the order a reader asks (who, what, about what, what is left). */
export function summarySentences(digest: Digest): string[] {
  const s = digest.summary;
  if (s.annotations === 0) return [`In ${scopeNoun(digest)} zijn nog geen opmerkingen gemaakt.`];
  const sentences: string[] = [];
  sentences.push(`In ${scopeNoun(digest)} deden ${count(s.participants, { one: '{n} persoon', other: '{n} mensen' })} mee: ${peopleByRole(digest)}.`);
  sentences.push(
    s.byOrganisation.length <= LISTED_ORGANISATIONS
      ? `Zij komen van ${dutchList(s.byOrganisation.map((row) => row.organisation.trim() || 'onbekende organisatie'))}.`
      : `Zij komen van ${s.byOrganisation.length} organisaties.`,
  );
  const documents = count(s.documents, { one: '{n} document', other: '{n} documenten' });
  sentences.push(`Samen maakten zij ${count(s.annotations, REMARKS)} bij ${documents}.`);
  sentences.push(s.replies === 0 ? 'Op de opmerkingen kwamen nog geen reacties.' : `Op de opmerkingen kwamen ${count(s.replies, REPLIES)}.`);
  const kinds = DIGEST_KINDS.filter((kind) => s.byKind[kind] > 0).map((kind) => count(s.byKind[kind], KIND_COUNTS[kind]));
  sentences.push(`Het gaat om ${dutchList(kinds)}.`);

  const agendaRows = digest.matrix.rows.filter((row) => row.kind !== 'recommendation');
  const recommendationRows = digest.matrix.rows.filter((row) => row.kind === 'recommendation');
  const most = [mostSentence(agendaRows, 'de Veranderagenda'), mostSentence(recommendationRows, 'de aanbevelingen')];
  sentences.push(...most.filter((sentence): sentence is string => sentence !== null));

  const silentOf = (rows: readonly MatrixRow[]): number => rows.filter((row) => row.total === 0).length;
  const silentPart = (rows: readonly MatrixRow[], noun: string): string => {
    const silent = silentOf(rows);
    if (silent === 0) return '';
    return silent === rows.length ? `alle ${rows.length} ${noun}` : `${silent} van de ${rows.length} ${noun}`;
  };
  const silentParts = [silentPart(recommendationRows, 'aanbevelingen'), silentPart(agendaRows, 'doelen en acties')].filter((part) => part !== '');
  if (silentParts.length > 0) sentences.push(`Over ${dutchList(silentParts)} schreef niemand iets. U vindt ze onder ‘Geen aandacht’.`);
  else sentences.push('Over elk doel, elke actie en elke aanbeveling schreef iemand iets.');

  const questions = s.byKind.question;
  const open = digest.openQuestions.length;
  if (open > 0) sentences.push(`${count(open, { one: '{n} vraag wacht', other: '{n} vragen wachten' })} nog op een reactie of antwoord.`);
  else if (questions > 0) sentences.push('Alle vragen kregen een reactie of een antwoord.');

  // "Open" means SVMN took it up but has not said anything yet: not an answer.
  const answered = RESPONSE_STATUSES.filter((status) => status !== 'open').reduce((sum, status) => sum + s.responses[status], 0);
  if (answered > 0) sentences.push(`SVMN reageerde op ${answered} van de ${count(s.annotations, REMARKS)}.`);
  else sentences.push('SVMN heeft nog op geen enkele opmerking gereageerd.');
  if (digest.orphans.length > 0) {
    sentences.push(`Bij ${count(digest.orphans.length, REMARKS)} staat de passage niet meer in de nieuwste versie van het document.`);
  }
  return sentences;
}

/** What the document is, in one sentence under its title. */
export const DIGEST_PURPOSE =
  'Wat raadsleden en ketenpartners zeiden over de rapporten van Samen Veilig Midden-Nederland: per doel van de Veranderagenda en per aanbeveling van de reflectie, met de antwoorden van SVMN.';

/** The lead of the list of terms nobody spoke to. */
export const SILENT_LEAD = 'Geen aandacht';

/** "1.4 Interne klachtenanalyse 2018 omzetten …": a term as the list of silent terms names it, its name shortened. */
export const silentTermText = (term: Pick<DigestTerm, 'code' | 'label' | 'retired'>): string =>
  `${term.code} ${shortLabel(term.label).replace(/[.?!]$/, '')}${term.retired ? ' (vervallen)' : ''}`;

/** Short column headers of the coverage matrix: one word each, so no header ever breaks inside a word. */
export const MATRIX_ROLE_HEADERS: Record<Role, string> = {
  councillor: 'Raad',
  partner: 'Keten',
  secretariat: 'Secr.',
  respondent: 'SVMN',
};

/** What each short header means, for the legend under the matrix and the headers' `abbr` titles. */
export const MATRIX_ROLE_MEANINGS: Record<Role, string> = {
  councillor: 'raadsleden',
  partner: 'ketenpartners',
  secretariat: 'secretariaat',
  respondent: 'Samen Veilig Midden-Nederland (respondent)',
};

/** The matrix's legend: the headers shown, what the numbers count, and what the shading says. */
export function matrixLegend(roles: readonly Role[], shaded = true): string {
  const headers = DIGEST_ROLES.filter((role) => roles.includes(role)).map((role) => `${MATRIX_ROLE_HEADERS[role]} = ${MATRIX_ROLE_MEANINGS[role]}`);
  const left = DIGEST_ROLES.filter((role) => !roles.includes(role)).map((role) => MATRIX_ROLE_MEANINGS[role]);
  return [
    `${[...headers, 'Totaal = alle opmerkingen bij de term'].join(' · ')}.`,
    shaded ? 'Hoe donkerder het vak, hoe meer opmerkingen; een opmerking bij meer termen telt bij elke term.' : 'Een opmerking bij meer termen telt bij elke term.',
    left.length > 0 ? `Zonder opmerkingen, dus weggelaten: ${dutchList(left)}.` : '',
  ]
    .filter((line) => line !== '')
    .join(' ');
}
