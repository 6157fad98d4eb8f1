/*
 * Small import files written for these tests, in the shapes the W3C Web Annotation Data Model and
 * the Hypothesis client's export use. The wording is invented for Kantlijn's reports.
 */

export const REPORT = 'https://rapporten.svmn.example/voortgang-2025';
export const LETTER = 'https://rapporten.svmn.example/raadsbrief-juni';

const W3C = 'http://www.w3.org/ns/anno.jsonld';

/** A W3C annotation from another tool: a remark, a label and a quote on the progress report. */
export function w3cRemark(id: string, exact: string, remark: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    '@context': W3C,
    id,
    type: 'Annotation',
    motivation: 'commenting',
    creator: { id: 'https://ander.example/mensen/pim', type: 'Person', name: 'Pim Jansen' },
    generator: { id: 'https://ander.example/', type: 'Software', name: 'Ander annotatieprogramma' },
    created: '2025-02-10T08:30:00+01:00',
    body: [
      { type: 'TextualBody', value: remark, format: 'text/plain', language: 'nl' },
      { type: 'TextualBody', purpose: 'tagging', value: 'wachttijden' },
    ],
    target: { source: REPORT, selector: [{ type: 'TextQuoteSelector', exact, prefix: 'In 2025 ', suffix: ' en daarna' }] },
    ...extra,
  };
}

/** A W3C reply to `parentId`, as the model writes one: its target is the annotation's IRI. */
export function w3cReply(id: string, parentId: string, remark: string): Record<string, unknown> {
  return { '@context': W3C, id, type: 'Annotation', motivation: 'replying', body: { type: 'TextualBody', value: remark }, target: parentId };
}

/** A collection with its first (and only) page in it, as a Protocol server answers a container. */
export function w3cCollection(items: unknown[]): Record<string, unknown> {
  return {
    '@context': [W3C, 'http://www.w3.org/ns/ldp.jsonld'],
    id: 'https://ander.example/annotaties/',
    type: ['BasicContainer', 'AnnotationCollection'],
    total: items.length,
    first: { id: 'https://ander.example/annotaties/?page=0', type: 'AnnotationPage', startIndex: 0, items },
  };
}

/** A page on its own. */
export function w3cPage(items: unknown[], next?: string): Record<string, unknown> {
  return { '@context': W3C, id: 'https://ander.example/annotaties/?page=0', type: 'AnnotationPage', ...(next ? { next } : {}), items };
}

/** One annotation of a Hypothesis export. */
export function hypothesisAnnotation(id: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id,
    created: '2025-01-20T14:03:11.512345+00:00',
    updated: '2025-01-20T14:05:00.000000+00:00',
    user: 'acct:lotte.devries@hypothes.is',
    user_info: { display_name: 'Lotte de Vries' },
    uri: LETTER,
    text: 'Hoe lang wachten gezinnen nu gemiddeld?',
    tags: ['wachttijden', 'jeugdbescherming'],
    group: '__world__',
    permissions: { read: ['group:__world__'], admin: ['acct:lotte.devries@hypothes.is'], update: ['acct:lotte.devries@hypothes.is'], delete: ['acct:lotte.devries@hypothes.is'] },
    target: [
      {
        source: LETTER,
        selector: [
          { type: 'RangeSelector', startContainer: '/main[1]/p[3]', startOffset: 0, endContainer: '/main[1]/p[3]', endOffset: 42 },
          { type: 'TextPositionSelector', start: 812, end: 854 },
          { type: 'TextQuoteSelector', exact: 'de wachttijd voor een eerste gesprek', prefix: 'Gemiddeld was ', suffix: ' zes weken' },
        ],
      },
    ],
    document: { title: ['Raadsbrief juni: voortgang veiligheidsketen'] },
    links: { html: `https://hypothes.is/a/${id}`, incontext: `https://hyp.is/${id}/rapporten.svmn.example/raadsbrief-juni` },
    flagged: false,
    hidden: false,
    ...overrides,
  };
}

/** A Hypothesis export file as its client writes it. */
export function hypothesisExport(annotations: unknown[]): Record<string, unknown> {
  return { export_date: '2025-02-28T10:00:00.000Z', export_userid: 'acct:lotte.devries@hypothes.is', client_version: '1.1500.0', annotations };
}
