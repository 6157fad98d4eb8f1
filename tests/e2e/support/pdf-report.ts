import { writeFile } from 'node:fs/promises';
import type { BrowserContext } from 'playwright-core';

/** A goal of the report that fits on one line of the PDF: the passage annotated within a page. */
export const GOAL_SENTENCE = 'Elk kind en elke jongere in de regio groeit veilig op.';

/**
 * The long paragraph: starts on page 1 after the title, the goals and a short introduction, and is
 * longer than what remains of the page, so it always runs on across the first page break.
 */
export const LONG_PARAGRAPH = [
  'In de eerste helft van het jaar hebben de gemeenten, de jeugdbescherming en de zorgaanbieders de afspraken uit de veranderagenda omgezet in concrete werkafspraken per werkgebied.',
  'De regionale expertteams bespraken in deze periode ruim honderdtwintig casussen waarin de veiligheid van een kind ernstig onder druk stond.',
  'Bij bijna twee derde van deze casussen lukte het binnen vier weken een gezamenlijk plan van aanpak met het gezin op te stellen.',
  'Professionals gaven aan dat de vaste contactpersoon per gemeente het overleg merkbaar heeft versneld, vooral wanneer meerdere instanties tegelijk betrokken waren.',
  'Tegelijk blijft de wachttijd voor specialistische traumabehandeling een zorgpunt: gemiddeld wachtten gezinnen elf weken, en in de kleinere gemeenten soms langer.',
  'De werkgroep wachttijden heeft daarom met drie aanbieders een overbruggingsaanbod ontwikkeld, dat gezinnen begeleidt totdat de behandeling kan beginnen.',
  'Daarnaast is in het voorjaar een leerkring gestart waarin jeugdprofessionals en gemeentelijke toegangsmedewerkers samen moeilijke casussen nabespreken.',
  'De eerste ervaringen zijn positief: deelnemers noemen de open sfeer en de mogelijkheid om van elkaars afwegingen te leren.',
  'Het programmateam verzamelt de lessen uit deze leerkring in een handreiking, die in het najaar aan alle gemeenten in de regio wordt aangeboden.',
  'Ook de samenwerking met het onderwijs kreeg aandacht: op twaalf scholen zijn aandachtsfunctionarissen getraind in het bespreekbaar maken van zorgen over thuis.',
  'Ouders die aan de evaluatie deelnamen, waardeerden dat zij eerder en duidelijker werden betrokken bij de besluiten over hun kinderen.',
  'Zij vroegen wel om één vast aanspreekpunt gedurende het hele traject, omdat wisselingen van hulpverlener het vertrouwen telkens opnieuw op de proef stellen.',
  'Dit signaal is meegenomen in de herziening van de werkwijze, die nu voorziet in een regisseur die het gezin van aanmelding tot afsluiting volgt.',
  'In de tweede helft van het jaar wordt onderzocht of deze werkwijze ook in de aanpak van huiselijk geweld kan worden toegepast.',
  'De eerste resultaten van dat onderzoek worden verwacht in het voorjaar en worden dan met de gemeenteraden gedeeld.',
  'Het programmateam bereidt daarvoor een informatiebijeenkomst voor raadsleden voor, waarin ook de financiële gevolgen van de nieuwe werkwijze worden toegelicht.',
  'Voor de jeugdbescherming betekende de nieuwe werkwijze vooral dat er minder tijd verloren ging tussen het eerste signaal en het eerste gesprek met het gezin.',
  'De gemiddelde tijd tussen melding en eerste huisbezoek daalde van negen naar zes werkdagen, al verschilt dit nog sterk tussen de werkgebieden.',
  'In twee werkgebieden ontbrak in de zomer voldoende personeel, waardoor meldingen daar langer bleven liggen dan de afgesproken termijn.',
  'De betrokken organisaties hebben afgesproken elkaar in zulke perioden bij te springen met medewerkers uit andere werkgebieden.',
  'Die afspraak wordt na een half jaar geëvalueerd, samen met de vraag of een regionale flexibele pool van medewerkers nodig is.',
  'Jongeren die meededen aan de panelgesprekken benadrukten dat zij vooral behoefte hebben aan hulpverleners die luisteren en hun afspraken nakomen.',
  'Een aantal jongeren vertelde dat zij pas na meerdere gesprekken durfden te vertellen wat er thuis werkelijk speelde.',
  'Het programmateam neemt deze ervaringen mee in de scholing van nieuwe medewerkers, die vanaf het najaar gezamenlijk wordt georganiseerd.',
  'Zo ontstaat stap voor stap een gedeelde manier van werken, die niet afhangt van de organisatie waar een professional toevallig in dienst is.',
].join(' ');

const LATER_SECTIONS = [
  ['2. Blijvend bouwen aan een lerend stelsel', 'De regio investeert in het vastleggen en delen van wat werkt. Elke maand verschijnt een korte leernotitie met voorbeelden uit de praktijk, en twee keer per jaar komen professionals en bestuurders bijeen om de voortgang te bespreken. Daarbij staan de ervaringen van jongeren en ouders centraal, omdat zij het beste kunnen zeggen of de hulp ook werkelijk helpt.'],
  ['3. Financiën en sturing', 'De uitgaven bleven binnen de begroting. Wel stegen de kosten van verblijf buiten het eigen gezin, doordat meer jongeren langer in een gezinshuis verbleven. Het algemeen bestuur heeft gevraagd om een nadere analyse van deze stijging, die in de volgende rapportage wordt opgenomen.'],
  ['4. Vooruitblik', 'In het komende halfjaar ligt de nadruk op het verkorten van wachttijden, het uitbreiden van de leerkringen en het versterken van de samenwerking met het onderwijs. De gemeenteraden worden via deze rapportage en de informatiebijeenkomst op de hoogte gehouden van de voortgang.'],
];

/** The report as HTML, styled for print: a title, numbered goals, long paragraphs, sections. */
export function reportHtml(): string {
  const sections = LATER_SECTIONS.map(([heading, text]) => `<h2>${heading}</h2><p>${text}</p><p>${text}</p>`).join('');
  return `<!doctype html><html lang="nl"><head><meta charset="utf-8"><style>
    body { font-family: 'DejaVu Sans', 'Liberation Sans', Arial, sans-serif; font-size: 11pt; line-height: 1.4; }
    h1 { font-size: 20pt; } h2 { font-size: 14pt; margin-top: 1.2em; }
  </style></head><body>
    <h1>Voortgangsrapportage Samen Veilig Midden-Nederland</h1>
    <p>Tweede rapportage over de veranderagenda, bestemd voor de gemeenteraden in de regio.</p>
    <h2>1. Doelen van de veranderagenda</h2>
    <ol>
      <li>${GOAL_SENTENCE}</li>
      <li>Hulp sluit aan bij wat gezinnen zelf nodig vinden.</li>
      <li>Professionals leren samen van wat wel en niet werkt.</li>
    </ol>
    <p>${LONG_PARAGRAPH}</p>
    ${sections}
  </body></html>`;
}

/** A "scanned" report: pages with only a drawn image and no text at all. */
export function scannedHtml(): string {
  const page = '<svg width="600" height="900" xmlns="http://www.w3.org/2000/svg"><rect x="40" y="40" width="520" height="820" fill="#ddd"/><rect x="80" y="90" width="440" height="18" fill="#555"/></svg>';
  return `<!doctype html><html><body style="margin:0">${page}${page}</body></html>`;
}

/** Prints `html` to a PDF file with Chromium's own printing (headless), as a secretariat would. */
export async function printPdf(context: BrowserContext, html: string, file: string): Promise<void> {
  const page = await context.newPage();
  try {
    await page.setContent(html, { waitUntil: 'load' });
    await writeFile(file, await page.pdf({ format: 'A4', margin: { top: '2cm', bottom: '2cm', left: '2.2cm', right: '2.2cm' } }));
  } finally {
    await page.close();
  }
}
