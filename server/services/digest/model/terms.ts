import type { Taxonomy, Term } from '../../../../shared/schemas/taxonomy';
import { OTHER_RECOMMENDATIONS } from '../texts/labels';
import {
  DIGEST_KINDS,
  DIGEST_ROLES,
  type CoverageMatrix,
  type DigestRemark,
  type GoalSection,
  type RecommendationGroupSection,
  type RemarkCounts,
  type TermSection,
} from './digest-model';
import { compareWithinTerm } from './remarks';

/**
 * The terms a digest lists, in taxonomy order: every current term, so that a recommendation
 * nobody spoke to still shows (with zero remarks), and retired terms only while remarks use them.
 */
export function listedTerms(taxonomy: Taxonomy, usedIds: ReadonlySet<string>): Term[] {
  return taxonomy.terms.filter((term) => !term.retired || usedIds.has(term.id));
}

/** Counts of a set of remarks by kind and by their author's role. */
export function countRemarks(remarks: readonly DigestRemark[]): RemarkCounts {
  const byKind = Object.fromEntries(DIGEST_KINDS.map((kind) => [kind, 0])) as RemarkCounts['byKind'];
  const byRole = Object.fromEntries(DIGEST_ROLES.map((role) => [role, 0])) as RemarkCounts['byRole'];
  for (const remark of remarks) {
    byKind[remark.kind] += 1;
    byRole[remark.author.role] += 1;
  }
  return { total: remarks.length, byKind, byRole };
}

/** Nesting below another term of the same kind (A1.3a under A1.3 is 1); bounded against cycles. */
function depthOf(term: Term, byId: ReadonlyMap<string, Term>): number {
  let depth = 0;
  let current = term;
  while (depth < 5 && current.parent !== undefined) {
    const parent = byId.get(current.parent);
    if (parent === undefined || parent.kind !== term.kind) break;
    depth += 1;
    current = parent;
  }
  return depth;
}

/** One section per listed term with the remarks linked to it, in document-then-time order. */
export function termSections(terms: readonly Term[], remarks: readonly DigestRemark[]): Map<string, TermSection> {
  const byId = new Map(terms.map((term) => [term.id, term]));
  const linked = new Map<string, DigestRemark[]>(terms.map((term) => [term.id, []]));
  for (const remark of remarks) {
    for (const ref of remark.terms) linked.get(ref.id)?.push(remark);
  }
  const sections = new Map<string, TermSection>();
  for (const term of terms) {
    const list = (linked.get(term.id) ?? []).sort(compareWithinTerm);
    sections.set(term.id, {
      term: {
        id: term.id,
        kind: term.kind,
        code: term.code,
        label: term.label,
        group: term.group ?? null,
        retired: term.retired === true,
        depth: depthOf(term, byId),
      },
      counts: countRemarks(list),
      remarks: list,
    });
  }
  return sections;
}

/** Goals each with their actions; actions without a listed goal come last under `goal: null`. */
export function agendaSections(terms: readonly Term[], sections: ReadonlyMap<string, TermSection>): GoalSection[] {
  const section = (term: Term): TermSection[] => {
    const found = sections.get(term.id);
    return found ? [found] : [];
  };
  const goals = terms.filter((term) => term.kind === 'goal');
  const goalIds = new Set(goals.map((goal) => goal.id));
  const actions = terms.filter((term) => term.kind === 'action');
  const result: GoalSection[] = goals.map((goal) => ({
    goal: sections.get(goal.id) ?? null,
    actions: actions.filter((action) => action.parent === goal.id).flatMap(section),
  }));
  const loose = actions.filter((action) => action.parent === undefined || !goalIds.has(action.parent));
  if (loose.length > 0) result.push({ goal: null, actions: loose.flatMap(section) });
  return result;
}

/** Recommendations by their group, groups in order of first appearance (the report's order). */
export function recommendationSections(
  terms: readonly Term[],
  sections: ReadonlyMap<string, TermSection>,
): RecommendationGroupSection[] {
  const groups = new Map<string, TermSection[]>();
  for (const term of terms) {
    const found = sections.get(term.id);
    if (term.kind !== 'recommendation' || found === undefined) continue;
    const label = term.group ?? OTHER_RECOMMENDATIONS;
    groups.set(label, [...(groups.get(label) ?? []), found]);
  }
  return [...groups].map(([label, recommendations]) => ({ label, recommendations }));
}

/** Every listed term × role, in the order the digest's sections list the terms. */
export function coverageMatrix(agenda: readonly GoalSection[], recommendations: readonly RecommendationGroupSection[]): CoverageMatrix {
  const ordered = [
    ...agenda.flatMap((goal) => [...(goal.goal ? [goal.goal] : []), ...goal.actions]),
    ...recommendations.flatMap((group) => group.recommendations),
  ];
  const rows = ordered.map(({ term, counts }) => ({
    termId: term.id,
    code: term.code,
    label: term.label,
    kind: term.kind,
    retired: term.retired,
    counts: { ...counts.byRole },
    total: counts.total,
  }));
  return {
    roles: [...DIGEST_ROLES],
    activeRoles: DIGEST_ROLES.filter((role) => rows.some((row) => row.counts[role] > 0)),
    rows,
    uncovered: rows.filter((row) => row.total === 0).map((row) => row.termId),
  };
}
