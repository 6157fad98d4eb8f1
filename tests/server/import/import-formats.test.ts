import { describe, expect, it } from 'vitest';
import { ImportFileError } from '../../../server/services/import/import-item';
import { readImportFile } from '../../../server/services/import/read-import-file';
import { hypothesisAnnotation, hypothesisExport, LETTER, REPORT, w3cCollection, w3cPage, w3cRemark, w3cReply } from './import-samples';

const read = (value: unknown) => readImportFile(JSON.stringify(value));
const W3C = 'http://www.w3.org/ns/anno.jsonld';

describe('reading W3C Web Annotation files', () => {
  it('reads a single annotation: remark, label, quote, provenance and its foreign id', () => {
    const file = read(w3cRemark('https://ander.example/anno/1', 'de wachttijd daalde', 'Klopt dit cijfer?'));
    expect(file.format).toBe('w3c');
    expect(file.items).toHaveLength(1);
    const [item] = file.items;
    expect(item).toMatchObject({
      position: 1,
      origin: 'https://ander.example/anno/1',
      foreignId: 'https://ander.example/anno/1',
      source: REPORT,
      repliesTo: null,
      remark: 'Klopt dit cijfer?',
      tags: ['wachttijden'],
      selectors: [{ type: 'TextQuoteSelector', exact: 'de wachttijd daalde' }],
      passageLost: false,
      created: '2025-02-10T07:30:00.000Z',
      creator: { name: 'Pim Jansen' },
      problem: null,
    });
  });

  it('reads a list, an AnnotationPage and an AnnotationCollection with its first page embedded alike', () => {
    const items = [w3cRemark('https://ander.example/anno/1', 'eerste', 'Een'), w3cRemark('https://ander.example/anno/2', 'tweede', 'Twee')];
    for (const value of [items, w3cPage(items), w3cCollection(items)]) {
      const file = read(value);
      expect(file.items.map((item) => item.remark)).toEqual(['Een', 'Twee']);
      expect(file.warnings).toEqual([]);
    }
  });

  it('warns when a page or collection says there is more than the file holds', () => {
    const items = [w3cRemark('https://ander.example/anno/1', 'eerste', 'Een')];
    expect(read(w3cPage(items, 'https://ander.example/annotaties/?page=1')).warnings[0]).toMatch(/volgende pagina/);
    expect(read({ ...w3cCollection(items), total: 40 }).warnings[0]).toMatch(/1 van 40/);
  });

  it('takes 5,000 annotations in one file and refuses more, saying what to do', () => {
    const remarks = (n: number) => Array.from({ length: n }, (_, i) => w3cRemark(`https://ander.example/anno/${i}`, 'de wachttijd daalde', `Opmerking ${i}`));
    expect(read(remarks(5_000)).items).toHaveLength(5_000);
    expect(() => read(remarks(5_001))).toThrow(/bevat 5001 annotaties; één import mag er hoogstens 5000 hebben\. Verdeel het bestand\./);
  });

  it('refuses a collection whose first page is only an address, saying what to do', () => {
    const value = { '@context': W3C, id: 'https://ander.example/annotaties/', type: 'AnnotationCollection', total: 3, first: 'https://ander.example/annotaties/?page=0' };
    expect(() => read(value)).toThrow(ImportFileError);
    expect(() => read(value)).toThrow(/PreferContainedDescriptions/);
  });

  it('knows a reply by its target naming another annotation of the file, or by motivation replying', () => {
    const file = read([w3cRemark('https://ander.example/anno/1', 'eerste', 'Een'), w3cReply('https://ander.example/anno/2', 'https://ander.example/anno/1', 'Eens.')]);
    expect(file.items[1]).toMatchObject({ repliesTo: 'https://ander.example/anno/1', source: null, remark: 'Eens.' });
  });

  it('takes each shape of the model: bare IRIs, bodyValue, HTML, Choice, Composite, several targets', () => {
    const file = read([
      // Just a body and a target, both IRIs.
      { '@context': W3C, id: 'https://ander.example/a/basis', type: 'Annotation', body: 'https://ander.example/bijdragen/1', target: REPORT },
      // A plain text body given as bodyValue.
      { '@context': W3C, id: 'https://ander.example/a/waarde', type: 'Annotation', bodyValue: 'Goed punt', target: REPORT },
      // An HTML body, read as the words a reader sees.
      { '@context': W3C, id: 'https://ander.example/a/html', type: 'Annotation', body: { type: 'TextualBody', value: '<p>Zie <b>hoofdstuk 2</b> &amp; 3</p>', format: 'text/html', language: 'nl' }, target: REPORT },
      // A choice between languages: the first is taken.
      { '@context': W3C, id: 'https://ander.example/a/keuze', type: 'Annotation', body: { type: 'Choice', items: [{ type: 'TextualBody', value: 'Nederlands' }, { type: 'TextualBody', value: 'English' }] }, target: REPORT },
      // A composite of a remark and a tag; two targets, of which Kantlijn keeps the first.
      { '@context': W3C, id: 'https://ander.example/a/samen', type: 'Annotation', body: { type: 'Composite', items: [{ type: 'TextualBody', value: 'Samen' }, { type: 'TextualBody', purpose: 'tagging', value: 'ketens' }] }, target: [REPORT, LETTER] },
      // An external target named by id, with its type.
      { '@context': W3C, id: 'https://ander.example/a/extern', type: 'Annotation', bodyValue: 'Over het hele rapport', target: { id: REPORT, type: 'Text', format: 'text/html' } },
    ]);
    const [basis, value, html, choice, composite, external] = file.items;
    expect(basis).toMatchObject({ remark: '', source: REPORT });
    expect(basis!.dropped.join()).toMatch(/bijdragen\/1/);
    expect(value!.remark).toBe('Goed punt');
    expect(html!.remark).toBe('Zie hoofdstuk 2 & 3');
    expect(choice!.remark).toBe('Nederlands');
    expect(choice!.dropped.join()).toMatch(/Choice/);
    expect(composite).toMatchObject({ remark: 'Samen', tags: ['ketens'], source: REPORT });
    expect(composite!.dropped.join()).toMatch(/doel/);
    expect(external).toMatchObject({ remark: 'Over het hele rapport', source: REPORT });
  });

  it('reads past what Kantlijn does not model: audience, rights, styles, states, scope, agents as lists', () => {
    const file = read({
      '@context': W3C,
      id: 'https://ander.example/a/volledig',
      type: ['Annotation'],
      motivation: ['bookmarking', 'questioning'],
      creator: [{ id: 'mailto:pim@ander.example', type: 'Person', nickname: 'pim' }],
      generated: '2025-02-11T10:00:00Z',
      audience: { id: 'https://ander.example/doelgroep/raad', type: 'schema:Audience' },
      rights: 'https://creativecommons.org/licenses/by/4.0/',
      stylesheet: { type: 'CssStylesheet', value: '.rood { color: red }' },
      body: [{ id: 'https://ander.example/opmerking/7', type: 'TextualBody', value: 'Waarom nu?', language: 'nl', textDirection: 'ltr' }, { type: 'SpecificResource', purpose: 'tagging', source: 'https://ander.example/steden/utrecht' }],
      target: {
        type: 'SpecificResource',
        source: REPORT,
        styleClass: 'rood',
        scope: 'https://ander.example/map',
        state: { type: 'TimeState', cached: 'https://archief.example/kopie', sourceDate: '2025-01-01T00:00:00Z' },
        renderedVia: { id: 'https://ander.example/lezer', type: 'Software' },
        selector: { type: 'TextQuoteSelector', exact: 'zes weken', prefix: 'wachttijd van ', suffix: ' voor' },
      },
    });
    expect(file.items[0]).toMatchObject({ problem: null, motivation: 'questioning', remark: 'Waarom nu?', source: REPORT, passageLost: false, creator: [{ nickname: 'pim' }] });
    expect(file.items[0]!.dropped.join()).toMatch(/steden\/utrecht/);
  });

  it('keeps quotes, positions and PDF pages, and marks a passage named only by range, XPath or position as lost', () => {
    const target = (selector: unknown) => ({ '@context': W3C, type: 'Annotation', bodyValue: 'x', target: { source: REPORT, selector } });
    const file = read([
      target([{ type: 'TextQuoteSelector', exact: 'zes weken' }, { type: 'TextPositionSelector', start: 10, end: 19 }]),
      target({ type: 'RangeSelector', startSelector: { type: 'XPathSelector', value: '/p[1]' }, endSelector: { type: 'XPathSelector', value: '/p[2]' } }),
      target({ type: 'FragmentSelector', value: 'page=4', refinedBy: { type: 'TextQuoteSelector', exact: 'zes weken' } }),
      target({ type: 'TextPositionSelector', start: 10, end: 19 }),
      target({ type: 'CssSelector', value: '#samenvatting' }),
    ]);
    const [both, range, refined, position, css] = file.items;
    expect(both!.selectors.map((s) => s.type)).toEqual(['TextQuoteSelector', 'TextPositionSelector']);
    expect(both!.passageLost).toBe(false);
    expect(range).toMatchObject({ passageLost: true, selectors: [] });
    expect(range!.dropped.join()).toMatch(/RangeSelector/);
    expect(refined!.selectors.map((s) => s.type)).toEqual(['FragmentSelector', 'TextQuoteSelector']);
    expect(refined!.passageLost).toBe(false);
    expect(position).toMatchObject({ passageLost: true, selectors: [] });
    expect(position!.dropped.join()).toMatch(/positie zonder citaat/);
    expect(css!.passageLost).toBe(true);
  });

  it('gives an item without an id an origin from its content, the same whatever the order of its keys', () => {
    const a = read({ '@context': W3C, type: 'Annotation', bodyValue: 'Zonder id', target: REPORT });
    const b = read({ target: REPORT, bodyValue: 'Zonder id', type: 'Annotation', '@context': W3C });
    const c = read({ '@context': W3C, type: 'Annotation', bodyValue: 'Iets anders', target: REPORT });
    expect(a.items[0]!.origin).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(b.items[0]!.origin).toBe(a.items[0]!.origin);
    expect(c.items[0]!.origin).not.toBe(a.items[0]!.origin);
  });

  it('marks what is no annotation as a problem of that item, not of the file', () => {
    const file = read([w3cRemark('https://ander.example/anno/1', 'eerste', 'Een'), { '@context': W3C, type: 'Annotation' }, { type: 'Annotation', target: [] }]);
    expect(file.items[0]!.problem).toBeNull();
    expect(file.items[1]!.problem).toMatch(/doel/);
    expect(file.items[2]!.problem).toMatch(/doel/);
  });
});

describe('reading the Hypothesis export', () => {
  it('maps text, tags, the quote, the document, the author and the time', () => {
    const file = read(hypothesisExport([hypothesisAnnotation('Ab12Cd34Ef')]));
    expect(file.format).toBe('hypothesis');
    expect(file.items[0]).toMatchObject({
      origin: 'https://hypothes.is/a/Ab12Cd34Ef',
      foreignId: 'https://hypothes.is/a/Ab12Cd34Ef',
      source: LETTER,
      documentTitle: 'Raadsbrief juni: voortgang veiligheidsketen',
      remark: 'Hoe lang wachten gezinnen nu gemiddeld?',
      tags: ['wachttijden', 'jeugdbescherming'],
      visibility: 'round',
      creator: { id: 'acct:lotte.devries@hypothes.is', type: 'Person', name: 'Lotte de Vries' },
      generator: { type: 'Software', name: 'Hypothesis' },
      created: '2025-01-20T14:03:11.512Z',
      passageLost: false,
    });
    // The range selector is left out without a word: beside the quote it loses nothing.
    expect(file.items[0]!.selectors.map((s) => s.type)).toEqual(['TextPositionSelector', 'TextQuoteSelector']);
    expect(file.items[0]!.dropped).toEqual([]);
  });

  it('reads replies by their references, private and group annotations, page notes and PDFs named by fingerprint', () => {
    const file = read(
      hypothesisExport([
        hypothesisAnnotation('Root000001'),
        hypothesisAnnotation('Reply00001', { references: ['Root000001'], target: [{ source: LETTER }], text: 'Zes weken, staat verderop.', tags: [] }),
        hypothesisAnnotation('Private001', { permissions: { read: ['acct:lotte.devries@hypothes.is'] } }),
        hypothesisAnnotation('Group00001', { group: 'k3Zx9', permissions: { read: ['group:k3Zx9'] } }),
        hypothesisAnnotation('PageNote01', { target: [{ source: LETTER }], text: 'Over de hele brief.' }),
        hypothesisAnnotation('Pdf0000001', { uri: 'urn:x-pdf:6f1c0ab2', target: [{ source: 'urn:x-pdf:6f1c0ab2' }], document: { title: ['Jaarverslag'], link: [{ href: 'urn:x-pdf:6f1c0ab2' }, { href: 'https://rapporten.svmn.example/jaarverslag.pdf' }] } }),
      ]),
    );
    const [, reply, privateOne, group, pageNote, pdf] = file.items;
    expect(reply).toMatchObject({ repliesTo: 'https://hypothes.is/a/Root000001', source: null });
    expect(privateOne!.visibility).toBe('private');
    expect(group!.visibility).toBe('organisation');
    expect(group!.dropped.join()).toMatch(/k3Zx9/);
    expect(pageNote).toMatchObject({ selectors: [], passageLost: false, remark: 'Over de hele brief.' });
    expect(pdf!.source).toBe('https://rapporten.svmn.example/jaarverslag.pdf');
  });

  it('reads a bare list and a search answer (rows) as well as the export', () => {
    expect(read([hypothesisAnnotation('Ab12Cd34Ef')]).items).toHaveLength(1);
    expect(read({ total: 1, rows: [hypothesisAnnotation('Ab12Cd34Ef')] }).items).toHaveLength(1);
  });
});

describe('files that cannot be imported', () => {
  it('says in Dutch what is wrong and what to do', () => {
    expect(() => readImportFile('{ dit is geen json')).toThrow(/geen geldige JSON/);
    expect(() => readImportFile('[]')).toThrow(/geen annotaties/);
    expect(() => read(hypothesisExport([]))).toThrow(/geen annotaties/);
    expect(() => read({ naam: 'iets anders' })).toThrow(/geen W3C-annotatie.*Hypothesis-export/);
    expect(() => readImportFile('x'.repeat(4 * 1024 * 1024 + 1))).toThrow(/groter dan 4 MB/);
  });

  it('refuses a file nested too deep to read with a Dutch message, not an unexpected failure', () => {
    let body = '{"type":"TextualBody","value":"Diep"}';
    for (let depth = 0; depth < 20_000; depth += 1) body = `{"type":"Choice","items":[${body}]}`;
    const nestedBody = `{"type":"Annotation","id":"https://ander.example/anno/diep","body":${body},"target":"${REPORT}"}`;
    expect(() => readImportFile(nestedBody)).toThrow(ImportFileError);
    expect(() => readImportFile(nestedBody)).toThrow(/te diep genest/);
    // Without an id, the origin is a hash of the whole content, which walks all of it.
    const nestedExtra = `{"type":"Annotation","bodyValue":"Diep","target":"${REPORT}","extra":${'['.repeat(20_000)}1${']'.repeat(20_000)}}`;
    expect(() => readImportFile(nestedExtra)).toThrow(/te diep genest/);
  });

  it('reads an HTML body of thousands of nested tags as its text', () => {
    const file = read(w3cRemark('https://ander.example/anno/html', 'citaat', '', { body: { type: 'TextualBody', format: 'text/html', value: `${'<span>'.repeat(200_000)}Diep<p>verstopt</p>` } }));
    expect(file.items[0]?.remark).toBe('Diepverstopt');
  });
});
