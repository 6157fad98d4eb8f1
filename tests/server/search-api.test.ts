import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { annotationPageSchema, type Annotation } from '../../shared/schemas/annotation';
import { replyTo, uuidOf, W3C } from '../helpers/api-fixtures';
import { startHttpTestServer, type HttpTestServer } from '../helpers/http-server';
import { sampleAnnotation } from '../helpers/test-app';

const RAPPORT = 'https://www.svmn.nl/rapporten/voortgang.html';
const KLACHTEN = 'https://www.svmn.nl/rapporten/klachten.html';

/** An annotation on `source` with a remark, optional tags and a quoted passage. */
function remark(source: string, text: string, options: { tags?: string[]; quote?: string; visibility?: string; terms?: string[] } = {}) {
  return sampleAnnotation(source, {
    body: [
      { type: 'TextualBody', purpose: 'commenting', value: text },
      ...(options.tags ?? []).map((tag) => ({ type: 'TextualBody', purpose: 'tagging', value: tag })),
      ...(options.terms ?? []).map((term) => ({ type: 'SpecificResource', purpose: 'classifying', source: term })),
    ],
    target: { source, selector: [{ type: 'TextQuoteSelector', exact: options.quote ?? 'een passage uit het rapport' }] },
    visibility: options.visibility ?? 'round',
  });
}

describe('GET /api/annotations?q= over HTTP, on a real database file', () => {
  let server: HttpTestServer;
  let anna: string; // councillor, Gemeente Woerden
  let wim: string; // councillor, Gemeente Woerden
  let bram: string; // partner, AKJ
  let sanne: string; // secretariat
  const ids: Record<string, string> = {};

  async function create(token: string, body: unknown): Promise<string> {
    const response = await server.fetch('/api/annotations', { method: 'POST', token, json: body });
    expect(response.status).toBe(201);
    return ((await response.json()) as Annotation).id;
  }

  async function search(token: string, query: string): Promise<Annotation[]> {
    const response = await server.fetch(`/api/annotations?${query}`, { token });
    expect(response.status, query).toBe(200);
    return annotationPageSchema.parse(await response.json()).items;
  }
  const found = async (token: string, q: string, extra = '') => (await search(token, `q=${encodeURIComponent(q)}${extra}`)).map((item) => item.id);

  beforeAll(async () => {
    server = await startHttpTestServer();
    anna = server.addUser({ name: 'Anna de Vries', role: 'councillor', organisation: 'Gemeente Woerden' });
    wim = server.addUser({ name: 'Wim Bakker', role: 'councillor', organisation: 'Gemeente Woerden' });
    bram = server.addUser({ name: 'Bram Mulder', role: 'partner', organisation: 'AKJ' });
    sanne = server.addUser({ name: 'Sanne Jansen', role: 'secretariat', organisation: 'Secretariaat' });
    ids.meldingen = await create(anna, remark(RAPPORT, 'Hoe staat het met de meldingsbereidheid van professionals?', { tags: ['Planning'], quote: 'vast aanspreekpunt per gemeente' }));
    ids.reunie = await create(bram, remark(RAPPORT, 'De reünie met cliënten was nuttig.', { terms: ['action-1-2'] }));
    ids.klacht = await create(bram, remark(KLACHTEN, 'Meldingsbereidheid daalt volgens deze klachtenanalyse.'));
    ids.privé = await create(wim, remark(RAPPORT, 'Geheime notitie over wachtlijsten.', { visibility: 'private' }));
    ids.intern = await create(wim, remark(RAPPORT, 'Intern overleg over wachtlijsten.', { visibility: 'organisation' }));
    ids.verborgen = await create(bram, remark(RAPPORT, 'Verborgen opmerking over dossiernummers.'));
    ids.antwoord = await create(anna, replyTo(ids.verborgen, 'Ook mijn antwoord noemt dossiernummers.'));
    ids.html = await create(anna, remark(KLACHTEN, '<script>alert(1)</script> & "jeugdzorg" <b>vet</b>'));
    const hidden = await server.fetch(`/api/annotations/${uuidOf(ids.verborgen)}/hide`, { method: 'POST', token: sanne, json: { reason: 'persoonsgegevens' } });
    expect(hidden.status).toBe(200);
  });
  afterAll(() => server.close());

  it('finds remark text, quoted passages, tags, term labels and author names', async () => {
    expect(await found(bram, 'professionals')).toEqual([ids.meldingen]);
    expect(await found(bram, 'aanspreekpunt')).toEqual([ids.meldingen]);
    expect(await found(bram, 'planning')).toEqual([ids.meldingen]);
    // Action 1.2 is "Organiseren dialoogbijeenkomsten".
    expect(await found(anna, 'dialoogbijeenkomsten')).toEqual([ids.reunie]);
    expect(await found(anna, 'Mulder reünie')).toEqual([ids.reunie]);
  });

  it('folds diacritics both ways and matches each word as a prefix', async () => {
    expect(await found(anna, 'reunie')).toEqual([ids.reunie]);
    expect(await found(anna, 'REÜNIE')).toEqual([ids.reunie]);
    expect(await found(anna, 'clienten')).toEqual([ids.reunie]);
    expect(await found(anna, 'melding')).toHaveLength(2);
    expect(await found(anna, 'melding profess')).toEqual([ids.meldingen]);
  });

  it('requires every word, drops Dutch stop words, and searches across documents without source', async () => {
    expect(await found(anna, 'meldingsbereidheid klachtenanalyse')).toEqual([ids.klacht]);
    expect(await found(anna, 'meldingsbereidheid onbekendwoord')).toEqual([]);
    expect((await found(anna, 'wat zei Woerden over meldingsbereidheid?'))).toEqual([ids.meldingen]);
    expect(new Set(await found(anna, 'meldingsbereidheid'))).toEqual(new Set([ids.meldingen, ids.klacht]));
  });

  it('combines with the source filter and the other filters', async () => {
    expect(await found(anna, 'meldingsbereidheid', `&source=${encodeURIComponent(KLACHTEN)}`)).toEqual([ids.klacht]);
    expect(await found(anna, 'meldingsbereidheid', `&source=${encodeURIComponent(`${RAPPORT}#deel-2`)}`)).toEqual([ids.meldingen]);
    expect(await found(anna, 'meldingsbereidheid', '&role=partner')).toEqual([ids.klacht]);
    expect(await found(anna, 'meldingsbereidheid', '&organisation=AKJ&kind=question')).toEqual([ids.klacht]);
  });

  it('ranks a match in the remark above a match in the quoted passage only', async () => {
    const quoteOnly = await create(bram, remark(RAPPORT, 'Iets anders.', { quote: 'de jeugdbescherming in de regio' }));
    const inRemark = await create(bram, remark(RAPPORT, 'Jeugdbescherming vraagt om jeugdbescherming.'));
    expect(await found(bram, 'jeugdbescherming')).toEqual([inRemark, quoteOnly]);
  });

  it("never finds someone else's private remark, and organisation-only ones only within the organisation", async () => {
    expect(new Set(await found(wim, 'wachtlijsten'))).toEqual(new Set([ids.privé, ids.intern]));
    expect(await found(anna, 'wachtlijsten')).toEqual([ids.intern]);
    expect(await found(bram, 'wachtlijsten')).toEqual([]);
    expect(await found(sanne, 'wachtlijsten')).toEqual([]);
    expect(await found(bram, 'geheime')).toEqual([]);
    expect(await found(bram, 'geheime', `&source=${encodeURIComponent(RAPPORT)}`)).toEqual([]);
  });

  it('leaves out hidden remarks and the replies under them, except for their authors and the secretariat', async () => {
    expect(await found(wim, 'dossiernummers')).toEqual([]);
    expect(await found(anna, 'dossiernummers')).toEqual([ids.antwoord]);
    expect(await found(bram, 'dossiernummers')).toEqual([ids.verborgen]);
    expect(new Set(await found(sanne, 'dossiernummers'))).toEqual(new Set([ids.verborgen, ids.antwoord]));
  });

  it('marks the matched words in an escaped highlight', async () => {
    const [item] = await search(anna, `q=${encodeURIComponent('jeugdzorg')}`);
    expect(item?.id).toBe(ids.html);
    expect(item?.highlight?.text).toBe('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;<mark>jeugdzorg</mark>&quot; &lt;b&gt;vet&lt;/b&gt;');
    const [reunie] = await search(anna, 'q=reunie+dialoog');
    expect(reunie?.highlight).toEqual({ text: 'De <mark>reünie</mark> met cliënten was nuttig.', terms: '1.2 Organiseren <mark>dialoogbijeenkomsten</mark>' });
  });

  it('understands the facets door:, label:, citaat: and term:', async () => {
    const byMulder = await found(anna, 'door:Mulder');
    expect(byMulder).toEqual(expect.arrayContaining([ids.reunie, ids.klacht]));
    expect(byMulder).not.toContain(ids.meldingen);
    expect(await found(anna, 'door:"Anna de Vries" meldingsbereidheid')).toEqual([ids.meldingen]);
    expect(await found(anna, 'door:Woerden melding')).toEqual([ids.meldingen]);
    expect(await found(anna, 'label:planning')).toEqual([ids.meldingen]);
    expect(await found(anna, 'label:professionals')).toEqual([]);
    expect(await found(anna, 'citaat:aanspreekpunt')).toEqual([ids.meldingen]);
    expect(await found(anna, 'citaat:meldingsbereidheid')).toEqual([]);
    expect(await found(anna, 'term:1.2')).toEqual([ids.reunie]);
    expect(await found(anna, 'term:1.2 nuttig')).toEqual([ids.reunie]);
    expect(await found(anna, 'term:9.9')).toEqual([]);
  });

  it('pages with next, best first', async () => {
    const first = await server.fetch(`/api/annotations?q=melding&limit=1`, { token: anna });
    const page = annotationPageSchema.parse(await first.json());
    expect(page.items).toHaveLength(1);
    expect(page.next).toBeDefined();
    const second = annotationPageSchema.parse(await (await server.fetch(page.next!, { token: anna })).json());
    expect(second.items).toHaveLength(1);
    expect(second.next).toBeUndefined();
    expect(new Set([page.items[0]!.id, second.items[0]!.id])).toEqual(new Set([ids.meldingen, ids.klacht]));
  });

  it('takes hostile input as text: never a server error, never FTS5 syntax', async () => {
    for (const q of ['"', '*', 'NEAR(', 'OR', 'meldingsbereidheid OR wachtlijsten', '"meldingsbereidheid', 'NOT meldingsbereidheid', '{author}:x', 'remark:x', '^a', '()', "'; DROP TABLE annotations; --"]) {
      const response = await server.fetch(`/api/annotations?q=${encodeURIComponent(q)}`, { token: anna });
      expect(response.status, q).toBe(200);
    }
    // "OR" is a word to find, not an operator: nothing has both words.
    expect(await found(anna, 'meldingsbereidheid OR wachtlijsten')).toEqual([]);
    expect(await found(anna, '*')).toEqual([]);
    const tooLong = await server.fetch(`/api/annotations?q=${'a'.repeat(501)}`, { token: anna });
    expect(tooLong.status).toBe(400);
    const badCursor = await server.fetch('/api/annotations?q=melding&cursor=abc', { token: anna });
    expect(badCursor.status).toBe(400);
  });

  it('ranks a search on one document, or of one author, exactly as the search across documents does', async () => {
    // Remarks that bm25 tells apart: the word once or twice, in the remark or only in the passage,
    // in short and in long texts, by two authors on two documents, one of them private.
    const texts = [
      'Pleegzorgtraject.',
      'Het pleegzorgtraject en nog een pleegzorgtraject.',
      'Een lange opmerking over wachttijden, overleg, afspraken en ook over het pleegzorgtraject in de regio.',
      'Iets anders dan het onderwerp.',
    ];
    for (const [n, text] of texts.entries()) {
      for (const [token, source] of [[bram, RAPPORT], [anna, KLACHTEN], [bram, KLACHTEN]] as const) {
        await create(token, remark(source, text, n === 3 ? { quote: 'het pleegzorgtraject in de regio' } : {}));
      }
    }
    await create(anna, remark(RAPPORT, 'Mijn eigen pleegzorgtraject.', { visibility: 'private' }));
    const everywhere = await search(anna, 'q=pleegzorgtraject&limit=200');
    expect(everywhere).toHaveLength(13);
    const ids = (items: Annotation[]) => items.map((item) => item.id);
    const onRapport = everywhere.filter((item) => typeof item.target !== 'string' && !Array.isArray(item.target) && item.target.source === RAPPORT);
    expect(onRapport).toHaveLength(5);
    expect(await found(anna, 'pleegzorgtraject', `&source=${encodeURIComponent(RAPPORT)}`)).toEqual(ids(onRapport));
    const bramId = onRapport.find((item) => item.creator?.name === 'Bram Mulder')?.creator?.id ?? '';
    const byBram = everywhere.filter((item) => item.creator?.id === bramId);
    expect(byBram).toHaveLength(8);
    expect(await found(anna, 'pleegzorgtraject', `&author=${encodeURIComponent(bramId)}&limit=200`)).toEqual(ids(byBram));
    // Paged one at a time, the document's results come in the same order.
    const paged: string[] = [];
    let next: string | undefined = `/api/annotations?q=pleegzorgtraject&source=${encodeURIComponent(RAPPORT)}&limit=2`;
    while (next) {
      const page = annotationPageSchema.parse(await (await server.fetch(next, { token: anna })).json());
      paged.push(...ids(page.items));
      next = page.next;
    }
    expect(paged).toEqual(ids(onRapport));
    // Another reader does not find the private one; a document without remarks gives nothing.
    expect(await found(bram, 'pleegzorgtraject', `&source=${encodeURIComponent(RAPPORT)}`)).toEqual(ids(onRapport).filter((id) => onRapport.find((item) => item.id === id)?.creator?.name !== 'Anna de Vries'));
    expect(await found(anna, 'pleegzorgtraject', `&source=${encodeURIComponent('https://www.svmn.nl/rapporten/leeg.html')}`)).toEqual([]);
  });

  it('finds the visible matches even when hundreds of better-or-equal ones are hidden from the reader', async () => {
    // 210 private notes rank above the three shared remarks (the words twice): a shortcut that
    // only looked at the best 200 matches would find none of the shared ones.
    for (let batch = 0; batch < 21; batch++) {
      await Promise.all(Array.from({ length: 10 }, () => create(wim, remark(KLACHTEN, 'Zeldzaamheid van pleeggezinnen, zeldzaamheid van pleeggezinnen.', { visibility: 'private' }))));
    }
    const shared = [];
    for (let n = 0; n < 3; n++) shared.push(await create(bram, remark(KLACHTEN, 'Zeldzaamheid van pleeggezinnen.')));
    expect(new Set(await found(anna, 'zeldzaamheid pleeggezinnen'))).toEqual(new Set(shared));
    expect(await found(wim, 'zeldzaamheid pleeggezinnen', '&limit=200')).toHaveLength(200);
  }, 60_000);

  it('needs a token', async () => {
    expect((await server.fetch('/api/annotations?q=melding')).status).toBe(401);
  });

  it('is what W3C clients expect: an AnnotationPage', async () => {
    const response = await server.fetch(`/api/annotations?q=reunie`, { token: anna });
    const json = (await response.json()) as { type: string; '@context': unknown[] };
    expect(json.type).toBe('AnnotationPage');
    expect(json['@context'][0]).toBe(W3C);
  });
});
