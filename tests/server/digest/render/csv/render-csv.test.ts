import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { buildDigest } from '../../../../../server/services/digest/model/build-digest';
import { CSV_COLUMNS, answerRowId, neutraliseCell, renderCsv } from '../../../../../server/services/digest/render/csv/render-csv';
import { TAXONOMY, buildFixture } from '../../support/digest-fixture';
import { leakedNames, publishedReplies, publishedTopLevel, textOf } from '../../support/digest-test-helpers';

const fixture = buildFixture();
const csv = renderCsv(buildDigest(fixture.input));
const { specials } = fixture;

type Row = Record<(typeof CSV_COLUMNS)[number], string>;
const parseCsv = (text: string): Row[] => parse<Row>(text, { bom: true, delimiter: ';', columns: true, relax_quotes: false });
const rows = parseCsv(csv);
const rowOf = (id: string): Row | undefined => rows.find((row) => row.id === id);
const remarkRows = rows.filter((row) => row.type === 'opmerking');

/** Term codes of a record in taxonomy order; unknown ids as they are. */
function expectedCodes(termIds: readonly string[]): string {
  const order = new Map(TAXONOMY.terms.map((term, index) => [term.id, index]));
  return [...termIds]
    .sort((a, b) => (order.get(a) ?? 9999) - (order.get(b) ?? 9999))
    .map((id) => TAXONOMY.terms.find((term) => term.id === id)?.code ?? id)
    .join('; ');
}

describe('CSV digest', () => {
  it('is UTF-8 with a BOM, semicolon-separated with CRLF, Dutch headers', () => {
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.slice(1).split('\r\n')[0]).toBe(
      'id;type;draad;reactie op;niveau;document;documenttitel;pagina;citaat;tekst;soort;termen;termnamen;auteur;rol;organisatie;datum;reacties;antwoordstatus',
    );
    expect(Object.keys(rows[0] ?? {})).toEqual([...CSV_COLUMNS]);
  });

  it('has one row per remark with its term codes, and their names beside them, joined by "; "', () => {
    const top = publishedTopLevel(fixture.input);
    expect(remarkRows).toHaveLength(top.length);
    for (const record of top) {
      const row = rowOf(record.id);
      expect(row, record.id).toMatchObject({ type: 'opmerking', draad: record.id, 'reactie op': '', niveau: '0' });
      expect(row?.termen).toBe(expectedCodes(record.termIds));
    }
    expect(rowOf(specials.multiTerm.id)?.termen).toBe('2; A1.3b; A3.1');
    const names = ['goal-2', 'rec-svmn-3b', 'rec-keten-1'].map((id) => TAXONOMY.terms.find((term) => term.id === id)?.label).join('; ');
    expect(rowOf(specials.multiTerm.id)?.termnamen).toBe(names);
    expect(rowOf(specials.unlinked.id)).toMatchObject({ termen: '', termnamen: '' });
  });

  it('holds the whole conversation: a row per reply and per answer of SVMN, tied by thread and parent ids', () => {
    const replies = publishedReplies(fixture.input);
    const byUuid = new Map(fixture.input.annotations.map((record) => [record.uuid, record]));
    const threadOf = (uuid: string): string => {
      let record = byUuid.get(uuid);
      while (record?.parentUuid) record = byUuid.get(record.parentUuid);
      return record?.id ?? '';
    };
    expect(rows.filter((row) => row.type === 'reactie')).toHaveLength(replies.length);
    for (const reply of replies) {
      const row = rowOf(reply.id);
      expect(row, reply.id).toMatchObject({ type: 'reactie', draad: threadOf(reply.uuid), 'reactie op': byUuid.get(reply.parentUuid ?? '')?.id, tekst: neutraliseCell(textOf(reply)) });
      expect(Number(row?.niveau)).toBeGreaterThan(0);
    }
    // A thread reads in order: the remark, then its replies depth-first.
    const thread = rows.filter((row) => row.draad === specials.threaded.id);
    expect(thread[0]?.id).toBe(specials.threaded.id);
    expect(thread.filter((row) => row.type === 'reactie').map((row) => row.niveau)).toEqual(['1', '2', '3', '1']);
    const adopted = specials.responded.adopted;
    expect(rowOf(answerRowId(adopted))).toMatchObject({
      type: 'antwoord',
      draad: adopted.id,
      'reactie op': adopted.id,
      rol: 'Respondent',
      antwoordstatus: 'Overgenomen',
      tekst: expect.stringContaining('met status adopted'),
    });
    expect(rows.filter((row) => row.type === 'antwoord')).toHaveLength(buildDigest(fixture.input).remarks.filter((remark) => remark.response).length);
  });

  it('names the document by title beside its URL when one is registered, and gives the PDF page', () => {
    const pdf = 'https://www.verwey-jonker.nl/publicaties/reflectie-veranderagenda-svmn.pdf';
    const titled = parseCsv(renderCsv(buildDigest({ ...fixture.input, documentTitles: new Map([[pdf, 'Reflectie op de veranderagenda']]) })));
    const thread = titled.filter((row) => row.draad === specials.threaded.id);
    expect(thread.length).toBeGreaterThan(1);
    for (const row of thread) expect(row).toMatchObject({ document: pdf, documenttitel: 'Reflectie op de veranderagenda' });
    expect(rowOf(specials.threaded.id)?.documenttitel).toBe('');
    expect(rows.some((row) => row.document === pdf && row.pagina === '12')).toBe(true);
  });

  it('fills the columns', () => {
    expect(rowOf(specials.threaded.id)).toMatchObject({
      document: 'https://www.verwey-jonker.nl/publicaties/reflectie-veranderagenda-svmn.pdf',
      citaat: 'is nog onduidelijk wanneer de veranderagenda geslaagd is',
      tekst: 'Wat betekent dit voor de gemeenten?',
      soort: 'Dilemma',
      auteur: 'Eva Kok',
      rol: 'Raadslid',
      organisatie: 'Gemeente Amersfoort',
      datum: '2025-03-04 02:10',
      reacties: '4',
      antwoordstatus: '',
    });
    expect(rowOf(specials.responded.adopted.id)).toMatchObject({ antwoordstatus: 'Overgenomen' });
    expect(rowOf(specials.highlight.id)).toMatchObject({ tekst: '', soort: 'Zonder soort' });
  });

  it('keeps line breaks and HTML inside cells as data', () => {
    expect(rowOf(specials.markup.id)?.tekst).toBe(textOf(specials.markup));
    expect(rowOf(specials.xss.id)?.tekst).toBe(textOf(specials.xss));
  });

  it('neutralises formulas in remarks', () => {
    expect(rowOf(specials.formula.id)?.tekst).toBe('\'=HYPERLINK("http://evil","klik")');
    expect(rowOf(specials.plusOne.id)?.tekst).toBe("'+1");
    expect(rowOf(specials.minusOne.id)?.tekst).toBe("'-1");
    expect(rowOf(specials.atSum.id)?.tekst).toBe("'@SUM(A1:A9)");
    for (const row of rows) {
      for (const value of Object.values(row)) expect(value).not.toMatch(/^[=+\-@\t\r]/);
    }
  });

  it('neutralises formulas in every column', () => {
    const variant = buildFixture();
    const target = variant.input.annotations.find((record) => record.id === variant.specials.xss.id);
    if (!target || typeof target.target === 'string') throw new Error('fixture');
    target.author = { ...target.author, name: '\tNaam', organisation: '=cmd|calc' };
    target.target = { ...target.target, selector: [{ type: 'TextQuoteSelector', exact: '-2 + 3' }] };
    target.body = [{ type: 'TextualBody', value: '\t=1+1' }, { type: 'SpecificResource', purpose: 'classifying', source: 'goal-1' }];
    const response = variant.input.annotations.find((record) => record.id === variant.specials.formula.id);
    if (!response) throw new Error('fixture');
    const variantRows = parseCsv(renderCsv(buildDigest({ ...variant.input, responses: new Map([[response.uuid, { annotationUuid: response.uuid, status: 'answered', text: '\r=2', by: { id: 'x', name: 'X', role: 'respondent', organisation: 'SVMN' }, at: '2025-03-05T10:00:00.000Z' }]]) })));
    const row = variantRows.find((candidate) => candidate.id === target.id);
    expect(row).toMatchObject({ auteur: "'\tNaam", organisatie: "'=cmd|calc", citaat: "'-2 + 3", tekst: "'=1+1" });
    expect(variantRows.find((candidate) => candidate.id === answerRowId(response))?.tekst).toBe("'\r=2");
  });

  it.each([
    ['=1+1', "'=1+1"],
    ['+31 6', "'+31 6"],
    ['-', "'-"],
    ['@x', "'@x"],
    ['\tx', "'\tx"],
    ['\rx', "'\rx"],
    ['a=1', 'a=1'],
    [' =1', ' =1'],
    ['', ''],
  ])('neutraliseCell(%j) → %j', (input, expected) => {
    expect(neutraliseCell(input)).toBe(expected);
  });

  it('names nobody when pseudonymised', () => {
    const pseudo = renderCsv(buildDigest(buildFixture({ pseudonymise: true }).input));
    expect(leakedNames(pseudo)).toEqual([]);
    expect(parseCsv(pseudo).find((row) => row.id === specials.threaded.id)?.auteur).toBe('Raadslid, Gemeente Amersfoort');
    expect(leakedNames(csv)).toContain('Eva Kok');
  });
});
