/**
 * The people, documents, taxonomy and record builder behind the digest fixture: AnnotationRecord
 * objects made directly, no database, with deterministic ids and times.
 */
import type { FeedbackKind, Motivation } from '../../../../shared/schemas/annotation';
import type { Role } from '../../../../shared/schemas/roles';
import type { Selector } from '../../../../shared/schemas/selectors';
import type { Taxonomy } from '../../../../shared/schemas/taxonomy';
import { DEFAULT_TAXONOMY } from '../../../../shared/taxonomy/default-taxonomy';
import type { AnnotationRecord } from '../../../../server/db/annotation-row';
import type { AnchorState, ResponseRecord, ResponseStatus } from '../../../../server/services/digest/model/digest-input';

export interface FixtureUser {
  id: string;
  name: string;
  role: Role;
  organisation: string;
}

export const USERS = {
  anna: { id: 'u-anna', name: 'Anna de Vries', role: 'councillor', organisation: 'Gemeente Woerden' },
  bram: { id: 'u-bram', name: 'Bram Jansen', role: 'councillor', organisation: 'Gemeente Utrecht' },
  eva: { id: 'u-eva', name: 'Eva Kok', role: 'councillor', organisation: 'Gemeente Amersfoort' },
  chris: { id: 'u-chris', name: 'Chris Bakker', role: 'partner', organisation: 'AKJ' },
  dewi: { id: 'u-dewi', name: 'Dewi Smit', role: 'partner', organisation: 'Raad voor de Kinderbescherming' },
  sanne: { id: 'u-sanne', name: 'Sanne Mulder', role: 'secretariat', organisation: 'Bovenregionaal secretariaat' },
  ruben: { id: 'u-ruben', name: 'Ruben Visser', role: 'respondent', organisation: 'Samen Veilig Midden-Nederland' },
} as const satisfies Record<string, FixtureUser>;

export type UserKey = keyof typeof USERS;

export const DOCS = {
  progress: 'https://www.svmn.nl/rapporten/voortgangsrapportage-2024.html',
  complaints: 'https://www.svmn.nl/rapporten/klachtenanalyse-2023.html',
  reflection: 'https://www.verwey-jonker.nl/publicaties/reflectie-veranderagenda-svmn.pdf',
  local: 'file:///C:/Rapporten/jaarverslag-svmn-2023.pdf',
} as const;

export type DocKey = keyof typeof DOCS;

/** Passages per document: [prefix, exact, suffix]. */
const PASSAGES: Record<DocKey, Array<[string, string, string]>> = {
  progress: [
    ['is in de regio ', 'In 2024 zijn zes dialoogbijeenkomsten met cliënten en ketenpartners georganiseerd.', ' Daarnaast is de '],
    ['tabel 3 laat zien dat ', 'de meldingsbereidheid van professionals licht is gestegen', ', vooral in het onderwijs.'],
    ['Ten aanzien van het ', 'lerend vermogen van de organisatie', ' zijn stappen gezet met intervisie'],
    ['In de jeugdzorgregio ', 'zijn bijeenkomsten met opdrachtgevers gehouden', ' over de SAVE-keten en de '],
  ],
  complaints: [
    ['uit de analyse blijkt ', 'dat de meeste klachten over bejegening gaan', ' en niet over besluiten.'],
    ['de cliëntenraad is ', 'breder ingezet bij het verbeteren van brieven', ' aan ouders en jongeren.'],
    ['Het rapport concludeert ', 'dat externe publicatie het vertrouwen kan vergroten', ', mits de cijfers '],
  ],
  reflection: [
    ['De onderzoekers bevelen ', 'een critical friend van buiten de organisatie', ' aan die kritisch meedenkt.'],
    ['Volgens respondenten ', 'is nog onduidelijk wanneer de veranderagenda geslaagd is', '. Een gezamenlijk beeld '],
  ],
  local: [['In het jaarverslag ', 'werd de werkdruk als belangrijkste risico genoemd', ' door de ondernemingsraad.']],
};

const BASE_TIME = Date.parse('2025-03-03T08:00:00.000Z');
export const at = (minutes: number): string => new Date(BASE_TIME + minutes * 60_000).toISOString();
const uuidOf = (n: number): string => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

/** The taxonomy: the default one plus a retired action still in use and a retired one nobody uses. */
export const TAXONOMY: Taxonomy = {
  version: 2,
  terms: [
    ...DEFAULT_TAXONOMY.terms,
    { id: 'action-1-7', kind: 'action', code: '1.7', label: 'Vervallen actie die nog gebruikt wordt', parent: 'goal-1', colour: '#3A8FD0', retired: true },
    { id: 'action-1-8', kind: 'action', code: '1.8', label: 'Vervallen actie zonder opmerkingen', parent: 'goal-1', colour: '#3A8FD0', retired: true },
  ],
};

/** Terms no generated remark links to: they must still show, with zero remarks. */
export const SILENT_TERMS = ['rec-opdrachtgever-2', 'rec-svmn-6b', 'action-3-3'] as const;

export interface NoteSpec {
  by: UserKey;
  doc?: DocKey;
  passage?: number;
  text?: string;
  kind?: FeedbackKind | null;
  motivation?: Motivation;
  terms?: string[];
  minutes: number;
  selectors?: Selector[];
}

/** Collects records, responses and anchor states while the fixture is written. */
export class FixtureBuilder {
  readonly records: AnnotationRecord[] = [];
  readonly responses = new Map<string, ResponseRecord>();
  readonly anchorStates = new Map<string, AnchorState>();
  private next = 1;

  note(spec: NoteSpec): AnnotationRecord {
    const doc = spec.doc ?? 'progress';
    const passages = PASSAGES[doc];
    const [prefix, exact, suffix] = passages[(spec.passage ?? 0) % passages.length] ?? ['', 'tekst', ''];
    const selectors: Selector[] = spec.selectors ?? [{ type: 'TextQuoteSelector', exact, prefix, suffix }];
    if (doc === 'reflection' && !spec.selectors) selectors.push({ type: 'FragmentSelector', value: 'page=12' });
    const motivation = spec.motivation ?? (spec.text === undefined ? 'highlighting' : 'commenting');
    return this.add(spec, DOCS[doc], motivation, { source: DOCS[doc], selector: selectors });
  }

  reply(parent: AnnotationRecord, by: UserKey, text: string, minutes: number): AnnotationRecord {
    const record = this.add({ by, text, minutes, kind: null }, parent.source, 'replying', parent.id);
    record.parentUuid = parent.uuid;
    return record;
  }

  /** Records a response by SVMN both in the map and on the record, as the database joins it in. */
  respond(record: AnnotationRecord, status: ResponseStatus, text: string): void {
    const { id, ...by } = USERS.ruben;
    const when = at(10_000 + this.responses.size);
    this.responses.set(record.uuid, { annotationUuid: record.uuid, status, text, by: { id, ...by }, at: when });
    record.response = { status, text, at: when, by: { ...by } };
  }

  private add(spec: NoteSpec, source: string, motivation: Motivation, target: AnnotationRecord['target']): AnnotationRecord {
    const uuid = uuidOf(this.next++);
    const user = USERS[spec.by];
    const body: AnnotationRecord['body'] = [];
    if (spec.text !== undefined) {
      body.push({ type: 'TextualBody', purpose: motivation === 'replying' ? 'replying' : 'commenting', value: spec.text, format: 'text/plain', language: 'nl' });
    }
    for (const term of spec.terms ?? []) body.push({ type: 'SpecificResource', purpose: 'classifying', source: term });
    const record: AnnotationRecord = {
      seq: this.next,
      uuid,
      id: `urn:uuid:${uuid}`,
      source,
      parentUuid: null,
      roundId: 'round-voorjaar-2025',
      motivation,
      kind: spec.kind === undefined ? null : spec.kind,
      visibility: 'round',
      audienceOrganisation: user.organisation,
      body,
      target,
      termIds: [...(spec.terms ?? [])].sort(),
      version: 1,
      created: at(spec.minutes),
      modified: at(spec.minutes),
      deletedAt: null,
      hidden: null,
      author: { ...user, deleted: false },
      response: null,
    };
    this.records.push(record);
    return record;
  }
}
