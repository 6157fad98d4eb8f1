import { describe, expect, it } from 'vitest';
import { buildDigest } from '../../../../server/services/digest/model/build-digest';
import type { Digest, DigestRemark, TermSection } from '../../../../server/services/digest/model/digest-model';
import { DOCS, SILENT_TERMS, TAXONOMY, USERS, buildFixture } from '../support/digest-fixture';
import {
  expectedListedTerms,
  publishedReplies,
  publishedTopLevel,
  recordsForTerm,
  roleCounts,
} from '../support/digest-test-helpers';

const fixture = buildFixture();
const digest = buildDigest(fixture.input);
const { specials } = fixture;

function allSections(d: Digest): TermSection[] {
  return [
    ...d.agenda.flatMap((goal) => [...(goal.goal ? [goal.goal] : []), ...goal.actions]),
    ...d.recommendations.flatMap((group) => group.recommendations),
  ];
}

const sectionOf = (d: Digest, termId: string): TermSection | undefined => allSections(d).find((section) => section.term.id === termId);
const ids = (remarks: readonly DigestRemark[]): string[] => remarks.map((remark) => remark.id);

describe('the fixture', () => {
  it('is as large and varied as the digest needs', () => {
    const top = publishedTopLevel(fixture.input);
    expect(top.length).toBeGreaterThanOrEqual(50);
    expect(new Set(top.map((record) => record.source)).size).toBeGreaterThanOrEqual(3);
    expect(new Set(fixture.input.annotations.map((record) => record.author.organisation)).size).toBeGreaterThanOrEqual(3);
    expect(new Set(fixture.input.annotations.map((record) => record.author.role)).size).toBeGreaterThanOrEqual(3);
    expect(publishedReplies(fixture.input).some((reply) => reply.parentUuid !== null && !top.some((record) => record.uuid === reply.parentUuid))).toBe(true);
  });
});

describe('grouping by term', () => {
  it('lists every current term in taxonomy order, and retired terms only when used', () => {
    const listed = allSections(digest).map((section) => section.term.id);
    expect(listed.sort()).toEqual(expectedListedTerms(TAXONOMY, fixture.input).map((term) => term.id).sort());
    expect(listed).toContain('action-1-7');
    expect(listed).not.toContain('action-1-8');
    expect(sectionOf(digest, 'action-1-7')?.term.retired).toBe(true);
  });

  it('groups goals with their actions and recommendations by the review’s four groups', () => {
    expect(digest.agenda.map((goal) => goal.goal?.term.code)).toEqual(['1', '2', '3']);
    expect(digest.agenda[0]?.actions.map((action) => action.term.code)).toEqual(['1.1', '1.2', '1.3', '1.4', '1.5', '1.6', '1.7']);
    expect(digest.agenda[2]?.actions.map((action) => action.term.code)).toEqual(['3.1', '3.2', '3.3']);
    expect(digest.recommendations.map((group) => group.recommendations.length)).toEqual([2, 10, 2, 2]);
    expect(digest.recommendations[1]?.label).toBe('Voor Samen Veilig Midden-Nederland');
    const subRecommendation = digest.recommendations[1]?.recommendations.find((section) => section.term.code === 'A1.3a');
    expect(subRecommendation?.term.depth).toBe(1);
  });

  it('puts each remark under exactly the terms it links to, a multi-term remark under each', () => {
    for (const section of allSections(digest)) {
      expect(ids(section.remarks).sort(), section.term.code).toEqual(recordsForTerm(fixture.input, section.term.id).map((record) => record.id).sort());
    }
    for (const termId of specials.multiTerm.termIds) {
      expect(ids(sectionOf(digest, termId)?.remarks ?? [])).toContain(specials.multiTerm.id);
    }
  });

  it('keeps terms nobody spoke to, with zero counts', () => {
    for (const termId of SILENT_TERMS) {
      const section = sectionOf(digest, termId);
      expect(section, termId).toBeDefined();
      expect(section?.remarks).toEqual([]);
      expect(section?.counts.total).toBe(0);
      expect(Object.values(section?.counts.byRole ?? {}).every((count) => count === 0)).toBe(true);
    }
  });

  it('counts by kind and by role per term', () => {
    for (const section of allSections(digest)) {
      const records = recordsForTerm(fixture.input, section.term.id);
      expect(section.counts.byRole).toEqual(roleCounts(fixture.input, section.term.id));
      expect(section.counts.byKind.question).toBe(records.filter((record) => record.kind === 'question').length);
      expect(section.counts.byKind.none).toBe(records.filter((record) => record.kind === null).length);
      expect(section.counts.total).toBe(records.length);
    }
  });

  it('orders remarks under a term by document, then time', () => {
    for (const section of allSections(digest)) {
      const keys = section.remarks.map((remark) => `${remark.source}|${remark.created}`);
      expect(keys).toEqual([...keys].sort());
    }
  });
});

describe('coverage matrix', () => {
  it('has a row per listed term with counts per role, zeros kept', () => {
    expect(digest.matrix.rows).toHaveLength(allSections(digest).length);
    for (const row of digest.matrix.rows) {
      expect(row.counts, row.code).toEqual(roleCounts(fixture.input, row.termId));
      expect(row.total).toBe(recordsForTerm(fixture.input, row.termId).length);
    }
    expect(digest.matrix.uncovered).toEqual(['action-3-3', 'rec-svmn-6b', 'rec-opdrachtgever-2']);
    const silent = digest.matrix.rows.find((row) => row.termId === 'rec-opdrachtgever-2');
    expect(silent).toMatchObject({ code: 'A2.2', kind: 'recommendation', total: 0, counts: { councillor: 0, partner: 0, secretariat: 0, respondent: 0 } });
  });
});

describe('special lists', () => {
  it('lists open questions: asked, not replied to, no response beyond "open"', () => {
    const replied = new Set(publishedReplies(fixture.input).map((reply) => reply.parentUuid));
    const expected = publishedTopLevel(fixture.input)
      .filter((record) => record.kind === 'question' || record.motivation === 'questioning')
      .filter((record) => !replied.has(record.uuid))
      .filter((record) => {
        const response = fixture.input.responses.get(record.uuid);
        return response === undefined || response.status === 'open';
      });
    expect(ids(digest.openQuestions).sort()).toEqual(expected.map((record) => record.id).sort());
    expect(ids(digest.openQuestions)).toEqual(expect.arrayContaining([specials.openQuestion.id, specials.openWithOpenResponse.id, specials.openQuestioning.id]));
    expect(ids(digest.openQuestions)).not.toContain(specials.answeredByReply.id);
    expect(ids(digest.openQuestions)).not.toContain(specials.answeredByResponse.id);
  });

  it('lists dilemmas, unlinked remarks and orphans', () => {
    const dilemmas = publishedTopLevel(fixture.input).filter((record) => record.kind === 'dilemma');
    expect(ids(digest.dilemmas).sort()).toEqual(dilemmas.map((record) => record.id).sort());
    expect(ids(digest.unlinked).sort()).toEqual([specials.unlinked.id, specials.unknownTerm.id].sort());
    expect(digest.unlinked.find((remark) => remark.id === specials.unknownTerm.id)?.terms).toEqual([{ id: 'goal-9', code: 'goal-9', label: 'onbekende term' }]);
    expect(ids(digest.orphans)).toEqual([specials.orphan.id]);
  });

  it('groups responses by status, every status present', () => {
    expect(digest.responses.map((group) => group.status)).toEqual(['open', 'acknowledged', 'answered', 'adopted', 'not-adopted']);
    for (const group of digest.responses) {
      expect(ids(group.remarks)).toContain(specials.responded[group.status].id);
      for (const remark of group.remarks) expect(remark.response?.status).toBe(group.status);
    }
    expect(ids(digest.responses[0]?.remarks ?? [])).toContain(specials.openWithOpenResponse.id);
    expect(digest.summary.responses).toEqual({ open: 2, acknowledged: 1, answered: 2, adopted: 1, 'not-adopted': 1 });
  });

  it('indexes documents by URL', () => {
    expect(digest.documents.map((entry) => entry.source)).toEqual([...Object.values(DOCS)].sort());
    expect(digest.documents.reduce((sum, entry) => sum + entry.annotations, 0)).toBe(digest.summary.annotations);
    expect(digest.documents.reduce((sum, entry) => sum + entry.replies, 0)).toBe(digest.summary.replies);
  });
});

describe('remarks and threads', () => {
  const threaded = digest.remarks.find((remark) => remark.id === specials.threaded.id);

  it('flattens nested replies in thread order with their depth', () => {
    expect(threaded?.replies.map((reply) => reply.id)).toEqual(specials.threadReplies.map((reply) => reply.id));
    expect(threaded?.replies.map((reply) => reply.depth)).toEqual([1, 2, 3, 1]);
    expect(threaded?.replies[2]?.author).toEqual({ name: USERS.ruben.name, role: 'respondent', organisation: USERS.ruben.organisation });
  });

  it('carries quote, link, kind, author and response', () => {
    const remark = digest.remarks.find((candidate) => candidate.id === specials.longQuote.id);
    expect(remark?.quote).toBe(
      'De samenwerking met de gemeenten is in 2024 verder versterkt door maandelijkse overleggen, gezamenlijke casusbesprekingen en een - nieuw - escalatiemodel.',
    );
    expect(remark?.link).toBe(`${DOCS.progress}#:~:text=In%20hoofdstuk%204%3A-,De%20samenwerking%20met%20de,%2D%20nieuw%20%2D%20escalatiemodel.,-Dit%20vraagt%20nog`);
    expect(remark?.anchor).toBe('moved');
    const highlight = digest.remarks.find((candidate) => candidate.id === specials.highlight.id);
    expect(highlight).toMatchObject({ kind: 'none', text: '' });
    const adopted = digest.remarks.find((candidate) => candidate.id === specials.responded.adopted.id);
    expect(adopted?.response).toMatchObject({ status: 'adopted', by: { name: USERS.ruben.name, role: 'respondent' } });
    const pdf = digest.remarks.find((candidate) => candidate.id === specials.multiTerm.id);
    expect(pdf?.link.startsWith(`${DOCS.reflection}#page=12:~:text=`)).toBe(true);
  });

  it('leaves out hidden annotations and the replies to them', () => {
    expect(digest.remarks.map((remark) => remark.id)).not.toContain(specials.hidden.id);
    expect(JSON.stringify(digest)).not.toContain('Reactie op een verborgen opmerking');
    expect(digest.summary.annotations).toBe(publishedTopLevel(fixture.input).length);
    expect(digest.summary.replies).toBe(publishedReplies(fixture.input).length);
  });

  it('orders all remarks by first term, then document, then time; unlinked last', () => {
    const order = new Map(TAXONOMY.terms.map((term, index) => [term.id, index]));
    const keys = digest.remarks.map((remark) => {
      const first = Math.min(...remark.terms.map((term) => order.get(term.id) ?? 9999), 9999);
      return `${String(first).padStart(4, '0')}|${remark.source}|${remark.created}`;
    });
    expect(keys).toEqual([...keys].sort());
    expect(digest.remarks.at(-1)?.terms.every((term) => !order.has(term.id))).toBe(true);
  });
});
