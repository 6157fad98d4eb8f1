import { z } from 'zod';
import { roleFromWords } from '../../../shared/i18n/vocabulary';
import type { Role } from '../../../shared/schemas/roles';
import { readCsv, type CsvRecord } from './csv-read';
import { inviteListNl as texts } from '../texts/invite-list-texts';

/**
 * At most this many people in one list: a council is some 40. The result page carries the links
 * to its download, and that form, like every dashboard form, must stay under 64 KiB.
 */
export const MAX_LIST_ROWS = 200;

/** One person of a list, checked. */
export interface InviteListRow {
  line: number;
  name: string;
  organisation: string;
  role: Role;
  email: string | null;
}

type Column = 'name' | 'organisation' | 'role' | 'email';

/** Column names people write, Dutch and English, lower case without spaces or hyphens. */
const COLUMN_NAMES: Record<string, Column> = {
  naam: 'name',
  name: 'name',
  volledigenaam: 'name',
  organisatie: 'organisation',
  organisation: 'organisation',
  organization: 'organisation',
  gemeente: 'organisation',
  rol: 'role',
  role: 'role',
  email: 'email',
  emailadres: 'email',
  mail: 'email',
  emailaddress: 'email',
};

const rowSchema = z.object({
  name: z.string().min(1, texts.errors.name).max(200, texts.errors.name),
  organisation: z.string().min(1, texts.errors.organisation).max(200, texts.errors.organisation),
  role: z.string().transform((given, ctx) => {
    const role = roleFromWords(given);
    if (!role) ctx.addIssue({ code: 'custom', message: texts.errors.role(given) });
    return role ?? z.NEVER;
  }),
  email: z.union([z.literal(''), z.email({ error: (issue) => texts.errors.email(String(issue.input)) })]),
});

function columnsOf(header: CsvRecord): Map<Column, number> | string {
  const columns = new Map<Column, number>();
  header.cells.forEach((cell, index) => {
    const column = COLUMN_NAMES[cell.toLowerCase().replace(/[\s_-]/g, '')];
    if (column && !columns.has(column)) columns.set(column, index);
  });
  const missing = (['name', 'organisation', 'role'] as const).filter((column) => !columns.has(column));
  return missing.length === 0 ? columns : texts.errors.header(missing.map((column) => `‘${texts.columnNames[column]}’`).join(' en '));
}

function checkRow(record: CsvRecord, columns: Map<Column, number>, width: number): InviteListRow | string {
  const cell = (column: Column) => record.cells[columns.get(column) ?? -1] ?? '';
  const parsed = rowSchema.safeParse({ name: cell('name'), organisation: cell('organisation'), role: cell('role'), email: cell('email') });
  const problems = parsed.success ? [] : parsed.error.issues.map((issue) => issue.message);
  if (record.cells.length > width && record.cells.slice(width).some((value) => value !== '')) problems.push(texts.errors.extraCells);
  if (!parsed.success || problems.length > 0) return texts.errors.row(record.line, problems.join('; '));
  const { name, organisation, role, email } = parsed.data;
  return { line: record.line, name, organisation, role, email: email === '' ? null : email };
}

/**
 * Reads a list of people to invite: a header row naming the columns (Dutch or English, any
 * order), then one person per row. All or nothing: either every row is right and all come back,
 * or the answer is one plain Dutch message per wrong row (with its line in the file).
 */
export function readInviteList(text: string): { rows: InviteListRow[] } | { errors: string[] } {
  const [header, ...records] = readCsv(text);
  if (!header) return { errors: [texts.errors.empty] };
  const columns = columnsOf(header);
  if (typeof columns === 'string') return { errors: [columns] };
  if (records.length === 0) return { errors: [texts.errors.noRows] };
  if (records.length > MAX_LIST_ROWS) return { errors: [texts.errors.tooMany(MAX_LIST_ROWS)] };
  const checked = records.map((record) => checkRow(record, columns, header.cells.length));
  const errors = checked.filter((row): row is string => typeof row === 'string');
  return errors.length > 0 ? { errors } : { rows: checked as InviteListRow[] };
}
