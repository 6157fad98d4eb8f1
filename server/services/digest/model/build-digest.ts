import type { AnnotationRecord } from '../../../db/annotation-row';
import type { DigestInput, ResponseRecord } from './digest-input';
import { RESPONSE_STATUSES, type Digest, type DigestRemark } from './digest-model';
import { compareRemarks, toRemark } from './remarks';
import { documentIndex, buildSummary } from './summary';
import { agendaSections, coverageMatrix, listedTerms, recommendationSections, termSections } from './terms';
import { flattenThreads } from './threads';
import type { ReplacedName } from '../pseudonymise/name-scrubber';
import { createPseudonymiser, type Pseudonymiser } from '../pseudonymise/pseudonymiser';

/**
 * Whether a record may appear. The caller already leaves out hidden annotations and tombstones;
 * checking again costs nothing and keeps a published digest safe if a caller forgets.
 */
const publishable = (record: AnnotationRecord): boolean => record.deletedAt === null && record.hidden === null;

/** A question still waiting: nobody replied and no response beyond "open". */
function isOpenQuestion(remark: DigestRemark): boolean {
  const asks = remark.kind === 'question' || remark.motivation === 'questioning';
  return asks && remark.replies.length === 0 && (remark.response === null || remark.response.status === 'open');
}

/** The response to an annotation: the input's map is the source, the record's joined copy a fallback. */
function responseOf(record: AnnotationRecord, responses: DigestInput['responses']): ResponseRecord | undefined {
  const recorded = responses.get(record.uuid);
  if (recorded || !record.response) return recorded;
  return { annotationUuid: record.uuid, ...record.response, by: { id: '', ...record.response.by } };
}

/**
 * The record as the W3C export shows it: its response is the digest's (so JSON and the other
 * formats agree), and author, remark text and responder are pseudonymised when asked.
 */
function exportRecord(record: AnnotationRecord, remark: DigestRemark | undefined, pseudo: Pseudonymiser): AnnotationRecord {
  const response = remark?.response;
  const exported: AnnotationRecord = {
    ...record,
    hidden: null,
    response: response ? { status: response.status, text: response.text, at: response.at, by: response.by } : null,
  };
  if (!pseudo.active) return exported;
  return {
    ...exported,
    // Remark texts were counted when the remark was made; tags appear only here.
    body: record.body.map((body) => (body.type === 'TextualBody' ? { ...body, value: pseudo.text(body.value, body.purpose === 'tagging') } : body)),
    author: { ...pseudo.person(record.author), id: pseudo.personId(record.author), deleted: false },
  };
}

/**
 * Builds the joint feedback digest from the annotations of a round or period: remarks grouped by
 * goal → action and recommendation group → recommendation, a coverage matrix, the open questions,
 * dilemmas, unlinked and orphaned remarks, the responses, and participation. Pure: same input,
 * same digest.
 */
export function buildDigest(input: DigestInput): Digest {
  return buildDigestWithReplacements(input).digest;
}

/**
 * The digest together with the names replaced in its texts and how often: what the secretariat
 * checks before publishing. The list names people, so it is never part of the digest itself.
 */
export function buildDigestWithReplacements(input: DigestInput): { digest: Digest; replaced: ReplacedName[] } {
  const pseudo = createPseudonymiser(input);
  const records = input.annotations.filter(publishable);
  const topLevel = records.filter((record) => record.parentUuid === null);
  const threads = flattenThreads(topLevel, records);

  const terms = listedTerms(input.taxonomy, new Set(topLevel.flatMap((record) => record.termIds)));
  const termById = new Map(input.taxonomy.terms.map((term) => [term.id, term]));
  const termOrder = new Map(input.taxonomy.terms.map((term, index) => [term.id, index]));
  const listed = new Set(terms.map((term) => term.id));
  const idByUuid = new Map(records.map((record) => [record.uuid, record.id]));
  // A title can come from an imported file, so it is scrubbed of names like every other text: once per document.
  const titles = new Map([...(input.documentTitles ?? [])].map(([source, title]) => [source, pseudo.text(title, false)] as const));
  const titleOf = (source: string): string | null => titles.get(source) ?? null;

  const remarks = topLevel
    .map((record) =>
      toRemark(record, {
        pseudonymiser: pseudo,
        terms: termById,
        termOrder,
        replies: threads.get(record.uuid) ?? [],
        response: responseOf(record, input.responses),
        anchor: input.anchorStates.get(record.uuid),
        idByUuid,
        documentTitle: titleOf(record.source),
      }),
    )
    .sort(compareRemarks(termOrder));

  const sections = termSections(terms, remarks);
  const agenda = agendaSections(terms, sections);
  const recommendations = recommendationSections(terms, sections);
  const byUuid = new Map(topLevel.map((record) => [record.uuid, record]));

  const digest: Digest = {
    title: input.title,
    round: input.round,
    period: input.period,
    generatedAt: input.generatedAt,
    taxonomyVersion: input.taxonomy.version,
    pseudonymised: pseudo.active,
    summary: buildSummary(topLevel, threads, remarks),
    agenda,
    recommendations,
    matrix: coverageMatrix(agenda, recommendations),
    openQuestions: remarks.filter(isOpenQuestion),
    dilemmas: remarks.filter((remark) => remark.kind === 'dilemma'),
    unlinked: remarks.filter((remark) => !remark.terms.some((term) => listed.has(term.id))),
    orphans: remarks.filter((remark) => remark.anchor === 'orphan'),
    responses: RESPONSE_STATUSES.map((status) => ({
      status,
      remarks: remarks.filter((remark) => remark.response?.status === status),
    })),
    documents: documentIndex(remarks),
    remarks,
    records: remarks.flatMap((remark) => {
      const top = byUuid.get(remark.uuid);
      if (top === undefined) return [];
      const replies = (threads.get(remark.uuid) ?? []).map((entry) => exportRecord(entry.record, undefined, pseudo));
      return [exportRecord(top, remark, pseudo), ...replies];
    }),
  };
  return { digest, replaced: pseudo.replaced() };
}
