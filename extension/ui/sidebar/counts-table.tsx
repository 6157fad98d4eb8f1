import type { Term } from '../../../shared/schemas/taxonomy';
import type { Messages } from '../i18n';

/** How many remarks speak to each goal and recommendation, by code and name on one line (the full name on hover and for screen readers). */
export function CountsTable({ counts, messages }: { counts: readonly { term: Term; count: number }[]; messages: Messages }) {
  if (counts.length === 0) return null;
  return (
    <table className="counts">
      <caption>{messages.countsTitle}</caption>
      <tbody>
        {counts.map(({ term, count }) => (
          <tr key={term.id}>
            <th scope="row" title={`${term.code} ${term.label}`}>
              <span className="chip-code">{term.code}</span> {term.label}
            </th>
            <td>{count.toLocaleString()}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
