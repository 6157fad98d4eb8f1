import { stringify } from 'csv-stringify/sync';
import { z } from 'zod';
import { neutraliseCell } from '../../services/digest/render/csv/render-csv';
import { MAX_LIST_ROWS } from './invite-list';
import { inviteListNl as texts } from '../texts/invite-list-texts';

const text = z.string().max(2000);

/**
 * The list of new invitations the result page posts back for its download. The links were shown
 * on that page already; the server keeps no codes, so the page carries them to the download.
 */
export const listedInvitesSchema = z.object({
  until: text,
  rows: z
    .array(z.object({ name: text, organisation: text, roleName: text, email: text.nullable(), link: z.url({ protocol: /^https?$/ }) }))
    .min(1)
    .max(MAX_LIST_ROWS),
});

/**
 * The invitations as CSV for a mail merge: one person per row with their link. As the digest's
 * CSV: UTF-8 with a byte order mark, `;` and CRLF (Excel with Dutch settings), and every cell
 * neutralised so a name starting with `=` cannot become a formula.
 */
export function renderInviteListCsv(list: z.infer<typeof listedInvitesSchema>): string {
  const rows = list.rows.map((row) => [row.name, row.organisation, row.roleName, row.email ?? '', row.link, list.until].map(neutraliseCell));
  return stringify([[...texts.csvColumns], ...rows], { bom: true, delimiter: ';', record_delimiter: 'windows' });
}
