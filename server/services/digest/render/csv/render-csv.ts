import { stringify } from 'csv-stringify/sync';
import type { Digest, DigestRemark } from '../../model/digest-model';
import { formatSortable } from '../../texts/format-date';
import { KIND_LABELS, ROLE_LABELS, STATUS_LABELS } from '../../texts/labels';

/** The column headers, in Dutch, in order. */
export const CSV_COLUMNS = [
  'id',
  'type',
  'draad',
  'reactie op',
  'niveau',
  'document',
  'documenttitel',
  'pagina',
  'citaat',
  'tekst',
  'soort',
  'termen',
  'termnamen',
  'auteur',
  'rol',
  'organisatie',
  'datum',
  'reacties',
  'antwoordstatus',
] as const;

type Column = (typeof CSV_COLUMNS)[number];
type Row = Record<Column, string>;

/** What the `type` column says a row is. */
export const ROW_TYPES = { remark: 'opmerking', reply: 'reactie', answer: 'antwoord' } as const;

/**
 * Spreadsheet programs run a cell that starts with = + - @ (or TAB/CR, which some strip first)
 * as a formula: `=HYPERLINK(…)` in a remark would become a live link, or worse. A leading
 * apostrophe makes it text (OWASP "CSV injection"). Applied to every cell: quotes, URLs and names
 * are user-controlled too.
 */
export function neutraliseCell(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** The answer's row id: the remark's id with a fragment, since an answer belongs to exactly one remark. */
export const answerRowId = (remark: Pick<DigestRemark, 'id'>): string => `${remark.id}#antwoord`;

/**
 * The rows of one thread: the remark, each reply (depth-first, as the thread reads), and SVMN's
 * answer. Every row repeats the document, so a filter on one document keeps the whole thread.
 */
function threadRows(remark: DigestRemark): Row[] {
  const place = { document: remark.source, documenttitel: remark.documentTitle ?? '', pagina: remark.page === null ? '' : String(remark.page) };
  const none = { citaat: '', soort: '', termen: '', termnamen: '', reacties: '', antwoordstatus: '' };
  const rows: Row[] = [
    {
      id: remark.id,
      type: ROW_TYPES.remark,
      draad: remark.id,
      'reactie op': '',
      niveau: '0',
      ...place,
      citaat: remark.quote ?? '',
      tekst: remark.text,
      soort: KIND_LABELS[remark.kind],
      termen: remark.terms.map((term) => term.code).join('; '),
      termnamen: remark.terms.map((term) => term.label).join('; '),
      auteur: remark.author.name,
      rol: ROLE_LABELS[remark.author.role],
      organisatie: remark.author.organisation,
      datum: formatSortable(remark.created),
      reacties: String(remark.replies.length),
      antwoordstatus: remark.response ? STATUS_LABELS[remark.response.status] : '',
    },
  ];
  for (const reply of remark.replies) {
    rows.push({
      ...none,
      id: reply.id,
      type: ROW_TYPES.reply,
      draad: remark.id,
      'reactie op': reply.parentId,
      niveau: String(reply.depth),
      ...place,
      tekst: reply.text,
      auteur: reply.author.name,
      rol: ROLE_LABELS[reply.author.role],
      organisatie: reply.author.organisation,
      datum: formatSortable(reply.created),
    });
  }
  if (remark.response) {
    const { response } = remark;
    rows.push({
      ...none,
      id: answerRowId(remark),
      type: ROW_TYPES.answer,
      draad: remark.id,
      'reactie op': remark.id,
      niveau: '1',
      ...place,
      tekst: response.text,
      auteur: response.by.name,
      rol: ROLE_LABELS[response.by.role],
      organisatie: response.by.organisation,
      datum: formatSortable(response.at),
      antwoordstatus: STATUS_LABELS[response.status],
    });
  }
  return rows;
}

/**
 * The whole conversation, one row per remark, per reply and per answer of the reviewed
 * organisation, tied together by `draad` (the remark's id) and `reactie op` (what the row answers);
 * term codes with their names beside them, document URLs with their titles. UTF-8 with a byte order
 * mark and `;` as separator with CRLF line ends: what Excel with Dutch regional settings (the
 * secretariat's) opens correctly by double-clicking, accents and all.
 */
export function renderCsv(digest: Digest): string {
  const rows = digest.remarks.flatMap(threadRows).map((row) => CSV_COLUMNS.map((column) => neutraliseCell(row[column])));
  return stringify([[...CSV_COLUMNS], ...rows], { bom: true, delimiter: ';', record_delimiter: 'windows' });
}
