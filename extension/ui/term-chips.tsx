import type { Term } from '../../shared/schemas/taxonomy';
import type { Messages } from './i18n';

/** Longest label shown on a chip; the code carries the meaning, the words only remind. */
const SHORT_LABEL = 28;

/** A term's code with the start of its label, as a chip shows it. */
export function chipName(term: Term): string {
  const label = term.label.length > SHORT_LABEL ? `${term.label.slice(0, SHORT_LABEL - 1).trimEnd()}…` : term.label;
  return `${term.code} ${label}`;
}

interface TermChipsProps {
  chosen: readonly Term[];
  messages: Messages;
  onRemove: (termId: string) => void;
}

/** The chosen terms as removable chips, so they stay in view whatever the search shows. */
export function TermChips({ chosen, messages, onRemove }: TermChipsProps) {
  if (chosen.length === 0) return null;
  return (
    <div className="chips">
      <span className="chips-title">{messages.chosenTerms}:</span>
      <ul aria-label={messages.chosenTerms}>
        {chosen.map((term) => (
          <li key={term.id} className="chip">
            <span className="swatch" style={{ backgroundColor: term.colour }} aria-hidden="true" />
            <span>{chipName(term)}</span>
            <button type="button" className="chip-remove" aria-label={messages.removeTerm(chipName(term))} onClick={() => onRemove(term.id)}>
              <span aria-hidden="true">×</span>
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
