import type { Annotation } from '../../../shared/schemas/annotation';
import { termIdsOf } from '../../../shared/schemas/annotation-bodies';
import type { Term } from '../../../shared/schemas/taxonomy';
import type { ShownAnnotation } from '../../annotator/document-integration';

/** The sidebar's filters; empty strings mean "all". */
export interface SidebarFilters {
  termId: string;
  kind: string;
  role: string;
  organisation: string;
  mineOnly: boolean;
}

/** No filter set. */
export const NO_FILTERS: SidebarFilters = { termId: '', kind: '', role: '', organisation: '', mineOnly: false };

/** An annotation on the document with its replies in thread order (nested replies indented by depth). */
export interface Thread {
  shown: ShownAnnotation;
  replies: { annotation: Annotation; depth: number }[];
}

/** The quoted passage of an annotation, white space collapsed. */
export function quoteOf(annotation: Annotation): string {
  if (typeof annotation.target === 'string') return '';
  const quote = annotation.target.selector.find((selector) => selector.type === 'TextQuoteSelector');
  return quote && 'exact' in quote ? quote.exact.replace(/\s+/g, ' ').trim() : '';
}

/**
 * Threads of the document: top-level annotations in document order (orphans apart, by date), each
 * with its replies depth-first in the order they were written.
 */
export function buildThreads(shown: readonly ShownAnnotation[], all: readonly Annotation[]): { placed: Thread[]; orphans: Thread[] } {
  const children = new Map<string, Annotation[]>();
  for (const annotation of all) {
    if (typeof annotation.target !== 'string') continue;
    const list = children.get(annotation.target) ?? [];
    list.push(annotation);
    children.set(annotation.target, list);
  }
  const repliesOf = (id: string, depth: number): Thread['replies'] =>
    [...(children.get(id) ?? [])]
      .sort((a, b) => a.created.localeCompare(b.created))
      .flatMap((reply) => [{ annotation: reply, depth }, ...repliesOf(reply.id, depth + 1)]);
  const threads = shown.map((item) => ({ shown: item, replies: repliesOf(item.annotation.id, 1) }));
  return {
    placed: threads.filter((thread) => thread.shown.start !== null).sort((a, b) => a.shown.start! - b.shown.start!),
    orphans: threads.filter((thread) => thread.shown.start === null).sort((a, b) => a.shown.annotation.created.localeCompare(b.shown.annotation.created)),
  };
}

/** True when the thread's annotation passes every set filter (`me` is the signed-in user's id). */
export function matchesFilters(annotation: Annotation, filters: SidebarFilters, me: string | null): boolean {
  if (filters.termId && !termIdsOf(annotation.body).includes(filters.termId)) return false;
  if (filters.kind && annotation.kind !== filters.kind) return false;
  if (filters.role && annotation.creator.role !== filters.role) return false;
  if (filters.organisation && annotation.creator.organisation !== filters.organisation) return false;
  if (filters.mineOnly && annotation.creator.id !== `urn:kantlijn:user:${me ?? ''}`) return false;
  return true;
}

/** How many of `annotations` link to each goal and recommendation (counting links to its actions or sub-points). */
export function countPerGoalAndRecommendation(annotations: readonly Annotation[], terms: readonly Term[]): { term: Term; count: number }[] {
  const byId = new Map(terms.map((term) => [term.id, term]));
  const counts = new Map<string, Set<string>>();
  for (const annotation of annotations) {
    for (const termId of termIdsOf(annotation.body)) {
      const term = byId.get(termId);
      if (!term) continue;
      const counted = term.parent ? term.parent : term.id;
      counts.set(counted, (counts.get(counted) ?? new Set()).add(annotation.id));
    }
  }
  return terms
    .filter((term) => term.kind === 'goal' || (term.kind === 'recommendation' && !term.parent))
    .map((term) => ({ term, count: counts.get(term.id)?.size ?? 0 }));
}
