/** @jsxImportSource hono/jsx */
import type { Role } from '../../../shared/schemas/roles';
import type { CoverageMatrix } from '../../services/digest/model/digest-model';
import { heatLevel } from '../../services/digest/render/heat-level';
import { ScrollTable } from './components';
import { dashboardNl } from '../texts/dashboard-texts';

const texts = dashboardNl.report.matrix;

/** A row of a heat map: a count per role and their total. */
interface HeatRow {
  counts: Readonly<Record<Role, number>>;
  total: number;
}

/**
 * The highest count per role cell and the highest total of a heat map: each column group is
 * shaded against its own maximum, so the totals do not wash out the role cells.
 */
export function heatMaxima(rows: readonly HeatRow[], roles: readonly Role[]): { max: number; maxTotal: number } {
  return {
    max: Math.max(0, ...rows.flatMap((row) => roles.map((role) => row.counts[role]))),
    maxTotal: Math.max(0, ...rows.map((row) => row.total)),
  };
}

/** A count as a heat-map cell: the number always printed, zeros as words, colour only as an extra. */
export function CountCell({ count, max, zeroText }: { count: number; max: number; zeroText: string }) {
  const level = heatLevel(count, max);
  // The number is always printed: colour only adds emphasis, zeros also read as words.
  return <td class={`count heat-${level}`}>{count === 0 ? zeroText : String(count)}</td>;
}

/**
 * The coverage matrix as an accessible heat map: a real table (caption, column and row headers),
 * the count printed in every cell, zeros written out and hatched, colour only as an extra.
 */
export function CoverageTable({ matrix, scopeText }: { matrix: CoverageMatrix; scopeText: string }) {
  const { max, maxTotal } = heatMaxima(matrix.rows, matrix.roles);
  return (
    <ScrollTable caption={texts.caption(scopeText)} tableClass="matrix">
      <thead>
        <tr>
          <th scope="col">{texts.term}</th>
          <th scope="col">{texts.kind}</th>
          {matrix.roles.map((role) => (
            <th scope="col">{dashboardNl.roles[role].plural}</th>
          ))}
          <th scope="col">{texts.total}</th>
        </tr>
      </thead>
      <tbody>
        {matrix.rows.map((row) => (
          <tr>
            <th scope="row">{`${row.code} ${row.label}${row.retired ? texts.retired : ''}`}</th>
            <td>{dashboardNl.termKinds[row.kind]}</td>
            {matrix.roles.map((role) => (
              <CountCell count={row.counts[role]} max={max} zeroText="0" />
            ))}
            <CountCell count={row.total} max={maxTotal} zeroText={texts.zeroTotal} />
          </tr>
        ))}
      </tbody>
    </ScrollTable>
  );
}

/** The legend of the heat map, in words. */
export function HeatLegend() {
  return (
    <ul class="legend" aria-label={texts.legend}>
      {texts.legendLevels.map((level, index) => (
        <li class={`heat-${index}`}>{level}</li>
      ))}
    </ul>
  );
}
