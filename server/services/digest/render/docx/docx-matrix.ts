import type { FileChild } from 'docx';
import type { CoverageMatrix } from '../../model/digest-model';
import { matrixLabel, SECTION_TITLES } from '../../texts/labels';
import { MATRIX_ROLE_HEADERS, matrixLegend } from '../../texts/report-sentences';
import { heatLevel } from '../heat-level';
import { dataTable, heading, plain, type CellSpec } from './docx-parts';
import { LANDSCAPE_TEXT_WIDTH } from './docx-page';

/**
 * Heat-map fills, palest to darkest. Black text keeps at least 6.5:1 contrast on the darkest, so
 * the number stays readable and colour is never the only cue.
 */
export const HEAT_FILLS = ['FFFFFF', 'DCEAF7', 'B3D3EE', '84B6E3', '4F94D4'] as const;

const CODE_WIDTH = 800;
/** Count columns: wide enough for "Totaal" and five digits, set by the header rule in dataTable. */
const COUNT_WIDTH = 0;

function countCell(value: number, max: number): CellSpec {
  const level = heatLevel(value, max);
  return { value, fill: HEAT_FILLS[level], bold: level > 0, muted: level === 0 };
}

/**
 * The coverage matrix for a landscape page: code, term, one short-headed column per role that
 * spoke at all, and the total, each count shaded by its share of the largest.
 */
export function matrixChildren(matrix: CoverageMatrix): FileChild[] {
  const roles = matrix.activeRoles;
  const maxCount = Math.max(0, ...matrix.rows.flatMap((row) => roles.map((role) => row.counts[role])));
  const maxTotal = Math.max(0, ...matrix.rows.map((row) => row.total));
  const header = ['Code', 'Term', ...roles.map((role) => MATRIX_ROLE_HEADERS[role]), 'Totaal'];
  const rows = matrix.rows.map((row) => [
    { value: row.code, bold: true },
    matrixLabel(row),
    ...roles.map((role) => countCell(row.counts[role], maxCount)),
    countCell(row.total, maxTotal),
  ]);
  const widths: Array<number | 'rest'> = [CODE_WIDTH, 'rest', ...roles.map(() => COUNT_WIDTH), COUNT_WIDTH];
  return [
    heading(SECTION_TITLES.matrix, 1),
    plain(`Aantal opmerkingen per term en per groep. ${matrixLegend(roles)}`, 'Meta'),
    dataTable(header, rows, { width: LANDSCAPE_TEXT_WIDTH, columnWidths: widths, size: 16, compact: true }),
  ];
}
