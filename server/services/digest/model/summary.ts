import type { Role } from '../../../../shared/schemas/roles';
import type { AnnotationRecord } from '../../../db/annotation-row';
import { compareDutch, compareText } from './compare';
import {
  DIGEST_KINDS,
  DIGEST_ROLES,
  RESPONSE_STATUSES,
  type DigestRemark,
  type DigestSummary,
  type DocumentEntry,
  type ParticipationRow,
} from './digest-model';
import type { ThreadEntry } from './threads';

/** A counted contribution: who wrote it (by id, never shown), and whether it is a reply. */
interface Contribution {
  record: AnnotationRecord;
  isReply: boolean;
}

function tally(contributions: readonly Contribution[]): ParticipationRow {
  return {
    participants: new Set(contributions.map(({ record }) => record.author.id)).size,
    annotations: contributions.filter((entry) => !entry.isReply).length,
    replies: contributions.filter((entry) => entry.isReply).length,
  };
}

function groupBy<K>(items: readonly Contribution[], key: (item: Contribution) => K): Map<K, Contribution[]> {
  const groups = new Map<K, Contribution[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
}

/**
 * Totals and participation. Participation is by role and by organisation only: people are
 * counted by their id, and no name or id leaves this function.
 */
export function buildSummary(
  topLevel: readonly AnnotationRecord[],
  threads: ReadonlyMap<string, readonly ThreadEntry[]>,
  remarks: readonly DigestRemark[],
): DigestSummary {
  const contributions: Contribution[] = topLevel.flatMap((record) => [
    { record, isReply: false },
    ...(threads.get(record.uuid) ?? []).map((entry) => ({ record: entry.record, isReply: true })),
  ]);
  const byRoleGroups = groupBy(contributions, ({ record }) => record.author.role);
  const byOrganisationGroups = groupBy(contributions, ({ record }) => record.author.organisation);
  const byKind = Object.fromEntries(DIGEST_KINDS.map((kind) => [kind, 0])) as DigestSummary['byKind'];
  const responses = Object.fromEntries(RESPONSE_STATUSES.map((status) => [status, 0])) as DigestSummary['responses'];
  for (const remark of remarks) {
    byKind[remark.kind] += 1;
    if (remark.response) responses[remark.response.status] += 1;
  }
  const total = tally(contributions);
  return {
    annotations: total.annotations,
    replies: total.replies,
    documents: new Set(topLevel.map((record) => record.source)).size,
    participants: total.participants,
    byKind,
    // Every role is listed, also one nobody had: "no partner spoke" is itself a finding.
    byRole: DIGEST_ROLES.map((role) => ({ role, ...tally(byRoleGroups.get(role) ?? []) })),
    byOrganisation: [...byOrganisationGroups]
      .sort(([a], [b]) => compareDutch(a, b))
      .map(([organisation, items]) => ({
        organisation,
        roles: DIGEST_ROLES.filter((role: Role) => items.some(({ record }) => record.author.role === role)),
        ...tally(items),
      })),
    responses,
  };
}

/** Per document (its title when registered, by URL otherwise) the annotations and replies on it. */
export function documentIndex(remarks: readonly DigestRemark[]): DocumentEntry[] {
  const entries = new Map<string, DocumentEntry>();
  for (const remark of remarks) {
    const entry = entries.get(remark.source) ?? { source: remark.source, title: remark.documentTitle, annotations: 0, replies: 0 };
    entry.annotations += 1;
    entry.replies += remark.replies.length;
    entries.set(remark.source, entry);
  }
  return [...entries.values()].sort((a, b) => compareText(a.source, b.source));
}
