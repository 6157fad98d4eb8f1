import type { Term } from '../../shared/schemas/taxonomy';
import type { Messages } from './i18n';

interface TermPickerProps {
  terms: readonly Term[];
  selected: ReadonlySet<string>;
  onToggle: (termId: string) => void;
  messages: Messages;
}

/**
 * One checkbox per taxonomy term, named by its code and label: goals with their actions beneath
 * them, then the recommendations. The colour swatch is decoration; the code carries the meaning.
 */
export function TermPicker({ terms, selected, onToggle, messages }: TermPickerProps) {
  const goalsAndActions = terms.filter((term) => term.kind !== 'recommendation');
  const recommendations = terms.filter((term) => term.kind === 'recommendation');
  const renderTerm = (term: Term) => (
    <li key={term.id} className={term.parent ? 'term term--child' : 'term'}>
      <label>
        <input type="checkbox" checked={selected.has(term.id)} onChange={() => onToggle(term.id)} />
        <span className="swatch" style={{ backgroundColor: term.colour }} aria-hidden="true" />
        <span className="term-code">{term.code}</span> <span className="term-label">{term.label}</span>
      </label>
    </li>
  );
  return (
    <fieldset className="term-picker">
      <legend>{messages.terms}</legend>
      <p className="group-title">{messages.goals}</p>
      <ul>{goalsAndActions.map(renderTerm)}</ul>
      <p className="group-title">{messages.recommendations}</p>
      <ul>{recommendations.map(renderTerm)}</ul>
    </fieldset>
  );
}
