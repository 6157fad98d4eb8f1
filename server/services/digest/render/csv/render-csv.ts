import { stringify } from 'csv-stringify/sync';
import { KIND_LABELS, ROLE_LABELS, STATUS_LABELS } from '../../texts/labels';
import type { Digest, DigestRemark } from '../../model/digest-model';
import { formatSortable } from '../../texts/format-date';

/** The column headers, in Dutch, in order. */
export const CSV_COLUMNS = [
  'id',
  'document',
  'citaat',
  'opmerking',
  'soort',
  'termen',
  'auteur',
  'rol',
  'organisatie',
  'datum',
  'reacties',
  'antwoordstatus',
  'antwoord',
] as const;

/**
 * Spreadsheet programs run a cell that starts with = + - @ (or TAB/CR, which some strip first)
 * as a formula: `=HYPERLINK(…)` in a remark would become a live link, or worse. A leading
 * apostrophe makes it text (OWASP "CSV injection"). Applied to every cell: quotes, URLs and names
 * are user-controlled too.
 */
export function neutraliseCell(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

function row(remark: DigestRemark): string[] {
  const cells = [
    remark.id,
    remark.source,
    remark.quote ?? '',
    remark.text,
    KIND_LABELS[remark.kind],
    remark.terms.map((term) => term.code).join('; '),
    remark.author.name,
    ROLE_LABELS[remark.author.role],
    remark.author.organisation,
    formatSortable(remark.created),
    String(remark.replies.length),
    remark.response ? STATUS_LABELS[remark.response.status] : '',
    remark.response?.text ?? '',
  ];
  return cells.map(neutraliseCell);
}

/**
 * One row per annotation, its term codes joined by "; ". UTF-8 with a byte order mark and `;`
 * as separator with CRLF line ends: that is what Excel with Dutch regional settings (the
 * secretariat's) opens correctly by double-clicking, accents and all.
 */
export function renderCsv(digest: Digest): string {
  return stringify([[...CSV_COLUMNS], ...digest.remarks.map(row)], {
    bom: true,
    delimiter: ';',
    record_delimiter: 'windows',
  });
}
