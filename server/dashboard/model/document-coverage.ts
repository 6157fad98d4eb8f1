import type { Role } from '../../../shared/schemas/roles';
import type { DigestRemark } from '../../services/digest/model/digest-model';

/** A registered document with every URL its annotations may be made at. */
export interface DocumentWithAddresses {
  id: string;
  title: string;
  addresses: readonly string[];
}

/** What was said on one document: remarks per role of the author, linked terms, lost passages. */
export interface DocumentCoverageRow {
  /** The document's id; `null` for the row of pages not on the reading list. */
  id: string | null;
  title: string;
  counts: Record<Role, number>;
  total: number;
  /** How many different goals, actions and recommendations its remarks link to. */
  terms: number;
  /** Remarks whose passage a reader reported as not found in the version they saw. */
  orphans: number;
}

function emptyRow(id: string | null, title: string, roles: readonly Role[]): DocumentCoverageRow & { termIds: Set<string> } {
  return { id, title, counts: Object.fromEntries(roles.map((role) => [role, 0])) as Record<Role, number>, total: 0, terms: 0, orphans: 0, termIds: new Set() };
}

/**
 * The digest's remarks per registered document (a remark counts for the document one of whose
 * addresses it was made at), with one last row for remarks on pages not on the reading list
 * (left out when there are none). Pure.
 */
export function documentCoverage(documents: readonly DocumentWithAddresses[], remarks: readonly DigestRemark[], roles: readonly Role[], elsewhereTitle: string): DocumentCoverageRow[] {
  const rows = documents.map((document) => emptyRow(document.id, document.title, roles));
  const rowBySource = new Map<string, (typeof rows)[number]>();
  documents.forEach((document, index) => {
    for (const address of document.addresses) if (!rowBySource.has(address)) rowBySource.set(address, rows[index]!);
  });
  const elsewhere = emptyRow(null, elsewhereTitle, roles);
  for (const remark of remarks) {
    const row = rowBySource.get(remark.source) ?? elsewhere;
    row.counts[remark.author.role] = (row.counts[remark.author.role] ?? 0) + 1;
    row.total += 1;
    for (const term of remark.terms) row.termIds.add(term.id);
    if (remark.anchor === 'orphan') row.orphans += 1;
  }
  const all = elsewhere.total > 0 ? [...rows, elsewhere] : rows;
  return all.map(({ termIds, ...row }) => ({ ...row, terms: termIds.size }));
}
