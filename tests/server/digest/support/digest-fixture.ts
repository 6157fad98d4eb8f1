/**
 * A seeded review round for the digest tests, built as AnnotationRecord objects (no database):
 * four documents (web pages and PDFs, one PDF opened from disk), seven people in four roles and
 * seven organisations, 60+ annotations with threads and nested replies, and one of every special
 * case the digest must handle. Deterministic: every call returns equal data.
 */
import type { FeedbackKind } from '../../../../shared/schemas/annotation';
import type { AnnotationRecord } from '../../../../server/db/annotation-row';
import type { DigestInput, ResponseStatus } from '../../../../server/services/digest/model/digest-input';
import { FixtureBuilder, SILENT_TERMS, TAXONOMY, USERS, at, type DocKey, type UserKey } from './digest-fixture-builder';

export { DOCS, SILENT_TERMS, TAXONOMY, USERS } from './digest-fixture-builder';

/** Remarks the tests look at one by one. */
export interface Specials {
  xss: AnnotationRecord;
  formula: AnnotationRecord;
  plusOne: AnnotationRecord;
  minusOne: AnnotationRecord;
  atSum: AnnotationRecord;
  multiTerm: AnnotationRecord;
  unlinked: AnnotationRecord;
  unknownTerm: AnnotationRecord;
  openQuestion: AnnotationRecord;
  openWithOpenResponse: AnnotationRecord;
  openQuestioning: AnnotationRecord;
  answeredByReply: AnnotationRecord;
  answeredByResponse: AnnotationRecord;
  dilemma: AnnotationRecord;
  orphan: AnnotationRecord;
  highlight: AnnotationRecord;
  retiredTerm: AnnotationRecord;
  mentionsName: AnnotationRecord;
  longQuote: AnnotationRecord;
  localPdf: AnnotationRecord;
  markup: AnnotationRecord;
  hidden: AnnotationRecord;
  threaded: AnnotationRecord;
  threadReplies: AnnotationRecord[];
  responded: Record<ResponseStatus, AnnotationRecord>;
}

export interface Fixture {
  input: DigestInput;
  specials: Specials;
}

/** Links for the generated remarks: every term except SILENT_TERMS, one or two at a time. */
const TERM_POOL = TAXONOMY.terms.filter((term) => !term.retired && !(SILENT_TERMS as readonly string[]).includes(term.id)).map((term) => term.id);
const GENERATED_KINDS: Array<FeedbackKind | null> = ['question', 'concern', 'suggestion', 'appreciation', 'dilemma', null];
const GENERATED_AUTHORS: UserKey[] = ['anna', 'bram', 'chris', 'eva', 'dewi', 'sanne', 'anna', 'bram'];
const GENERATED_DOCS: DocKey[] = ['progress', 'complaints', 'reflection'];

/** Builds the fixture; `pseudonymise` is passed on to the digest input. */
export function buildFixture(options: { pseudonymise?: boolean } = {}): Fixture {
  const f = new FixtureBuilder();
  // 40 ordinary remarks over the whole taxonomy (minus the silent terms), several with two terms.
  for (let i = 0; i < 40; i += 1) {
    const first = TERM_POOL[i % TERM_POOL.length] ?? 'goal-1';
    const second = TERM_POOL[(i * 7 + 3) % TERM_POOL.length] ?? 'goal-2';
    const kind = GENERATED_KINDS[i % GENERATED_KINDS.length] ?? null;
    const note = f.note({
      by: GENERATED_AUTHORS[i % GENERATED_AUTHORS.length] ?? 'anna',
      doc: GENERATED_DOCS[i % GENERATED_DOCS.length] ?? 'progress',
      passage: i,
      text: `Opmerking ${i + 1} over deze passage.`,
      kind,
      terms: i % 3 === 0 ? [first, second] : [first],
      // Not in creation order on purpose: the digest must sort, not trust input order.
      minutes: ((i * 37) % 97) * 10,
    });
    // Questions get an answer in the thread except every fourth: unanswered ones stay open.
    if (kind === 'question' && i % 4 !== 0) f.reply(note, 'chris', `Antwoord op opmerking ${i + 1}.`, 2_000 + i);
  }

  const s: Partial<Specials> = {};
  s.xss = f.note({ by: 'anna', text: 'Let op: <script>alert(1)</script> en <img src=x onerror=alert(1)> & "quotes"', kind: 'concern', terms: ['goal-1'], minutes: 1_001 });
  s.formula = f.note({ by: 'bram', doc: 'complaints', text: '=HYPERLINK("http://evil","klik")', kind: 'suggestion', terms: ['action-2-1'], minutes: 1_002 });
  s.plusOne = f.note({ by: 'eva', doc: 'complaints', passage: 1, text: '+1', kind: 'appreciation', terms: ['action-1-5'], minutes: 1_003 });
  s.minusOne = f.note({ by: 'dewi', doc: 'complaints', passage: 2, text: '-1', kind: 'concern', terms: ['action-1-4'], minutes: 1_004 });
  s.atSum = f.note({ by: 'chris', doc: 'progress', passage: 1, text: '@SUM(A1:A9)', kind: 'suggestion', terms: ['action-2-1'], minutes: 1_005 });
  s.multiTerm = f.note({ by: 'eva', doc: 'reflection', text: 'Past bij doel 2 en bij twee aanbevelingen.', kind: 'suggestion', terms: ['goal-2', 'rec-svmn-3b', 'rec-keten-1'], minutes: 1_006 });
  s.unlinked = f.note({ by: 'bram', doc: 'progress', passage: 2, text: 'Algemene opmerking zonder koppeling.', kind: 'concern', minutes: 1_007 });
  s.unknownTerm = f.note({ by: 'anna', doc: 'progress', passage: 3, text: 'Gekoppeld aan een term die niet meer bestaat.', kind: 'concern', terms: ['goal-9'], minutes: 1_008 });
  s.openQuestion = f.note({ by: 'eva', doc: 'complaints', text: 'Hoeveel klachten zijn gegrond verklaard?', kind: 'question', terms: ['action-1-4'], minutes: 1_009 });
  s.openWithOpenResponse = f.note({ by: 'bram', doc: 'progress', text: 'Wanneer volgt de evaluatie?', kind: 'question', terms: ['rec-svmn-5'], minutes: 1_010 });
  s.openQuestioning = f.note({ by: 'anna', doc: 'reflection', passage: 1, text: 'Wie bepaalt dat?', motivation: 'questioning', kind: null, terms: ['rec-opdrachtgever-1'], minutes: 1_011 });
  s.answeredByReply = f.note({ by: 'anna', doc: 'progress', passage: 3, text: 'Wie waren daarbij aanwezig?', kind: 'question', terms: ['action-2-2'], minutes: 1_012 });
  s.answeredByResponse = f.note({ by: 'bram', doc: 'reflection', text: 'Is er al een critical friend gevonden?', kind: 'question', terms: ['rec-svmn-6'], minutes: 1_013 });
  s.dilemma = f.note({ by: 'dewi', doc: 'complaints', text: 'Openheid over klachten versus de privacy van gezinnen.', kind: 'dilemma', terms: ['rec-keten-1'], minutes: 1_014 });
  s.orphan = f.note({ by: 'chris', doc: 'progress', text: 'Deze passage is uit de nieuwe versie verdwenen.', kind: 'concern', terms: ['goal-3'], minutes: 1_015 });
  s.highlight = f.note({ by: 'eva', doc: 'progress', passage: 2, terms: ['goal-3'], minutes: 1_016 });
  s.retiredTerm = f.note({ by: 'dewi', doc: 'progress', text: 'Hoort bij een vervallen actie.', kind: 'suggestion', terms: ['action-1-7'], minutes: 1_017 });
  s.mentionsName = f.note({ by: 'bram', doc: 'complaints', text: 'Ik sluit me aan bij Anna de Vries en bij wat Chris zei.', kind: 'appreciation', terms: ['action-1-6'], minutes: 1_018 });
  s.longQuote = f.note({
    by: 'sanne',
    doc: 'progress',
    text: 'Lange passage.',
    kind: 'concern',
    terms: ['goal-2'],
    minutes: 1_019,
    selectors: [
      {
        type: 'TextQuoteSelector',
        exact: 'De  samenwerking\nmet de gemeenten is in 2024 verder versterkt door maandelijkse overleggen, gezamenlijke casusbesprekingen en een - nieuw - escalatiemodel.',
        prefix: 'ies. In hoofdstuk 4: ',
        suffix: ' Dit vraagt nog veel van alle partijen.',
      },
    ],
  });
  s.localPdf = f.note({ by: 'eva', doc: 'local', text: 'Werkdruk blijft een zorg.', kind: 'concern', terms: ['action-3-1'], minutes: 1_020 });
  s.markup = f.note({
    by: 'chris',
    doc: 'complaints',
    passage: 2,
    text: '# Geen kop\n[klik](javascript:alert(1)) | *vet* _schuin_\n1. geen lijst\n\tTab aan het begin',
    kind: 'suggestion',
    terms: ['action-2-3'],
    minutes: 1_022,
  });
  s.hidden = f.note({ by: 'chris', doc: 'progress', text: 'Verborgen door het secretariaat.', kind: 'concern', terms: ['goal-1'], minutes: 1_021 });
  s.hidden.hidden = { at: at(1_100), by: USERS.sanne.id, reason: 'persoonsgegevens' };
  f.reply(s.hidden, 'anna', 'Reactie op een verborgen opmerking.', 1_101);

  // A thread with nested replies, written out of order on purpose.
  s.threaded = f.note({ by: 'eva', doc: 'reflection', passage: 1, text: 'Wat betekent dit voor de gemeenten?', kind: 'dilemma', terms: ['rec-opdrachtgever-1', 'rec-keten-2'], minutes: 1_030 });
  const first = f.reply(s.threaded, 'chris', 'Eerste reactie van een ketenpartner.', 1_031);
  const second = f.reply(s.threaded, 'dewi', 'Tweede reactie, los van de eerste.', 1_040);
  const nested = f.reply(first, 'eva', 'Antwoord op de eerste reactie.', 1_035);
  const deeper = f.reply(nested, 'ruben', 'Reactie van SVMN daarop.', 1_036);
  s.threadReplies = [first, nested, deeper, second];
  f.reply(s.answeredByReply, 'dewi', 'Dank je, Anna! De ketenpartners waren er.', 1_050);
  f.reply(s.multiTerm, 'sanne', 'Goed punt.\n\n- eerste\n- tweede', 1_051);

  const statuses: ResponseStatus[] = ['open', 'acknowledged', 'answered', 'adopted', 'not-adopted'];
  const responded = {} as Record<ResponseStatus, AnnotationRecord>;
  for (const [index, status] of statuses.entries()) {
    const record = f.note({ by: index % 2 === 0 ? 'anna' : 'dewi', doc: 'complaints', passage: index, text: `Verzoek ${status}.`, kind: 'suggestion', terms: ['rec-svmn-2'], minutes: 1_200 + index });
    f.respond(record, status, `Reactie van SVMN met status ${status}; met dank aan Bram Jansen.`);
    responded[status] = record;
  }
  s.responded = responded;
  f.respond(s.openWithOpenResponse, 'open', 'Wij komen hierop terug.');
  f.respond(s.answeredByResponse, 'answered', 'Ja, sinds januari.');
  f.anchorStates.set(s.orphan.uuid, 'orphan');
  f.anchorStates.set(s.longQuote.uuid, 'moved');
  f.anchorStates.set(s.xss.uuid, 'anchored');

  return {
    input: {
      title: 'Gezamenlijke feedback op de rapporten van SVMN',
      round: { id: 'round-voorjaar-2025', title: 'Voorjaarsronde 2025', opensAt: '2025-03-01T00:00:00.000Z', closesAt: '2025-03-31T21:59:59.000Z' },
      period: { from: null, to: null },
      generatedAt: '2025-04-02T10:15:00.000Z',
      taxonomy: TAXONOMY,
      annotations: f.records,
      responses: f.responses,
      anchorStates: f.anchorStates,
      pseudonymise: options.pseudonymise ?? false,
    },
    specials: s as Specials,
  };
}
