import { describe, expect, it } from 'vitest';
import { DEFAULT_TAXONOMY } from '../../../shared/taxonomy/default-taxonomy';
import type { DashboardTestApp, TestSession } from './dashboard-test-app';
import { parsePage, textOf } from './parse-page';
import { signedInDashboardEachTest } from './signed-in-dashboard';

let app: DashboardTestApp;
let session: TestSession;
signedInDashboardEachTest((fresh, signedIn) => void ([app, session] = [fresh, signedIn]));

async function matrix(query = '') {
  const response = await app.request(`/dashboard/matrix${query}`, { cookie: session.cookie });
  expect(response.status).toBe(200);
  const document = parsePage(await response.text());
  const table = document.querySelector('table')!;
  const headers = [...table.querySelectorAll('thead th')].map((th) => textOf(th));
  const rows = new Map(
    [...table.querySelectorAll('tbody tr')].map((row) => [textOf(row.querySelector('th')).split(' ')[0]!, [...row.querySelectorAll('td')].map((cell) => textOf(cell))]),
  );
  return { document, table, headers, rows };
}

const RECOMMENDATIONS = DEFAULT_TAXONOMY.terms.filter((term) => term.kind === 'recommendation');

describe('dashboard coverage matrix', () => {
  it('is a real table with caption and header cells, and shows every term with zeros when nothing was said', async () => {
    const { document, table, headers, rows } = await matrix();
    expect(textOf(table.querySelector('caption'))).toContain('Aantal opmerkingen per doel, actie en aanbeveling');
    expect(headers).toEqual(['Term', 'Soort', 'Raadsleden', 'Ketenpartners', 'Secretariaat', 'Respondenten (SVMN)', 'Totaal']);
    expect(table.querySelectorAll('thead th[scope="col"]')).toHaveLength(headers.length);
    expect(table.querySelectorAll('tbody th[scope="row"]')).toHaveLength(DEFAULT_TAXONOMY.terms.length);
    for (const [code, cells] of rows) {
      expect(cells.slice(1, 5), code).toEqual(['0', '0', '0', '0']);
      expect(cells[5], code).toBe('0 – geen aandacht');
    }
    // Zero cells carry the hatched class as well as the printed zero.
    expect(table.querySelectorAll('td.heat-0').length).toBe(DEFAULT_TAXONOMY.terms.length * 5);
    const uncovered = [...document.querySelectorAll('#geen-aandacht + ul li')].map((item) => textOf(item));
    expect(uncovered).toHaveLength(RECOMMENDATIONS.length);
    expect(uncovered[0]).toContain(RECOMMENDATIONS[0]!.code);
  });

  it('counts remarks per term and role and lists only the recommendations that got no attention', async () => {
    const anna = app.addUser({ name: 'Anna de Vries', role: 'councillor', organisation: 'Gemeente Woerden' }).token;
    const chris = app.addUser({ name: 'Chris Bakker', role: 'partner', organisation: 'AKJ' }).token;
    await app.annotate(anna, 'Wat is de planning?', { terms: ['goal-2', 'rec-svmn-1'] });
    await app.annotate(anna, 'En de kosten?', { terms: ['goal-2'] });
    await app.annotate(chris, 'Wij denken mee.', { terms: ['rec-svmn-1'], kind: 'suggestion' });

    const { document, rows, table } = await matrix();
    expect(rows.get('2')?.slice(1)).toEqual(['2', '0', '0', '0', '2']);
    const svmn1 = RECOMMENDATIONS.find((term) => term.id === 'rec-svmn-1')!;
    expect(rows.get(svmn1.code)?.slice(1)).toEqual(['1', '1', '0', '0', '2']);
    expect(table.querySelector('td.heat-4')).not.toBeNull();
    const uncovered = [...document.querySelectorAll('#geen-aandacht + ul li')].map((item) => textOf(item));
    expect(uncovered).toHaveLength(RECOMMENDATIONS.length - 1);
    expect(uncovered.some((item) => item.startsWith(`${svmn1.code} `))).toBe(false);
  });

  it('filters by round and says so when the round or a date is not valid', async () => {
    const anna = app.addUser({ name: 'Anna de Vries', role: 'councillor', organisation: 'Gemeente Woerden' }).token;
    await app.annotate(anna, 'Voor elke ronde', { terms: ['goal-1'] });
    const created = await app.post('/dashboard/rondes', session, { titel: 'Voorjaar 2025', opent: '2025-03-01', sluit: '2025-03-31' });
    expect(created.status).toBe(303);
    const round = app.db.rounds.all()[0]!;
    await app.annotate(anna, 'In de ronde', { terms: ['goal-3'] });

    const inRound = await matrix(`?ronde=${round.id}`);
    expect(inRound.rows.get('1')?.[5]).toBe('0 – geen aandacht');
    expect(inRound.rows.get('3')?.[5]).toBe('1');
    expect(textOf(inRound.document.querySelector('main'))).toContain('Ronde: Voorjaar 2025');

    const wrong = await matrix('?ronde=bestaat-niet&van=2025-02-30');
    const alert = textOf(wrong.document.querySelector('[role="alert"]'));
    expect(alert).toContain('Deze ronde bestaat niet');
    expect(alert).toContain('geen geldige datum');
    expect(wrong.rows.get('1')?.[5]).toBe('1');
  });

  it('shows rounds with their status and the totals on the overview', async () => {
    const anna = app.addUser({ name: 'Anna de Vries', role: 'councillor', organisation: 'Gemeente Woerden' }).token;
    await app.post('/dashboard/rondes', session, { titel: 'Najaar 2024', opent: '2024-09-01', sluit: '2024-11-30' });
    await app.post('/dashboard/rondes', session, { titel: 'Voorjaar 2025', opent: '2025-03-01', sluit: '2025-03-31' });
    await app.post('/dashboard/rondes', session, { titel: 'Najaar 2025', opent: '2025-09-01', sluit: '2025-11-30' });
    await app.annotate(anna, 'Een vraag');
    const response = await app.request('/dashboard', { cookie: session.cookie });
    const document = parsePage(await response.text());
    const rows = [...document.querySelectorAll('tbody tr')].map((row) => [...row.querySelectorAll('th, td')].map((cell) => textOf(cell)));
    expect(rows.map((row) => [row[0], row[2], row[3]])).toEqual([
      ['Najaar 2025', 'Gepland', '0'],
      ['Voorjaar 2025', 'Open', '1'],
      ['Najaar 2024', 'Gesloten', '0'],
    ]);
    expect(rows[1]?.[1]).toBe('1 maart 2025 – 31 maart 2025');
    expect(textOf(document.querySelector('.stats'))).toContain('1 opmerking');
  });
});
