import { useId, useState } from 'react';
import type { Term } from '../../shared/schemas/taxonomy';
import type { Messages } from './i18n';

interface TermPickerProps {
  terms: readonly Term[];
  selected: ReadonlySet<string>;
  onToggle: (termId: string) => void;
  messages: Messages;
}

/** True when every word of `query` occurs in the term's code or label (case and accents ignored). */
export function termMatches(term: Term, query: string): boolean {
  const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  const haystack = fold(`${term.code} ${term.label}`);
  return fold(query).split(/\s+/).filter(Boolean).every((word) => haystack.includes(word));
}

/**
 * One checkbox per taxonomy term, named by its code and label: goals with their actions beneath
 * them, then the recommendations by group, searchable by code or words. Chosen terms stay listed
 * while searching. The colour swatch is decoration; the code carries the meaning.
 */
export function TermPicker({ terms, selected, onToggle, messages }: TermPickerProps) {
  const [query, setQuery] = useState('');
  const searchId = useId();
  const offered = terms.filter((term) => !term.retired || selected.has(term.id));
  const shown = offered.filter((term) => selected.has(term.id) || termMatches(term, query));
  const goalsAndActions = shown.filter((term) => term.kind !== 'recommendation');
  const groups = [...new Set(shown.filter((term) => term.kind === 'recommendation').map((term) => term.group ?? ''))];
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
      <label htmlFor={searchId} className="visually-hidden">
        {messages.searchTerms}
      </label>
      <input id={searchId} type="search" placeholder={messages.searchTerms} value={query} onChange={(event) => setQuery(event.target.value)} />
      {goalsAndActions.length > 0 && <p className="group-title">{messages.goals}</p>}
      <ul>{goalsAndActions.map(renderTerm)}</ul>
      {groups.map((group) => (
        <div key={group}>
          <p className="group-title">{group || messages.recommendations}</p>
          <ul>{shown.filter((term) => term.kind === 'recommendation' && (term.group ?? '') === group).map(renderTerm)}</ul>
        </div>
      ))}
      {shown.length === 0 && <p>{messages.noTermsFound}</p>}
    </fieldset>
  );
}
