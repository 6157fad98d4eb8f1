import { KANTLIJN_CONTEXT, W3C_ANNOTATION_CONTEXT, type W3cAnnotation } from '../../../../../shared/schemas/annotation';
import type { Viewer } from '../../../../db/annotation-row';
import { toAnnotationJson } from '../../../annotation-view';
import type { Digest, DigestRemark, TermSection } from '../../model/digest-model';

/**
 * The reader the export is made for. The digest's records are already limited to what may be
 * published, so the secretariat's view adds nothing secret, while a lesser role would drop data.
 */
const DIGEST_VIEWER: Viewer = { id: 'kantlijn-digest', role: 'secretariat', organisation: '' };

/** The collection's context: the W3C one, Kantlijn's terms, and the digest payload as a JSON literal. */
const COLLECTION_CONTEXT = [
  W3C_ANNOTATION_CONTEXT,
  {
    ...KANTLIJN_CONTEXT,
    kantlijn: 'urn:kantlijn:vocab:',
    // JSON-LD 1.1: keep the digest's own structure as plain JSON instead of mapping every key.
    'kantlijn:digest': { '@id': 'urn:kantlijn:vocab:digest', '@type': '@json' },
  },
];

const ids = (remarks: readonly DigestRemark[]): string[] => remarks.map((remark) => remark.id);
const termEntry = (section: TermSection) => ({ term: section.term.id, code: section.term.code, annotations: ids(section.remarks) });

function annotationItems(digest: Digest): W3cAnnotation[] {
  return digest.records.map((record) => {
    const json = toAnnotationJson(record, DIGEST_VIEWER);
    if (!digest.pseudonymised) return json;
    // The record's author id is already a pseudonym key; say so instead of calling it a user.
    return { ...json, creator: { ...json.creator, id: `urn:kantlijn:pseudonym:${record.author.id}` } };
  });
}

/**
 * The digest as a W3C AnnotationCollection (JSON-LD): every annotation and reply as the API serves
 * it (pseudonymised when the digest is), plus `kantlijn:digest` with the grouping by term (ids
 * only), the coverage matrix, the summary and the responses by status.
 */
export function renderJson(digest: Digest): string {
  const items = annotationItems(digest);
  const collection = {
    '@context': COLLECTION_CONTEXT,
    type: 'AnnotationCollection',
    label: digest.title,
    total: items.length,
    first: { type: 'AnnotationPage', startIndex: 0, items },
    'kantlijn:digest': {
      round: digest.round,
      period: digest.period,
      generatedAt: digest.generatedAt,
      taxonomyVersion: digest.taxonomyVersion,
      pseudonymised: digest.pseudonymised,
      summary: digest.summary,
      matrix: digest.matrix,
      agenda: digest.agenda.map((goal) => ({
        goal: goal.goal ? termEntry(goal.goal) : null,
        actions: goal.actions.map(termEntry),
      })),
      recommendations: digest.recommendations.map((group) => ({ group: group.label, recommendations: group.recommendations.map(termEntry) })),
      openQuestions: ids(digest.openQuestions),
      dilemmas: ids(digest.dilemmas),
      unlinked: ids(digest.unlinked),
      orphans: ids(digest.orphans),
      responses: digest.responses.map((group) => ({ status: group.status, annotations: ids(group.remarks) })),
      documents: digest.documents,
    },
  };
  return `${JSON.stringify(collection, null, 2)}\n`;
}
