/** @jsxImportSource hono/jsx */
import type { Role } from '../../../shared/schemas/roles';
import { ScrollTable } from './components';
import { CountCell, heatMaxima } from './coverage-table';
import type { DocumentCoverageRow } from '../model/document-coverage';
import { dashboardNl } from '../texts/dashboard-texts';

const texts = dashboardNl.documents.coverage;

/** Coverage per document as a table beside the matrix per term: the same heat cells and words. */
export function DocumentCoverageTable({ rows, roles, scopeText }: { rows: readonly DocumentCoverageRow[]; roles: readonly Role[]; scopeText: string }) {
  if (rows.length === 0) return <p>{texts.none}</p>;
  const { max, maxTotal } = heatMaxima(rows, roles);
  return (
    <ScrollTable caption={texts.caption(scopeText)} tableClass="matrix">
        <thead>
          <tr>
            <th scope="col">{dashboardNl.documents.document}</th>
            {roles.map((role) => (
              <th scope="col">{dashboardNl.roles[role].plural}</th>
            ))}
            <th scope="col">{texts.total}</th>
            <th scope="col">{texts.terms}</th>
            <th scope="col">{texts.orphans}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr>
              <th scope="row">{row.title}</th>
              {roles.map((role) => (
                <CountCell count={row.counts[role]} max={max} zeroText="0" />
              ))}
              <CountCell count={row.total} max={maxTotal} zeroText={texts.zeroTotal} />
              <td class="count">{String(row.terms)}</td>
              <td class="count">{String(row.orphans)}</td>
            </tr>
          ))}
        </tbody>
    </ScrollTable>
  );
}
