import { describe, expect, it } from 'vitest';
import { describeQuote } from '../../../shared/anchoring/describe-quote';
import { matchQuote } from '../../../shared/anchoring/text-quote';
import { LONG_REPORT, LONG_REPORT_PARAGRAPHS } from '../../fixtures/anchoring/long-report';
import { sentenceSpans } from '../../fixtures/anchoring/report-document';
import { addLigatures, curlyQuotes, straightQuotes } from '../../fixtures/anchoring/text-mutations';
import { countOf, hardWrap, offsetOf, paragraphStartingWith, replaceOnce } from './quote-helpers';

/**
 * Re-anchoring after revision, as a table. Each row takes a passage of the original report (its
 * `occurrence`-th occurrence), describes it with `describeQuote`, revises the report, and matches
 * the selector in the revised report with the old start as hint. A surviving passage must be
 * found exactly at `expected` (its `expectedOccurrence`-th occurrence in the revised text); a
 * passage that is gone must give null.
 */
interface MatchCase {
  readonly name: string;
  readonly quote: string;
  readonly occurrence?: number;
  /** The report the quote is taken from (default: the long report). */
  readonly original?: string;
  readonly revise: (text: string) => string;
  readonly expected: string | null;
  readonly expectedOccurrence?: number;
}

const NEW_PARAGRAPH =
  'Naar aanleiding van vragen uit de raad is in december 2024 een extra informatiebijeenkomst gehouden voor raadsleden, waarin de gecertificeerde instelling de stand van zaken rond de wachtlijst heeft toegelicht.';

const ACTIE_22 = paragraphStartingWith(LONG_REPORT, 'Het aantal gezinnen dat binnen vier weken na aanmelding');
const ACTIE_43 = paragraphStartingWith(LONG_REPORT, 'Een inventarisatie onder 60 medewerkers');
const AANBEVELING_7 = paragraphStartingWith(LONG_REPORT, 'Aanbeveling 7 vraagt bijzondere aandacht.');
const ACTIE_24 = paragraphStartingWith(LONG_REPORT, 'Voor jongeren die 18 worden');
const ACTIE_11_PLAN = paragraphStartingWith(LONG_REPORT, 'Medewerkers van de wijkteams noemen het gezamenlijke plan');

/** A sentence of the generated appendix, where recurring template sentences abound. */
const APPENDIX_PARAGRAPH = LONG_REPORT_PARAGRAPHS.find((paragraph, index) => index > 70 && paragraph.length > 300) ?? '';
const [appendixStart, appendixEnd] = sentenceSpans(APPENDIX_PARAGRAPH)[1] ?? [0, 0];
const APPENDIX_SENTENCE = APPENDIX_PARAGRAPH.slice(appendixStart, appendixEnd);

const PDF_EXTRACTED = replaceOnce(
  replaceOnce(LONG_REPORT, 'worden gefinancierd uit het programmabudget', 'worden geﬁnancierd uit het programma-\nbudget'),
  'De grootste uitgaven betroffen de uitbreiding',
  'De grootste uitgaven betroﬀen de uit\u00ADbreiding',
);

/** Re-flows a text: a line break after every sentence (nothing is found verbatim any more). */
const reflow = (text: string): string => text.replace(/\. /g, '.\n');

const FILLER =
  'In het overleg met de ketenpartners is ook gesproken over de gevolgen van de nieuwe landelijke normen voor de werklast van jeugdbeschermers, die per 1 januari 2025 gelden voor alle gecertificeerde instellingen in Nederland en waarvan de financiële gevolgen nog niet volledig bekend zijn.';

const CASES: MatchCase[] = [
  {
    name: 'unchanged report',
    quote: 'het aantal gezinnen dat binnen vier weken na een melding hulp krijgt, is gestegen van 61 naar 74 procent',
    revise: (text) => text,
    expected: 'het aantal gezinnen dat binnen vier weken na een melding hulp krijgt, is gestegen van 61 naar 74 procent',
  },
  {
    name: 'paragraph inserted two paragraphs before the passage',
    quote: 'De eerste ervaringen zijn positief',
    revise: (text) => replaceOnce(text, 'Actie 1.2: Veiligheidsplanning in het wijkteam', `${NEW_PARAGRAPH}\n\nActie 1.2: Veiligheidsplanning in het wijkteam`),
    expected: 'De eerste ervaringen zijn positief',
  },
  {
    name: 'paragraph inserted right before a quote that opens its paragraph (prefix changed)',
    quote: 'Alle wijkteams werken sinds september 2024 met de nieuwe methodiek voor veiligheidsplanning.',
    revise: (text) => replaceOnce(text, 'in het wijkteam\n\nAlle wijkteams', `in het wijkteam\n\n${NEW_PARAGRAPH}\n\nAlle wijkteams`),
    expected: 'Alle wijkteams werken sinds september 2024 met de nieuwe methodiek voor veiligheidsplanning.',
  },
  {
    name: 'paragraph deleted before the passage',
    quote: 'Ruim 140 medewerkers hebben de basistraining gevolgd',
    revise: (text) => replaceOnce(text, `${ACTIE_11_PLAN}\n\n`, ''),
    expected: 'Ruim 140 medewerkers hebben de basistraining gevolgd',
  },
  {
    name: 'whitespace reflow: paragraph hard-wrapped at 58 columns with double spaces after full stops',
    quote: 'De wachttijden voor specialistische hulp bij ernstige gedragsproblemen zijn echter niet korter geworden.',
    revise: (text) => replaceOnce(text, ACTIE_22, hardWrap(ACTIE_22, 58).replace(/\. /g, '.  ')),
    expected: 'De\nwachttijden voor specialistische hulp bij ernstige\ngedragsproblemen zijn echter niet korter geworden.',
  },
  {
    name: 'line breaks become CRLF, quote spanning a paragraph break',
    quote: 'de samenwerking met het onderwijs en de huisartsen.\n\nActie 2.1: Praktijkondersteuners jeugd',
    revise: (text) => text.replace(/\n/g, '\r\n'),
    expected: 'de samenwerking met het onderwijs en de huisartsen.\r\n\r\nActie 2.1: Praktijkondersteuners jeugd',
  },
  {
    name: 'typo in the quote fixed',
    quote: 'met de nieuwe methodiek voor veiligheidsplaning',
    original: replaceOnce(LONG_REPORT, 'methodiek voor veiligheidsplanning.', 'methodiek voor veiligheidsplaning.'),
    revise: () => LONG_REPORT,
    expected: 'met de nieuwe methodiek voor veiligheidsplanning',
  },
  {
    name: 'typo in the first word of the quote fixed',
    quote: 'Teglijk zien wij dat het aantal adviesvragen aan Veilig Thuis sterk is gestegen',
    original: replaceOnce(LONG_REPORT, 'Tegelijk zien wij dat het aantal adviesvragen', 'Teglijk zien wij dat het aantal adviesvragen'),
    revise: () => LONG_REPORT,
    expected: 'Tegelijk zien wij dat het aantal adviesvragen aan Veilig Thuis sterk is gestegen',
  },
  {
    name: 'two edits in the quote',
    quote: 'De crisisdienst is in 2024 uitgebreid met een tweede team voor de avond- en weekenduren.',
    revise: (text) =>
      replaceOnce(
        text,
        'De crisisdienst is in 2024 uitgebreid met een tweede team voor de avond- en weekenduren.',
        'De crisisdienst is in 2024 uitgebreid met een extra team voor de avond- en nachturen.',
      ),
    expected: 'De crisisdienst is in 2024 uitgebreid met een extra team voor de avond- en nachturen.',
  },
  {
    name: 'a figure updated and a word shortened in the quote',
    quote: 'Eind 2024 stonden 23 vacatures voor jeugdbeschermers open, en het ziekteverzuim lag met 9,8 procent ruim boven het landelijk gemiddelde.',
    revise: (text) => replaceOnce(text, 'stonden 23 vacatures voor jeugdbeschermers open, en het ziekteverzuim', 'stonden 25 vacatures voor jeugdbeschermers open, en het verzuim'),
    expected: 'Eind 2024 stonden 25 vacatures voor jeugdbeschermers open, en het verzuim lag met 9,8 procent ruim boven het landelijk gemiddelde.',
  },
  {
    name: 'context on both sides rewritten',
    quote: 'Op doel 3 blijven de resultaten achter.',
    revise: (text) =>
      replaceOnce(
        replaceOnce(
          text,
          'is gestegen van 61 naar 74 procent. Op doel 3',
          'is gestegen van 61 naar 74 procent. Ook de samenwerking met de scholen is verbeterd. Op doel 3',
        ),
        'achter. Het aantal uithuisplaatsingen is niet gedaald',
        'achter. Dat vraagt om een andere aanpak in 2025, waarover de raad apart wordt geïnformeerd. Het aantal uithuisplaatsingen is niet gedaald',
      ),
    expected: 'Op doel 3 blijven de resultaten achter.',
  },
  {
    name: 'sentence duplicated before the original (context decides)',
    quote: 'Het belangrijkste risico is dat de extra jeugdbeschermers niet tijdig kunnen worden geworven.',
    revise: (text) =>
      replaceOnce(
        text,
        'De belangrijkste oorzaak van de achterstand',
        'Het belangrijkste risico is dat de extra jeugdbeschermers niet tijdig kunnen worden geworven. De belangrijkste oorzaak van de achterstand',
      ),
    expected: 'Het belangrijkste risico is dat de extra jeugdbeschermers niet tijdig kunnen worden geworven.',
    expectedOccurrence: 1,
  },
  {
    name: 'sentence duplicated after the original, near it (context decides)',
    quote: 'Scholen waarderen de korte lijnen.',
    revise: (text) => replaceOnce(text, 'Actie 2.4: Jongeren tussen 16 en 23 jaar', 'Scholen waarderen de korte lijnen.\n\nActie 2.4: Jongeren tussen 16 en 23 jaar'),
    expected: 'Scholen waarderen de korte lijnen.',
    expectedOccurrence: 0,
  },
  {
    name: 'sentence duplicated where the original used to be, text re-flowed (context outweighs position)',
    quote: 'De eerste ervaringen zijn positief',
    revise: (text) =>
      reflow(
        replaceOnce(
          text,
          'Alle wijkteams werken sinds september 2024',
          `${FILLER} De eerste ervaringen zijn positief, zo meldt ook Veilig Thuis.\n\nAlle wijkteams werken sinds september 2024`,
        ),
      ),
    expected: 'De eerste ervaringen zijn positief',
    expectedOccurrence: 1,
  },
  {
    name: 'recurring action number, text re-flowed and a mention inserted at the old position',
    quote: 'actie 1.4',
    occurrence: 1,
    revise: (text) =>
      reflow(replaceOnce(text, 'De grootste uitgaven betroffen', `${FILLER} Zie ook actie 1.4 in de bijlage.\n\nDe grootste uitgaven betroffen`)),
    expected: 'actie 1.4',
    expectedOccurrence: 2,
  },
  {
    name: 'short quote occurring twice, second one quoted, paragraph inserted before both',
    quote: 'onderschrijding van € 412.000',
    occurrence: 1,
    revise: (text) => replaceOnce(text, '2. Samenvatting', `${NEW_PARAGRAPH}\n\n2. Samenvatting`),
    expected: 'onderschrijding van € 412.000',
    expectedOccurrence: 1,
  },
  {
    name: 'action number quoted where it recurs (heading, references), text shifted',
    quote: 'actie 1.4',
    occurrence: 1,
    revise: (text) => replaceOnce(text, '8. Financiën', `${NEW_PARAGRAPH}\n\n8. Financiën`),
    expected: 'actie 1.4',
    expectedOccurrence: 1,
  },
  {
    name: 'PDF: word hyphenated at a line end',
    quote: 'De rapportage volgt de opbouw van de veranderagenda die de gemeenteraad in maart 2023 heeft vastgesteld',
    revise: (text) => replaceOnce(text, 'opbouw van de veranderagenda die', 'opbouw van de verander-\nagenda die'),
    expected: 'De rapportage volgt de opbouw van de verander-\nagenda die de gemeenteraad in maart 2023 heeft vastgesteld',
  },
  {
    name: 'PDF: ligatures (ﬁ ﬀ ﬂ ﬃ ﬄ)',
    quote: 'die voor de duur van een jaar worden gefinancierd uit het programmabudget',
    revise: (text) => addLigatures(text),
    expected: 'die voor de duur van een jaar worden geﬁnancierd uit het programmabudget',
  },
  {
    name: 'PDF: soft hyphens inside words',
    quote: 'op het verminderen van de administratieve lasten.',
    revise: (text) => replaceOnce(text, 'op het verminderen van de administratieve lasten.', 'op het vermin\u00ADderen van de adminis\u00ADtratieve lasten.'),
    expected: 'op het vermin\u00ADderen van de adminis\u00ADtratieve lasten.',
  },
  {
    name: 'PDF: non-breaking and thin spaces around figures',
    quote: 'een budget beschikbaar van € 2,8 miljoen',
    revise: (text) => replaceOnce(text, 'beschikbaar van € 2,8 miljoen', 'beschikbaar\u00A0van €\u00A02,8\u202Fmiljoen'),
    expected: 'een budget beschikbaar\u00A0van €\u00A02,8\u202Fmiljoen',
  },
  {
    name: 'curly apostrophe becomes straight',
    quote: 'gevraagd welke risico’s er zijn als de extra inzet niet het gewenste resultaat heeft',
    revise: (text) => straightQuotes(text),
    expected: "gevraagd welke risico's er zijn als de extra inzet niet het gewenste resultaat heeft",
  },
  {
    name: 'curly double quotes become straight',
    quote: 'De commissie stelt dat de “rechtsbescherming van ouders en kinderen onvoldoende is geborgd”',
    revise: (text) => straightQuotes(text),
    expected: 'De commissie stelt dat de "rechtsbescherming van ouders en kinderen onvoldoende is geborgd"',
  },
  {
    name: 'straight quotes in the quote, curly in the revision',
    quote: "gevraagd welke risico's er zijn",
    original: straightQuotes(LONG_REPORT),
    revise: () => curlyQuotes(straightQuotes(LONG_REPORT)),
    expected: 'gevraagd welke risico’s er zijn',
  },
  {
    name: 'quote taken from PDF text (ligature, soft hyphen, line-end hyphen), revision clean',
    quote: 'worden geﬁnancierd uit het programma-\nbudget',
    original: PDF_EXTRACTED,
    revise: () => LONG_REPORT,
    expected: 'worden gefinancierd uit het programmabudget',
  },
  {
    name: 'quote with ﬀ ligature and soft hyphen, revision clean',
    quote: 'De grootste uitgaven betroﬀen de uit\u00ADbreiding van de crisisdienst',
    original: PDF_EXTRACTED,
    revise: () => LONG_REPORT,
    expected: 'De grootste uitgaven betroffen de uitbreiding van de crisisdienst',
  },
  {
    name: 'paragraph moved to the end of the report',
    quote: 'jeugdbeschermers gemiddeld 38 procent van hun tijd besteden aan registratie en verslaglegging',
    revise: (text) => `${replaceOnce(text, `${ACTIE_43}\n\n`, '')}\n\n${ACTIE_43}`,
    expected: 'jeugdbeschermers gemiddeld 38 procent van hun tijd besteden aan registratie en verslaglegging',
  },
  {
    name: 'whole quoted paragraph moved (both contexts changed)',
    quote: AANBEVELING_7,
    revise: (text) => replaceOnce(replaceOnce(text, `${AANBEVELING_7}\n\n`, ''), '9. Vooruitblik\n\n', `9. Vooruitblik\n\n${AANBEVELING_7}\n\n`),
    expected: AANBEVELING_7,
  },
  {
    name: 'template sentence of the appendix, paragraph inserted before it',
    quote: APPENDIX_SENTENCE,
    revise: (text) => replaceOnce(text, APPENDIX_PARAGRAPH, `${NEW_PARAGRAPH}\n\n${APPENDIX_PARAGRAPH}`),
    expected: APPENDIX_SENTENCE,
    expectedOccurrence: countOf(LONG_REPORT.slice(0, LONG_REPORT.indexOf(APPENDIX_PARAGRAPH)), APPENDIX_SENTENCE),
  },
  {
    name: 'sentence deleted',
    quote: 'Uit een steekproef van 40 dossiers blijkt dat dit in 26 gevallen tijdig is vastgelegd.',
    revise: (text) => replaceOnce(text, 'Uit een steekproef van 40 dossiers blijkt dat dit in 26 gevallen tijdig is vastgelegd. ', ''),
    expected: null,
  },
  {
    name: 'whole paragraph deleted',
    quote: 'In de tweede helft van 2024 zijn 37 jongeren begeleid door de nieuwe toekomstcoaches.',
    revise: (text) => replaceOnce(text, `${ACTIE_24}\n\n`, ''),
    expected: null,
  },
  {
    name: 'template sentence of the appendix deleted (similar sentences remain)',
    quote: APPENDIX_SENTENCE,
    occurrence: countOf(LONG_REPORT.slice(0, LONG_REPORT.indexOf(APPENDIX_PARAGRAPH)), APPENDIX_SENTENCE),
    revise: (text) => replaceOnce(text, APPENDIX_PARAGRAPH, APPENDIX_PARAGRAPH.replace(`${APPENDIX_SENTENCE} `, '')),
    expected: null,
  },
  {
    name: 'passage replaced by an unrelated sentence',
    quote: 'Scholen waarderen de korte lijnen.',
    revise: (text) => replaceOnce(text, 'Scholen waarderen de korte lijnen.', 'De gemeente onderzoekt of de kinderopvang kan aansluiten bij het overleg.'),
    expected: null,
  },
  {
    name: 'passage replaced by the same sentence with other figures (another statement)',
    quote: 'Het verloop onder jeugdbeschermers daalde van 24 naar 19 procent.',
    revise: (text) => replaceOnce(text, 'Het verloop onder jeugdbeschermers daalde van 24 naar 19 procent.', 'Het verloop onder jeugdbeschermers daalde van 31 naar 28 procent.'),
    expected: null,
  },
];

describe('matchQuote after revision of a ~25k-character report', () => {
  it('uses a long report', () => {
    expect(LONG_REPORT.length).toBeGreaterThan(20_000);
    expect(APPENDIX_SENTENCE.length).toBeGreaterThan(40);
  });

  it.each(CASES)('$name', ({ quote, occurrence, original, revise, expected, expectedOccurrence }) => {
    const before = original ?? LONG_REPORT;
    const start = offsetOf(before, quote, occurrence ?? 0);
    const selector = describeQuote(before, start, start + quote.length);
    expect(selector.exact).toBe(quote);
    const revised = revise(before);
    const result = matchQuote(revised, selector, { start });
    if (expected === null) {
      expect(result).toBeNull();
      return;
    }
    const expectedStart = offsetOf(revised, expected, expectedOccurrence ?? 0);
    expect(result).not.toBeNull();
    expect({ start: result?.start, end: result?.end }).toEqual({ start: expectedStart, end: expectedStart + expected.length });
    expect(revised.slice(result?.start ?? 0, result?.end ?? 0)).toBe(expected);
    expect(result?.score).toBeGreaterThan(0);
    expect(result?.score).toBeLessThanOrEqual(1);
  });
});
