import type { Term } from '../../../shared/schemas/taxonomy';
import type { Messages } from '../i18n';
import { shortLabel } from './short-label';

/**
 * The goals, actions and recommendations a remark links to, each as its code and short name; the
 * full name shows on hover (title) and is what screen readers read.
 */
export function TermChips({ terms, messages }: { terms: readonly Term[]; messages: Messages }) {
  if (terms.length === 0) return null;
  return (
    <ul className="chips" aria-label={messages.linkedTerms}>
      {terms.map((term) => (
        <li key={term.id} className="badge badge--term" title={`${term.code} ${term.label}`}>
          <span aria-hidden="true">
            <span className="chip-code">{term.code}</span> {shortLabel(term.label)}
          </span>
          <span className="visually-hidden">
            {term.code} {term.label}
          </span>
        </li>
      ))}
    </ul>
  );
}
