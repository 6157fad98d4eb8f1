import { describe, expect, it } from 'vitest';
import { buildDigest } from '../../../../../server/services/digest/model/build-digest';
import { escapeHtml } from '../../../../../server/services/digest/render/html/escape-html';
import { renderHtml } from '../../../../../server/services/digest/render/html/render-html';
import { DOCS, SILENT_TERMS, TAXONOMY, buildFixture } from '../../support/digest-fixture';
import { expectedListedTerms, leakedNames, recordsForTerm, textOf } from '../../support/digest-test-helpers';

const fixture = buildFixture();
const digest = buildDigest(fixture.input);
const html = renderHtml(digest);
const { specials } = fixture;

/** The HTML of each term's block: from its heading to the next heading. */
function termBlock(termId: string): string {
  const start = html.indexOf(`id="term-${termId}"`);
  if (start < 0) throw new Error(`geen term ${termId}`);
  const rest = html.slice(start);
  const end = rest.slice(1).search(/<h[1-4][ >]/);
  return end < 0 ? rest : rest.slice(0, end + 1);
}

/** The HTML of a top-level section by id. */
function sectionHtml(id: string): string {
  const start = html.indexOf(`<section id="${id}"`);
  const end = html.indexOf('</section>', start);
  return html.slice(start, end);
}

const ALLOWED_TAGS = new Set([
  '!doctype', 'html', 'head', 'meta', 'title', 'style', 'body', 'header', 'nav', 'main', 'section', 'article',
  'h1', 'h2', 'h3', 'h4', 'p', 'ol', 'li', 'a', 'table', 'caption', 'thead', 'tbody', 'tr', 'th', 'td',
  'dl', 'dt', 'dd', 'blockquote', 'span', 'em', 'strong', 'time', 'div', 'br', 'abbr',
]);

describe('HTML digest', () => {
  it('is a standalone Dutch HTML5 page without scripts or external resources', () => {
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="nl">')).toBe(true);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toMatch(/<style>[\s\S]*@media print[\s\S]*<\/style>/);
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<[^>]*\ssrc=/i);
    expect(html).not.toMatch(/<link/i);
    expect(html).not.toMatch(/@import|url\(/i);
    expect(html).toContain(`Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'"`);
  });

  it('contains only the elements the renderer writes: every dynamic string is escaped', () => {
    const tags = new Set([...html.matchAll(/<\/?([!a-zA-Z][a-zA-Z0-9]*)/g)].map((match) => (match[1] ?? '').toLowerCase()));
    expect([...tags].filter((tag) => !ALLOWED_TAGS.has(tag))).toEqual([]);
    expect(html).not.toMatch(/<[^>]*\sonerror=/i);
    expect(html).toContain('Let op: &lt;script&gt;alert(1)&lt;/script&gt; en &lt;img src=x onerror=alert(1)&gt; &amp; &quot;quotes&quot;');
  });

  it('links only to http(s) and in-page anchors; other URLs are text', () => {
    const hrefs = [...html.matchAll(/href="([^"]*)"/g)].map((match) => match[1] ?? '');
    expect(hrefs.length).toBeGreaterThan(50);
    expect(hrefs.filter((href) => !/^(https?:\/\/|#)/.test(href))).toEqual([]);
    expect(html).toContain(`naar de passage: <span class="url">${escapeHtml(DOCS.local)}#:~:text=`);
    const tampered = buildDigest(buildFixture().input);
    const first = tampered.remarks[0];
    if (!first) throw new Error('geen opmerking');
    first.link = 'javascript:alert(1)';
    const out = renderHtml(tampered);
    expect(out).not.toContain('href="javascript:');
    expect(out).toContain('naar de passage: <span class="url">javascript:alert(1)</span>');
  });

  it('has a heading hierarchy without skipped levels', () => {
    const levels = [...html.matchAll(/<h([1-6])[ >]/g)].map((match) => Number(match[1]));
    expect(levels.filter((level) => level === 1)).toHaveLength(1);
    for (let index = 1; index < levels.length; index += 1) {
      expect(levels[index] ?? 0).toBeLessThanOrEqual((levels[index - 1] ?? 0) + 1);
    }
  });

  it('lists every remark under each term it links to, quotes in blockquotes, and the silent terms once', () => {
    const silent = [...html.matchAll(/<p class="silent"><strong>Geen aandacht:<\/strong> ([^<]*)<\/p>/g)].map((match) => match[1] ?? '');
    expect(silent).toHaveLength(2);
    for (const term of expectedListedTerms(TAXONOMY, fixture.input)) {
      const records = recordsForTerm(fixture.input, term.id);
      if (records.length === 0) {
        expect(html, term.code).not.toContain(`id="term-${term.id}"`);
        expect(silent.join('; '), term.code).toMatch(new RegExp(`(^|; )${term.code.replace('.', '\\.')} `));
        continue;
      }
      const block = termBlock(term.id);
      expect(block.match(/<article class="remark">/g) ?? [], term.code).toHaveLength(records.length);
      for (const record of records) {
        const text = textOf(record).split('\n')[0] ?? '';
        if (text !== '') expect(block, `${term.code} ${record.id}`).toContain(escapeHtml(text));
      }
    }
    expect(termBlock('goal-1')).toContain('<blockquote><p>In 2024 zijn zes dialoogbijeenkomsten met cliënten en ketenpartners georganiseerd.</p></blockquote>');
  });

  it('shows the coverage matrix with short headers and a legend, heat-map classes with the numbers, zeros written', () => {
    const matrix = sectionHtml('dekkingsmatrix');
    expect(matrix).toContain('<table class="matrix" aria-describedby="matrix-uitleg"><caption>');
    expect(matrix).toMatch(/<p id="matrix-uitleg" class="muted">[^<]*Raad = raadsleden · Keten = ketenpartners · Secr\. = secretariaat · Totaal = /);
    expect(matrix).toContain('<th scope="col" class="num"><abbr title="raadsleden">Raad</abbr></th>');
    // SVMN wrote no remarks of its own in this round: no column for it.
    expect(matrix).not.toContain('>SVMN</abbr>');
    expect(matrix.match(/<tbody>[\s\S]*<\/tbody>/)?.[0].match(/<tr>/g)).toHaveLength(digest.matrix.rows.length);
    for (const termId of SILENT_TERMS) {
      const code = TAXONOMY.terms.find((term) => term.id === termId)?.code ?? '';
      const row = matrix.split('\n').find((line) => line.includes(`<th scope="row" class="code">${code}</th>`));
      expect(row?.match(/<td class="num heat-0">0<\/td>/g), termId).toHaveLength(4);
    }
    const busy = matrix.split('\n').find((line) => line.includes('href="#term-rec-svmn-2"'));
    const counts = digest.matrix.rows.find((row) => row.termId === 'rec-svmn-2');
    expect(busy).toMatch(new RegExp(`<td class="num heat-[1-4]">${counts?.total}</td></tr>`));
    expect(html).toMatch(/@page matrix \{ size: A4 landscape;/);
  });

  it('follows the Word report: summary in sentences, who took part, the same order of sections', () => {
    expect(html).toMatch(/<header class="cover">[\s\S]*<p>Meegedaan: 7 mensen, [^<]*<\/p>/);
    expect(sectionHtml('samenvatting')).toMatch(/<p>In deze ronde deden 7 mensen mee: [^<]+\.<\/p>/);
    const order = [...html.matchAll(/<section id="([^"]+)"/g)].map((match) => match[1]);
    expect(order).toEqual(['samenvatting', 'dekkingsmatrix', 'doelen-en-acties', 'aanbevelingen', 'open-vragen', 'dilemmas', 'zonder-koppeling', 'verweesd', 'wat-is-er-gedaan', 'per-document']);
  });

  it('has the special sections with the right remarks', () => {
    const open = sectionHtml('open-vragen');
    expect(open.match(/<article/g)).toHaveLength(digest.openQuestions.length);
    expect(open).toContain('Hoeveel klachten zijn gegrond verklaard?');
    expect(open).not.toContain('Wie waren daarbij aanwezig?');
    expect(sectionHtml('dilemmas').match(/<article/g)).toHaveLength(digest.dilemmas.length);
    expect(sectionHtml('zonder-koppeling')).toContain('Algemene opmerking zonder koppeling.');
    expect(sectionHtml('verweesd')).toContain('Deze passage is uit de nieuwe versie verdwenen.');
    const done = sectionHtml('wat-is-er-gedaan');
    expect(done).toContain('<h3>Overgenomen (1)</h3>');
    expect(done).toContain('<strong>Antwoord van SVMN: niet overgenomen</strong>');
    expect(sectionHtml('per-document')).toContain(`<a class="url" href="${escapeHtml(DOCS.complaints)}">`);
  });

  it('shows nested replies with their depth', () => {
    const block = termBlock('rec-opdrachtgever-1');
    expect(block).toMatch(/<li class="depth-1"><p class="meta">Reactie van Chris Bakker[^]*<li class="depth-2"><p class="meta">Reactie van Eva Kok[^]*<li class="depth-3"><p class="meta">Reactie van Ruben Visser[^]*<li class="depth-1"><p class="meta">Reactie van Dewi Smit/);
    expect(specials.threaded.termIds).toContain('rec-opdrachtgever-1');
  });

  it('names nobody when pseudonymised', () => {
    const pseudo = renderHtml(buildDigest(buildFixture({ pseudonymise: true }).input));
    expect(leakedNames(pseudo)).toEqual([]);
    expect(pseudo).toContain('Raadslid, Gemeente Woerden');
    expect(leakedNames(html)).toContain('Anna de Vries');
  });
});
