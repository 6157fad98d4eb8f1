/** @jsxImportSource hono/jsx */
import type { CoverageMatrix } from '../services/digest/digest-model';
import { ROLE_PLURALS, TERM_KIND_LABELS } from '../services/digest/digest-labels';

/** Heat level 0–4 of a count relative to the largest count: 0 only for a true zero. */
export function heatLevel(count: number, max: number): number {
  if (count <= 0 || max <= 0) return 0;
  return Math.min(4, Math.max(1, Math.ceil((count / max) * 4)));
}

function CountCell({ count, max, zeroText }: { count: number; max: number; zeroText: string }) {
  const level = heatLevel(count, max);
  // The number is always printed: colour only adds emphasis, zeros also read as words.
  return <td class={`count heat-${level}`}>{count === 0 ? zeroText : String(count)}</td>;
}

/**
 * The coverage matrix as an accessible heat map: a real table (caption, column and row headers),
 * the count printed in every cell, zeros written out and hatched, colour only as an extra.
 */
export function CoverageTable({ matrix, scopeText }: { matrix: CoverageMatrix; scopeText: string }) {
  const max = Math.max(0, ...matrix.rows.flatMap((row) => matrix.roles.map((role) => row.counts[role])));
  const maxTotal = Math.max(0, ...matrix.rows.map((row) => row.total));
  return (
    <table class="matrix">
      <caption>{`Aantal opmerkingen per doel, actie en aanbeveling, naar rol van de schrijver (${scopeText})`}</caption>
      <thead>
        <tr>
          <th scope="col">Term</th>
          <th scope="col">Soort</th>
          {matrix.roles.map((role) => (
            <th scope="col">{ROLE_PLURALS[role]}</th>
          ))}
          <th scope="col">Totaal</th>
        </tr>
      </thead>
      <tbody>
        {matrix.rows.map((row) => (
          <tr>
            <th scope="row">{`${row.code} ${row.label}${row.retired ? ' (vervallen)' : ''}`}</th>
            <td>{TERM_KIND_LABELS[row.kind]}</td>
            {matrix.roles.map((role) => (
              <CountCell count={row.counts[role]} max={max} zeroText="0" />
            ))}
            <CountCell count={row.total} max={maxTotal} zeroText="0 – geen aandacht" />
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The legend of the heat map, in words. */
export function HeatLegend() {
  return (
    <ul class="legend" aria-label="Legenda">
      <li class="heat-0">0: geen opmerkingen (gearceerd)</li>
      <li class="heat-1">weinig</li>
      <li class="heat-2">enkele</li>
      <li class="heat-3">veel</li>
      <li class="heat-4">meeste</li>
    </ul>
  );
}
