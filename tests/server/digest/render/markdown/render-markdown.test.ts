import { describe, expect, it } from 'vitest';
import { buildDigest } from '../../../../../server/services/digest/model/build-digest';
import { renderMarkdown } from '../../../../../server/services/digest/render/markdown/render-markdown';
import { DOCS, SILENT_TERMS, TAXONOMY, buildFixture } from '../../support/digest-fixture';
import { expectedListedTerms, leakedNames, recordsForTerm, sectionStartingWith, sectionsByHeading, termHeadingPrefix } from '../../support/digest-test-helpers';

const fixture = buildFixture();
const markdown = renderMarkdown(buildDigest(fixture.input));
const { specials } = fixture;

/** Markdown lines as heading/content items. */
const items = markdown.split('\n').map((line) => {
  const heading = /^(#{1,6}) (.*)$/.exec(line);
  return heading ? { level: heading[1]?.length ?? 0, text: heading[2] ?? '' } : { level: null, text: line };
});
const termSections = sectionsByHeading(items, 4);
const topSections = sectionsByHeading(items, 2);
const REMARK_META = /^\*\*(Vraag|Zorg|Suggestie|Waardering|Dilemma|Zonder soort)\*\* · /gm;

describe('Markdown digest', () => {
  it('has one title and the sections in order', () => {
    expect(markdown.match(/^# /gm)).toHaveLength(1);
    const h2 = items.filter((item) => item.level === 2).map((item) => item.text);
    expect(h2).toEqual([
      'Samenvatting',
      'Dekkingsmatrix',
      'Doelen en acties van de Veranderagenda',
      'Aanbevelingen van de reflectie (Verwey-Jonker)',
      'Open vragen',
      'Dilemma’s',
      'Opmerkingen zonder koppeling',
      'Opmerkingen waarvan de passage niet meer gevonden wordt',
      'Wat is er met uw feedback gedaan',
      'Per document',
    ]);
  });

  it('lists every remark under each term it links to', () => {
    for (const term of expectedListedTerms(TAXONOMY, fixture.input)) {
      const records = recordsForTerm(fixture.input, term.id);
      if (records.length === 0) continue;
      const section = sectionStartingWith(termSections, termHeadingPrefix(term));
      expect(section.match(REMARK_META) ?? [], term.code).toHaveLength(records.length);
      for (const record of records) {
        const text = record.body.find((body) => body.type === 'TextualBody');
        if (text?.type === 'TextualBody' && /^Opmerking \d+ over deze passage\.$/.test(text.value)) expect(section).toContain(text.value);
      }
    }
    const multi = 'Past bij doel 2 en bij twee aanbevelingen.';
    for (const prefix of ['Doel 2: ', 'Aanbeveling A1.3b: ', 'Aanbeveling A3.1: ']) expect(sectionStartingWith(termSections, prefix)).toContain(multi);
  });

  it('shows terms nobody spoke to in the matrix with zeros and once under "Geen aandacht", without a section each', () => {
    const silent = markdown.split('\n').filter((line) => line.startsWith('**Geen aandacht:** '));
    expect(silent).toHaveLength(2);
    for (const termId of SILENT_TERMS) {
      const term = TAXONOMY.terms.find((candidate) => candidate.id === termId);
      if (!term) throw new Error(termId);
      expect([...termSections.keys()].some((heading) => heading.startsWith(termHeadingPrefix(term))), term.code).toBe(false);
      expect(silent.join('; ')).toMatch(new RegExp(`(\\*\\* |; )${term.code.replace('.', '\\.')} `));
      // Four counts: the respondent wrote no remarks of its own, so its column is left out.
      expect(markdown).toMatch(new RegExp(`^\\| ${term.code.replace('.', '\\.')} \\| [^\\n]+ \\| 0 \\| 0 \\| 0 \\| 0 \\|$`, 'm'));
    }
    expect(topSections.get('Dekkingsmatrix')).toContain('| Code | Term | Raad | Keten | Secr. | Totaal |');
    expect(markdown).not.toContain('Geen opmerkingen.');
  });

  it('has the summary in sentences and who took part under the title', () => {
    expect(markdown).toMatch(/^Meegedaan: 7 mensen, .+$/m);
    expect(topSections.get('Samenvatting')).toMatch(/^In deze ronde deden 7 mensen mee: .+\.$/m);
  });

  it('keeps HTML from remarks inert', () => {
    expect(markdown).not.toMatch(/<script/i);
    expect(markdown).not.toMatch(/<img/i);
    expect(markdown).toContain('&lt;script&gt;alert(1)&lt;/script&gt; en &lt;img src=x onerror=alert(1)&gt;');
  });

  it('keeps Markdown syntax in remarks from becoming headings, links or lists', () => {
    expect(markdown).not.toMatch(/^# Geen kop/m);
    expect(markdown).toContain('\\# Geen kop');
    expect(markdown).toContain('\\[klik\\](javascript:alert(1)) \\| \\*vet\\* \\_schuin\\_');
    expect(markdown).toContain('1\\. geen lijst');
    expect(markdown).not.toMatch(/(?<!\\)\]\(javascript/);
  });

  it('links to passages with text fragments, and shows non-web sources as text', () => {
    const long = buildDigest(fixture.input).remarks.find((remark) => remark.id === specials.longQuote.id);
    expect(markdown).toContain(`[naar de passage](<${long?.link}>)`);
    expect(markdown).toContain(`naar de passage: ${DOCS.local}`);
    expect(markdown).not.toContain('(<file:');
  });

  it('shows threads with nesting, responses and quotes', () => {
    const section = sectionStartingWith(termSections, 'Aanbeveling A2.1: ');
    expect(section).toMatch(/^- Reactie van Chris Bakker \(Ketenpartner, AKJ\), [^\n]+: {2}\n {2}Eerste reactie van een ketenpartner\.$/m);
    expect(section).toMatch(/^ {2}- Reactie van Eva Kok \(Raadslid, Gemeente Amersfoort\)/m);
    expect(section).toMatch(/^ {4}- Reactie van Ruben Visser \(Respondent, Samen Veilig Midden-Nederland\)/m);
    expect(topSections.get('Wat is er met uw feedback gedaan')).toContain('> **Antwoord van SVMN: overgenomen**');
    expect(markdown).toContain('> In 2024 zijn zes dialoogbijeenkomsten met cliënten en ketenpartners georganiseerd.');
  });

  it('lists the open questions', () => {
    const open = topSections.get('Open vragen') ?? '';
    expect(open).toContain('Hoeveel klachten zijn gegrond verklaard?');
    expect(open).toContain('Wanneer volgt de evaluatie?');
    expect(open).not.toContain('Wie waren daarbij aanwezig?');
    expect(open).not.toContain('Is er al een critical friend gevonden?');
  });

  it('names nobody when pseudonymised', () => {
    expect(leakedNames(renderMarkdown(buildDigest(buildFixture({ pseudonymise: true }).input)))).toEqual([]);
    expect(leakedNames(markdown).length).toBeGreaterThan(0);
  });
});
