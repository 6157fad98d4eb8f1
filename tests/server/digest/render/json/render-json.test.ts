import { describe, expect, it } from 'vitest';
import { annotationSchema } from '../../../../../shared/schemas/annotation';
import { buildDigest } from '../../../../../server/services/digest/model/build-digest';
import { renderJson } from '../../../../../server/services/digest/render/json/render-json';
import { SILENT_TERMS, TAXONOMY, USERS, buildFixture } from '../../support/digest-fixture';
import { expectedListedTerms, leakedNames, publishedReplies, publishedTopLevel, recordsForTerm } from '../../support/digest-test-helpers';

interface TermEntry {
  term: string;
  code: string;
  annotations: string[];
}

interface Collection {
  '@context': unknown[];
  type: string;
  label: string;
  total: number;
  first: { type: string; startIndex: number; items: unknown[] };
  'kantlijn:digest': {
    agenda: Array<{ goal: TermEntry | null; actions: TermEntry[] }>;
    recommendations: Array<{ group: string; recommendations: TermEntry[] }>;
    matrix: { rows: Array<{ termId: string; total: number; counts: Record<string, number> }>; uncovered: string[] };
    summary: { annotations: number; replies: number };
    openQuestions: string[];
    responses: Array<{ status: string; annotations: string[] }>;
    pseudonymised: boolean;
  };
}

const fixture = buildFixture();
const json = renderJson(buildDigest(fixture.input));
const collection = JSON.parse(json) as Collection;
const payload = collection['kantlijn:digest'];
const items = collection.first.items.map((item) => annotationSchema.parse(item));

describe('JSON-LD digest', () => {
  it('is a W3C AnnotationCollection with one page of valid annotations', () => {
    expect(collection['@context'][0]).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(collection['@context'][1]).toMatchObject({ kl: 'urn:kantlijn:vocab:', 'kantlijn:digest': { '@type': '@json' } });
    expect(collection.type).toBe('AnnotationCollection');
    expect(collection.label).toBe(fixture.input.title);
    expect(collection.first).toMatchObject({ type: 'AnnotationPage', startIndex: 0 });
    const expected = publishedTopLevel(fixture.input).length + publishedReplies(fixture.input).length;
    expect(collection.total).toBe(expected);
    expect(items).toHaveLength(expected);
  });

  it('keeps each thread together: the annotation, then its replies pointing at their parent', () => {
    const index = items.findIndex((item) => item.id === fixture.specials.threaded.id);
    const thread = items.slice(index, index + 5);
    expect(thread.map((item) => item.id)).toEqual([fixture.specials.threaded.id, ...fixture.specials.threadReplies.map((reply) => reply.id)]);
    expect(thread[1]).toMatchObject({ motivation: 'replying', target: fixture.specials.threaded.id });
    expect(thread[2]?.target).toBe(fixture.specials.threadReplies[0]?.id);
  });

  it('groups annotation ids under every term, none left out', () => {
    const entries = [
      ...payload.agenda.flatMap((goal) => [...(goal.goal ? [goal.goal] : []), ...goal.actions]),
      ...payload.recommendations.flatMap((group) => group.recommendations),
    ];
    expect(entries.map((entry) => entry.term).sort()).toEqual(expectedListedTerms(TAXONOMY, fixture.input).map((term) => term.id).sort());
    for (const entry of entries) {
      expect(entry.annotations.sort(), entry.code).toEqual(recordsForTerm(fixture.input, entry.term).map((record) => record.id).sort());
    }
  });

  it('carries the matrix with zero rows, the summary and the responses', () => {
    for (const termId of SILENT_TERMS) {
      expect(payload.matrix.rows.find((row) => row.termId === termId)).toMatchObject({ total: 0, counts: { councillor: 0, partner: 0, secretariat: 0, respondent: 0 } });
    }
    expect(payload.matrix.uncovered).toEqual(['action-3-3', 'rec-svmn-6b', 'rec-opdrachtgever-2']);
    expect(payload.summary.annotations).toBe(publishedTopLevel(fixture.input).length);
    expect(payload.openQuestions).toContain(fixture.specials.openQuestion.id);
    expect(payload.responses.find((group) => group.status === 'adopted')?.annotations).toEqual([fixture.specials.responded.adopted.id]);
    const adopted = items.find((item) => item.id === fixture.specials.responded.adopted.id) as { response?: { status: string } } | undefined;
    expect(adopted?.response?.status).toBe('adopted');
  });

  it('keeps remark text as data', () => {
    const xss = items.find((item) => item.id === fixture.specials.xss.id);
    expect(xss?.body[0]).toMatchObject({ type: 'TextualBody', value: expect.stringContaining('<script>alert(1)</script>') });
  });

  describe('pseudonymised', () => {
    const pseudoJson = renderJson(buildDigest(buildFixture({ pseudonymise: true }).input));
    const pseudo = JSON.parse(pseudoJson) as Collection;
    const pseudoItems = pseudo.first.items.map((item) => annotationSchema.parse(item));

    it('replaces creators by role and organisation, with pseudonymous ids', () => {
      const threaded = pseudoItems.find((item) => item.id === fixture.specials.threaded.id);
      expect(threaded?.creator).toEqual({
        id: 'urn:kantlijn:pseudonym:councillor-gemeente-amersfoort',
        type: 'Person',
        name: 'Raadslid, Gemeente Amersfoort',
        role: 'councillor',
        organisation: 'Gemeente Amersfoort',
      });
      const adopted = pseudoItems.find((item) => item.id === fixture.specials.responded.adopted.id) as { response?: { by: { name: string } } } | undefined;
      expect(adopted?.response?.by.name).toBe('Respondent, Samen Veilig Midden-Nederland');
      expect(pseudo['kantlijn:digest'].pseudonymised).toBe(true);
    });

    it('names nobody anywhere', () => {
      expect(leakedNames(pseudoJson)).toEqual([]);
      expect(leakedNames(json)).toEqual(expect.arrayContaining([USERS.anna.name, USERS.anna.id, USERS.ruben.name]));
    });
  });
});
