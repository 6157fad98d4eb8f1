import { useId, useRef, useState, type KeyboardEvent } from 'react';
import type { Term } from '../../shared/schemas/taxonomy';
import type { Messages } from './i18n';
import { TermChips } from './term-chips';

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

const MOVES: Record<string, (index: number, count: number) => number> = {
  ArrowDown: (index, count) => Math.min(index + 1, count - 1),
  ArrowUp: (index) => Math.max(index - 1, 0),
  Home: () => 0,
  End: (_index, count) => count - 1,
};

/**
 * One checkbox per taxonomy term, named by its code and label: goals with their actions beneath
 * them, then the recommendations by group, searchable by code or words. The chosen terms stay in
 * view as removable chips above the search. The list is one tab stop; the arrow keys move within
 * it (roving tabindex), so reaching Opslaan takes a few Tabs, not one per term.
 */
export function TermPicker({ terms, selected, onToggle, messages }: TermPickerProps) {
  const [query, setQuery] = useState('');
  const [active, setActive] = useState<string | null>(null);
  const searchId = useId();
  const hintId = useId();
  const search = useRef<HTMLInputElement>(null);
  const list = useRef<HTMLDivElement>(null);
  const offered = terms.filter((term) => !term.retired || selected.has(term.id));
  const shown = offered.filter((term) => selected.has(term.id) || termMatches(term, query));
  const goalsAndActions = shown.filter((term) => term.kind !== 'recommendation');
  const groups = [...new Set(shown.filter((term) => term.kind === 'recommendation').map((term) => term.group ?? ''))];
  const ordered = [...goalsAndActions, ...groups.flatMap((group) => shown.filter((term) => term.kind === 'recommendation' && (term.group ?? '') === group))];
  const tabStop = ordered.some((term) => term.id === active) ? active : (ordered[0]?.id ?? null);

  const onListKey = (event: KeyboardEvent) => {
    const move = MOVES[event.key];
    if (!move || ordered.length === 0) return;
    event.preventDefault();
    const next = ordered[move(Math.max(ordered.findIndex((term) => term.id === tabStop), 0), ordered.length)]!;
    setActive(next.id);
    list.current?.querySelector<HTMLInputElement>(`input[data-term-id="${CSS.escape(next.id)}"]`)?.focus();
  };
  const renderTerm = (term: Term) => (
    <li key={term.id} className={term.parent ? 'term term--child' : 'term'}>
      <label>
        <input type="checkbox" data-term-id={term.id} checked={selected.has(term.id)} tabIndex={term.id === tabStop ? 0 : -1}
          aria-describedby={hintId} onFocus={() => setActive(term.id)} onChange={() => onToggle(term.id)} />
        <span className="swatch" style={{ backgroundColor: term.colour }} aria-hidden="true" />
        <span className="term-code">{term.code}</span> <span className="term-label">{term.label}</span>
      </label>
    </li>
  );
  const remove = (termId: string) => {
    onToggle(termId);
    // The chip's button disappears with it: the search field is where one goes on from there.
    search.current?.focus();
  };
  return (
    <fieldset className="term-picker">
      <legend>{messages.terms}</legend>
      <TermChips chosen={offered.filter((term) => selected.has(term.id))} messages={messages} onRemove={remove} />
      <label htmlFor={searchId} className="visually-hidden">
        {messages.searchTerms}
      </label>
      <input ref={search} id={searchId} type="search" placeholder={messages.searchTerms} value={query} onChange={(event) => setQuery(event.target.value)} />
      <span id={hintId} hidden>{messages.termListHint}</span>
      <div className="term-list" ref={list} onKeyDown={onListKey}>
        {goalsAndActions.length > 0 && <p className="group-title">{messages.goals}</p>}
        <ul>{goalsAndActions.map(renderTerm)}</ul>
        {groups.map((group) => (
          <div key={group}>
            <p className="group-title">{group || messages.recommendations}</p>
            <ul>{shown.filter((term) => term.kind === 'recommendation' && (term.group ?? '') === group).map(renderTerm)}</ul>
          </div>
        ))}
      </div>
      {shown.length === 0 && <p>{messages.noTermsFound}</p>}
    </fieldset>
  );
}
