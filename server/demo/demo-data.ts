import type { KantlijnDatabase } from '../db/database';
import { createAnnotation } from '../services/annotations-service';
import { createDocument } from '../services/documents-service';
import { createRound } from '../services/rounds-service';
import type { ServiceContext } from '../services/service-context';
import { createUserWithToken } from '../services/users-service';

/** The demo's people, one per role, with the token each signs in with. */
export interface DemoPeople {
  councillor: string;
  partner: string;
  secretariat: string;
  respondent: string;
}

/** A remark on the demo report: the passage (as it reads on the page), the remark and its links. */
const DEMO_REMARKS: { by: keyof DemoPeople; exact: string; remark: string; kind: 'question' | 'concern' | 'suggestion' | 'appreciation' | 'dilemma'; terms: string[] }[] = [
  {
    by: 'councillor',
    exact: 'In het najaar evalueren wij samen met de gemeenten of deze werkwijze de doorlooptijden werkelijk verkort.',
    remark: 'Welke doorlooptijden worden gemeten, en wat is het streefgetal?',
    kind: 'question',
    terms: ['goal-2'],
  },
  {
    by: 'partner',
    exact: 'Jongeren gaven aan dat zij vaker willen horen wat er met hun feedback gebeurt.',
    remark: 'Herkenbaar vanuit het AKJ: terugkoppeling na een klachtgesprek blijft vaak uit.',
    kind: 'concern',
    terms: ['goal-1'],
  },
  {
    by: 'councillor',
    exact: 'De belangrijkste les is dat leren pas werkt wanneer medewerkers ruimte krijgen om fouten te bespreken zonder dat er direct een oordeel volgt.',
    remark: 'Hoe verhoudt deze ruimte zich tot de verantwoording aan de raad? Een echt dilemma.',
    kind: 'dilemma',
    terms: ['goal-3'],
  },
];

/**
 * Fills a new database with a demo: an open review round of a month, one person per role, and a
 * few remarks on the demo report at `reportUrl`, registered as the round's document. Returns the tokens.
 */
export function seedDemo(db: KantlijnDatabase, context: ServiceContext, reportUrl: string): DemoPeople {
  const now = context.now();
  const person = (name: string, role: 'councillor' | 'partner' | 'secretariat' | 'respondent', organisation: string) =>
    createUserWithToken(db, { name, role, organisation }, now);
  const made = {
    councillor: person('Anna de Vries', 'councillor', 'Gemeente Woerden'),
    partner: person('Chris Bakker', 'partner', 'AKJ'),
    secretariat: person('Sanne Jansen', 'secretariat', 'Bovenregionaal secretariaat'),
    respondent: person('Ruben Smit', 'respondent', 'Samen Veilig Midden-Nederland'),
  };
  const round = createRound(context, made.secretariat.user.id, {
    title: 'Voortgangsrapportage najaar (demo)',
    opensAt: new Date(now.getTime() - 86_400_000).toISOString(),
    closesAt: new Date(now.getTime() + 30 * 86_400_000).toISOString(),
  });
  // Registered, so the reading list, the dashboard and the digest name the report by its title.
  createDocument(context, made.secretariat.user, {
    title: 'Voortgangsrapportage Veranderagenda, najaar (demo)',
    urls: [reportUrl],
    publisher: 'Samen Veilig Midden-Nederland',
    round: round.id,
  });
  for (const item of DEMO_REMARKS) {
    createAnnotation(context, made[item.by].user, {
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      type: 'Annotation',
      motivation: item.kind === 'question' ? 'questioning' : 'commenting',
      kind: item.kind,
      body: [
        { type: 'TextualBody', purpose: 'commenting', value: item.remark, format: 'text/plain', language: 'nl' },
        ...item.terms.map((source) => ({ type: 'SpecificResource' as const, purpose: 'classifying' as const, source })),
      ],
      target: { source: reportUrl, selector: [{ type: 'TextQuoteSelector', exact: item.exact }] },
    });
  }
  return {
    councillor: made.councillor.token,
    partner: made.partner.token,
    secretariat: made.secretariat.token,
    respondent: made.respondent.token,
  };
}
