import { remarkText } from '../../../../shared/schemas/annotation-bodies';
import type { Term } from '../../../../shared/schemas/taxonomy';
import type { AnnotationRecord } from '../../../db/annotation-row';
import type { AnchorState, ResponseRecord } from './digest-input';
import type { DigestRemark, DigestReply, DigestTermRef } from './digest-model';
import type { ThreadEntry } from './threads';
import { compareText } from './compare';
import { asRole, type Pseudonymiser } from '../pseudonymise/pseudonymiser';
import { collapseWhitespace, pageNumber, passageLink } from './passage-link';

/** What turning a record into a remark needs besides the record. */
export interface RemarkContext {
  pseudonymiser: Pseudonymiser;
  terms: ReadonlyMap<string, Term>;
  termOrder: ReadonlyMap<string, number>;
  replies: readonly ThreadEntry[];
  response: ResponseRecord | undefined;
  anchor: AnchorState | undefined;
  /** The id of each annotation by its UUID, so a reply can name what it answers. */
  idByUuid: ReadonlyMap<string, string>;
  documentTitle: string | null;
}

/** The terms a record links to: known ones in taxonomy order, then unknown ids as they are. */
function termRefs(termIds: readonly string[], context: RemarkContext): DigestTermRef[] {
  const position = (id: string): number => context.termOrder.get(id) ?? Number.MAX_SAFE_INTEGER;
  return [...new Set(termIds)]
    .sort((a, b) => position(a) - position(b) || compareText(a, b))
    .map((id) => {
      const term = context.terms.get(id);
      return term ? { id, code: term.code, label: term.label } : { id, code: id, label: 'onbekende term' };
    });
}

/** One top-level annotation as a digest remark, names already replaced when pseudonymising. */
export function toRemark(record: AnnotationRecord, context: RemarkContext): DigestRemark {
  const { pseudonymiser: pseudo } = context;
  const target = typeof record.target === 'string' ? null : record.target;
  const quote = target?.selector.find((selector) => selector.type === 'TextQuoteSelector');
  const replies: DigestReply[] = context.replies.map(({ record: reply, depth }) => ({
    id: reply.id,
    parentId: context.idByUuid.get(reply.parentUuid ?? '') ?? record.id,
    depth,
    text: pseudo.text(remarkText(reply.body)),
    author: pseudo.person(reply.author),
    created: reply.created,
  }));
  const { response } = context;
  return {
    id: record.id,
    uuid: record.uuid,
    // The stored, normalised URL: tracking parameters gone, and the same key for every remark on it.
    source: record.source,
    documentTitle: context.documentTitle,
    page: pageNumber(target?.selector ?? []),
    quote: quote ? collapseWhitespace(quote.exact) || null : null,
    link: passageLink(record.source, target?.selector ?? []),
    text: pseudo.text(remarkText(record.body)),
    kind: record.kind ?? 'none',
    motivation: record.motivation,
    author: pseudo.person(record.author),
    created: record.created,
    seq: record.seq,
    terms: termRefs(record.termIds, context),
    replies,
    response: response
      ? {
          status: response.status,
          text: pseudo.text(response.text),
          by: pseudo.person({ ...response.by, role: asRole(response.by.role) }),
          at: response.at,
        }
      : null,
    anchor: context.anchor ?? null,
  };
}

/**
 * The digest order of remarks in lists that span terms: by the first linked term (taxonomy
 * order, unlinked last), then document, then creation time, then id.
 */
export function compareRemarks(termOrder: ReadonlyMap<string, number>): (a: DigestRemark, b: DigestRemark) => number {
  const first = (remark: DigestRemark): number =>
    Math.min(Number.MAX_SAFE_INTEGER, ...remark.terms.map((term) => termOrder.get(term.id) ?? Number.MAX_SAFE_INTEGER));
  return (a, b) => first(a) - first(b) || compareWithinTerm(a, b);
}

/** The order under one term: document, then creation time (insertion order and id on ties). */
export function compareWithinTerm(a: DigestRemark, b: DigestRemark): number {
  return compareText(a.source, b.source) || compareText(a.created, b.created) || a.seq - b.seq || compareText(a.id, b.id);
}
