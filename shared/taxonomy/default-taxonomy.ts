/**
 * The vocabulary Kantlijn ships with: what a councillor can link an annotated passage to.
 *
 * Sources (read, not paraphrased):
 * - SVMN, "Veranderagenda Samen Veilig Midden-Nederland", 22 mei 2019
 *   (fixture `veranderagenda-2019.html`). Section B lists the three hoofddoelstellingen; section C
 *   ("Uitwerking van de hoofddoelstellingen") the twelve actions. Section D ("Acties samengevat")
 *   repeats the actions with shortened and, for 2.2 and 3.2, differently worded titles. We take the
 *   section C titles because they are the fuller wording, minus the planning in parentheses
 *   ("(vanaf Q3 2019)"): timing is not part of what an action *is*, and the
 *   dates are long past.
 *   Goal 3 is worded "Verstevigen …" in B and D but "Versterken …" in C; we follow B because that is
 *   the list of goals proper, and the Verwey-Jonker reflection quotes the same wording.
 * - Verwey-Jonker Instituut, "Onafhankelijke reflectie Veranderagenda SVMN", 2020
 *   (fixture `reflectie-verwey-jonker-2020.html`), section "4.2 Aanbevelingen". The report groups
 *   its recommendations under four headings; we keep those groups and their order, because
 *   they say who has to act (SVMN, the municipalities, or both with partners) and the feedback digest
 *   groups recommendations the way the report does.
 *
 * Labels are quoted from those documents (typographic apostrophes as in the published HTML). Where a
 * recommendation runs well past ~200 characters we keep its first sentence, or elide a middle part
 * with "(…)" so that every remaining fragment is still a literal quote; a single sentence just over
 * 200 characters is kept whole rather than cut mid-thought.
 *
 * Ids are part of stored annotations: never reuse or renumber them. Relabel in a new `version`.
 */
import type { Taxonomy, Term } from '../schemas/taxonomy';

/**
 * Colour pair per goal: the goal itself and a lighter shade of the same hue for its actions, so a
 * highlight tells at a glance which goal family it belongs to while still telling goal and action
 * apart. Hues follow the colour-blind-safe Okabe–Ito set (blue, vermillion, bluish green), darkened
 * so that goal colours reach 4.5:1 against white (usable as text) and action shades at least 3:1
 * (WCAG non-text contrast for swatches, borders and underlines).
 */
const GOAL_COLOURS = {
  '1': { goal: '#0072B2', action: '#3A8FD0' },
  '2': { goal: '#B34700', action: '#DE6E1C' },
  '3': { goal: '#00785A', action: '#1F9B75' },
} as const satisfies Record<string, { goal: string; action: string }>;

type GoalCode = keyof typeof GOAL_COLOURS;

/** One recommendation group of the Verwey-Jonker reflection, in the order of section 4.2. */
export interface RecommendationGroup {
  /** Stable slug, also the middle part of the term ids of this group (`rec-<id>-…`). */
  readonly id: 'basis' | 'svmn' | 'opdrachtgever' | 'keten';
  /** Code prefix of the group's recommendations ("A0", "A1", …). */
  readonly code: string;
  /** Dutch group name as stored in `Term.group`; follows the report's heading. */
  readonly label: string;
  /** Colour shared by all recommendations of the group. */
  readonly colour: string;
}

/**
 * The four recommendation groups, ordered as in the report, so digests and the coverage matrix can
 * list recommendations by "who has to act". Colours avoid the three goal hues: a dark neutral for
 * the basic recommendation (it underlies all others), then purple, raspberry and ochre; all reach
 * 4.5:1 against white.
 *
 * Code scheme for recommendations: "A" + group number (0 = basis, 1 = voor SVMN, 2 = gemeenten als
 * opdrachtgever en SVMN, 3 = SVMN, ketenpartners en gemeenten als samenwerkingspartner), then "." +
 * the position of the bullet within its group; the report's indented sub-bullets get a letter
 * ("A1.3a"). The basic recommendation is alone in its group and is simply "A0" (sub-bullet "A0a").
 */
export const RECOMMENDATION_GROUPS = [
  {
    id: 'basis',
    code: 'A0',
    label: 'Basisaanbeveling (basis voor alle overige aanbevelingen)',
    colour: '#333F48',
  },
  { id: 'svmn', code: 'A1', label: 'Voor Samen Veilig Midden-Nederland', colour: '#6A3D9A' },
  { id: 'opdrachtgever', code: 'A2', label: 'Voor de gemeenten als opdrachtgever en SVMN', colour: '#A3195B' },
  {
    id: 'keten',
    code: 'A3',
    label: 'Voor SVMN, ketenpartners en de gemeenten in hun rol als samenwerkingspartner',
    colour: '#7D6608',
  },
] as const satisfies readonly RecommendationGroup[];

type GroupId = RecommendationGroup['id'];

/** Builds a goal term; the id is derived from the code so the two cannot drift apart. */
function goal(code: GoalCode, label: string): Term {
  return { id: `goal-${code}`, kind: 'goal', code, label, colour: GOAL_COLOURS[code].goal };
}

/** Builds an action term under its goal, e.g. code "1.4" → id "action-1-4", parent "goal-1". */
function action(goalCode: GoalCode, number: number, label: string): Term {
  return {
    id: `action-${goalCode}-${number}`,
    kind: 'action',
    code: `${goalCode}.${number}`,
    label,
    parent: `goal-${goalCode}`,
    colour: GOAL_COLOURS[goalCode].action,
  };
}

/**
 * Builds a recommendation term. `position` is the bullet's place in its group (null for the lone
 * basic recommendation); `sub` is the letter of an indented sub-bullet, which gets the bullet it
 * elaborates as parent so pickers can nest it. Ids mirror codes: A1.3 → "rec-svmn-3",
 * A1.3a → "rec-svmn-3a", A0 → "rec-basis", A0a → "rec-basis-a" (a dash there, since "basisa" would
 * read as a word).
 */
function recommendation(groupId: GroupId, position: number | null, sub: string | null, label: string): Term {
  const group = RECOMMENDATION_GROUPS.find((candidate) => candidate.id === groupId);
  if (group === undefined) throw new Error(`onbekende aanbevelingsgroep ${groupId}`);
  const bulletId = position === null ? `rec-${groupId}` : `rec-${groupId}-${position}`;
  const bulletCode = position === null ? group.code : `${group.code}.${position}`;
  const term: Term = {
    id: bulletId,
    kind: 'recommendation',
    code: bulletCode,
    label,
    group: group.label,
    colour: group.colour,
  };
  if (sub === null) return term;
  return {
    ...term,
    id: position === null ? `${bulletId}-${sub}` : `${bulletId}${sub}`,
    code: `${bulletCode}${sub}`,
    parent: bulletId,
  };
}

/**
 * The default vocabulary (version 1): 3 goals and 12 actions of the Veranderagenda 2019, followed by
 * the 16 recommendations of the Verwey-Jonker reflection 2020 (11 bullets plus 5 sub-bullets).
 * Order is display order: goals each followed by their actions, then recommendations by group.
 */
export const DEFAULT_TAXONOMY: Taxonomy = {
  version: 1,
  terms: [
    goal('1', 'Versterken vertrouwen van cliënten in zorgvuldig handelen van SVMN'),
    action('1', 1, 'Inzetten van ervaringsdeskundigen en/of cliënt ambassadeurs'),
    action('1', 2, 'Organiseren dialoogbijeenkomsten'),
    action('1', 3, 'Uitbreiden spiegelbijeenkomsten met cliënten naar een maandelijkse frequentie'),
    action('1', 4, 'Interne klachtenanalyse 2018 omzetten in een externe publicatie en bespreken met stakeholders'),
    action('1', 5, 'Breder inzetten cliëntenraad'),
    action('1', 6, 'Frequente externe communicatie over het bovenstaande'),

    goal(
      '2',
      'Blijvend bouwen aan het vertrouwen van burgers (meldingsbereidheid) en samenwerking met ketenpartners en opdrachtgevers',
    ),
    action('2', 1, 'Hoe ontwikkelt de meldingsbereidheid van burgers en professionals zich?'),
    action(
      '2',
      2,
      'Bijeenkomsten met opdrachtgevers en ketenpartners in de jeugdzorg-regio voor de verbetering van de samenwerking in de SAVE-keten',
    ),
    action(
      '2',
      3,
      'Proactieve communicatie over kritische dossiers, dilemma’s, wettelijke termijnen en organisatieontwikkeling',
    ),

    goal('3', 'Verstevigen van het lerend vermogen van de organisatie'),
    action('3', 1, 'Aandacht voor welzijn en ondersteuningsbehoefte medewerkers'),
    action('3', 2, 'Externe ondersteuning'),
    action('3', 3, 'Actief voorleven en verbinden hiervan met medewerkers'),

    // "Er is één aanbeveling die als basis dient voor alle overige aanbevelingen". The report prefixes
    // it with "Op basis van de voortgang en ervaringen van het afgelopen jaar:"; the management summary
    // quotes the core alone, and so do we.
    recommendation(
      'basis',
      null,
      null,
      'Ontwikkel een duidelijke onderliggende veranderingstheorie en leg die vast in een meerjarenplanning, samen met de afspraken tussen de gemeenten en SVMN.',
    ),
    recommendation(
      'basis',
      null,
      'a',
      'SVMN dient het initiatief te nemen voor de totstandkoming van deze veranderingstheorie en hierbij cliënten, samenwerkingspartners en gemeenten bij te betrekken.',
    ),

    // "Voor Samen Veilig Midden-Nederland"
    recommendation(
      'svmn',
      1,
      null,
      'Wacht niet te lang met het plannen en uitvoeren van vervolgacties om de positieve start meer in de praktijk te brengen (en zorg voor een back-up planning die coronaproof is).',
    ),
    recommendation(
      'svmn',
      2,
      null,
      'Bespreek met ketenpartners (inclusief de gemeenten) waar mogelijkheden zijn om meer in gezamenlijkheid de veranderagenda vorm te geven en pas waar nodig daar de veranderagenda vervolgens op aan.',
    ),
    recommendation(
      'svmn',
      3,
      null,
      'Voorkom dat de veranderagenda (gezien wordt) als een losstaand element binnen de ontwikkeling en sturing van de organisatie.',
    ),
    recommendation(
      'svmn',
      3,
      'a',
      'Integreer de activiteiten vanuit de veranderagenda en de beweging in de eigen jaarplannen van de organisatie en werkplannen van onderdelen (…) om zo de borging te garanderen.',
    ),
    recommendation('svmn', 3, 'b', 'Organiseer structurele vormen van feedback en samen leren met partners.'),
    recommendation(
      'svmn',
      4,
      null,
      'Bekijk welke randvoorwaarden zo mogelijk versterkt moeten worden, bijvoorbeeld waar het de belasting van medewerkers betreft, om zo tot een reële planning te komen en bespreek dit waar nodig met de gemeenten.',
    ),
    // "voortgangrapportages" (sic) as printed in the report.
    recommendation(
      'svmn',
      5,
      null,
      'In de voortgangrapportages: wees helder over het verloop van de beweging van de veranderagenda, de daadwerkelijke uitgevoerde activiteiten, resultaten en ontwikkelingen in de context.',
    ),
    recommendation(
      'svmn',
      6,
      null,
      'Bespreek zowel intern als extern of de volgende rollen wenselijk zijn en zo ja hoe die vervuld (kunnen worden).',
    ),
    recommendation('svmn', 6, 'a', 'Intern: ‘de advocaat van de duivel’. Wie vraagt door en stelt de lastige vragen?'),
    recommendation(
      'svmn',
      6,
      'b',
      'Extern: de ‘critical friend’. Wie denkt vanuit betrokkenheid mee met de organisatie en is tegelijkertijd voldoende kritisch en kan op eventuele blinde vlekken wijzen?',
    ),

    // "Voor de gemeenten als opdrachtgever en SVMN"
    recommendation(
      'opdrachtgever',
      1,
      null,
      'Bespreek met elkaar wanneer de veranderagenda geslaagd is. Op dit moment is nog onduidelijk in hoeverre daar een gezamenlijk beeld over is.',
    ),
    recommendation(
      'opdrachtgever',
      2,
      null,
      'Bespreek met elkaar tot wanneer een afzonderlijke rapportage over de voortgang van de veranderagenda noodzakelijk en wenselijk is en hoe gemeenteraden het beste geïnformeerd kunnen worden.',
    ),

    // "Voor SVMN, ketenpartners en de gemeenten in hun rol als samenwerkingspartner"
    recommendation(
      'keten',
      1,
      null,
      'Bespreek met elkaar hoe de dilemma’s van het veranderen meer lerend gemaakt kunnen worden, in welke context dat kan en hoe feedback gegeven kan worden.',
    ),
    recommendation(
      'keten',
      2,
      null,
      'Bespreek met elkaar of er behoefte bestaat aan breder lerend netwerk en hoe dat kan worden vormgegeven. Maak daarvoor bijvoorbeeld gebruik van bestaande netwerken als de kenniswerkplaatsen jeugd.',
    ),
  ],
};
