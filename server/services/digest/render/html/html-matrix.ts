import type { CoverageMatrix } from '../../model/digest-model';
import { matrixLabel } from '../../texts/labels';
import { MATRIX_ROLE_HEADERS, MATRIX_ROLE_MEANINGS, matrixLegend } from '../../texts/report-sentences';
import { heatLevel } from '../heat-level';
import { escapeHtml } from './escape-html';

/** The anchor of a term's heading, which the matrix links to. */
export const termAnchor = (termId: string): string => `term-${termId}`;

const countCell = (value: number, max: number): string => `<td class="num heat-${heatLevel(value, max)}">${value}</td>`;

/**
 * The coverage matrix: short column headers (their meaning in `abbr` and in the legend), only the
 * roles that spoke, counts shaded as a heat map with the number always written. Terms nobody spoke
 * to have no section to link to; their code is plain text.
 */
export function matrixHtml(matrix: CoverageMatrix): string {
  const roles = matrix.activeRoles;
  const maxCount = Math.max(0, ...matrix.rows.flatMap((row) => roles.map((role) => row.counts[role])));
  const maxTotal = Math.max(0, ...matrix.rows.map((row) => row.total));
  const head = [
    '<th scope="col">Code</th><th scope="col">Term</th>',
    ...roles.map((role) => `<th scope="col" class="num"><abbr title="${escapeHtml(MATRIX_ROLE_MEANINGS[role])}">${escapeHtml(MATRIX_ROLE_HEADERS[role])}</abbr></th>`),
    '<th scope="col" class="num">Totaal</th>',
  ].join('');
  const body = matrix.rows.map((row) => {
    const code = row.total > 0 ? `<a href="#${escapeHtml(termAnchor(row.termId))}">${escapeHtml(row.code)}</a>` : escapeHtml(row.code);
    const cells = [...roles.map((role) => countCell(row.counts[role], maxCount)), countCell(row.total, maxTotal)].join('');
    return `<tr><th scope="row" class="code">${code}</th><td>${escapeHtml(matrixLabel(row))}</td>${cells}</tr>`;
  });
  return [
    `<p id="matrix-uitleg" class="muted">Aantal opmerkingen per term en per groep. ${escapeHtml(matrixLegend(roles))}</p>`,
    `<table class="matrix" aria-describedby="matrix-uitleg"><caption>Opmerkingen per term en per groep</caption><thead><tr>${head}</tr></thead><tbody>\n${body.join('\n')}\n</tbody></table>`,
  ].join('\n');
}
