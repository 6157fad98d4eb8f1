import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { Annotation } from '../../../shared/schemas/annotation';
import { plural } from '../../../shared/i18n/plural';
import { HIGHLIGHT_PARTS } from '../../../shared/search/search-highlight';
import { SEARCH_TIPS } from '../../../shared/search/search-tips';
import type { SearchResults } from '../../lib/api-client';
import type { Result } from '../../lib/result';
import { useAnnounce } from '../announcer';
import type { Language, Messages } from '../i18n';
import { HighlightedText } from './highlighted-text';
import { useSidebarSearch } from './use-sidebar-search';

interface SidebarSearchProps {
  messages: Messages;
  language: Language;
  search: (q: string) => Promise<Result<SearchResults>>;
  /** Shows an annotation in the text (its highlight), as "Toon in tekst" on a card does. */
  onShow: (id: string) => void;
  /** The document's annotations, to find the remark a found reply belongs to. */
  annotations: readonly Annotation[];
}

/** The annotation on the document a reply (at any depth) belongs to; itself when it is not a reply. */
function threadStart(annotation: Annotation, byId: ReadonlyMap<string, Annotation>): string {
  let current = annotation;
  for (let depth = 0; typeof current.target === 'string' && depth < 100; depth++) {
    const parent = byId.get(current.target);
    if (!parent) return current.target;
    current = parent;
  }
  return current.id;
}

/** One search result: where the words matched, with them marked, and a way to the passage. */
function SearchResult({ annotation, messages, onShow, startId }: { annotation: Annotation; messages: Messages; onShow: (id: string) => void; startId: string }) {
  const highlight = annotation.highlight ?? {};
  return (
    <li className="search-result">
      <dl>
        {HIGHLIGHT_PARTS.flatMap((part) => {
          const html = highlight[part];
          return html === undefined ? [] : [
            <div key={part} className="search-part">
              <dt>{messages.searchParts[part]}</dt>
              <dd><HighlightedText html={html} /></dd>
            </div>,
          ];
        })}
      </dl>
      <p className="meta">
        <span className="meta-part meta-author">{annotation.creator.name}</span>
        {annotation.creator.organisation && <span className="meta-part meta-organisation">{annotation.creator.organisation}</span>}
      </p>
      <button type="button" onClick={() => onShow(startId)}>
        {messages.showInText}
      </button>
    </li>
  );
}

/**
 * The sidebar's search box: searches this document's remarks on the server (remark, passage,
 * labels, linked terms, author) and lists the best matches with the words marked. The outcome is
 * announced; Escape in the box clears it first and only then closes the sidebar.
 */
export function SidebarSearch({ messages, language, search, onShow, annotations }: SidebarSearchProps) {
  const id = useId();
  const tips = SEARCH_TIPS[language];
  const [typed, setTyped] = useState('');
  const { state, run, clear } = useSidebarSearch(search);
  const announce = useAnnounce();
  const input = useRef<HTMLInputElement | null>(null);
  const byId = new Map(annotations.map((annotation) => [annotation.id, annotation]));
  const outcome =
    state.status === 'done'
      ? state.results.items.length === 0
        ? messages.searchNothing(state.q)
        : plural(language, state.results.items.length, messages.searchFound)
      : state.status === 'failed'
        ? messages.searchFailed
        : state.status === 'searching'
          ? messages.searching
          : '';
  useEffect(() => {
    if (state.status === 'done' || state.status === 'failed') announce(outcome);
  }, [state]); // eslint-disable-line react-hooks/exhaustive-deps
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void run(typed);
  };
  const reset = () => {
    setTyped('');
    clear();
    input.current?.focus();
  };
  return (
    <section className="sidebar-search" aria-labelledby={`${id}-label`}>
      <form role="search" onSubmit={submit}>
        <label id={`${id}-label`} htmlFor={`${id}-q`}>{messages.searchLabel}</label>
        <div className="search-row">
          <input
            id={`${id}-q`}
            ref={input}
            type="search"
            value={typed}
            maxLength={500}
            aria-describedby={`${id}-hint`}
            onChange={(event) => setTyped(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === 'Escape' && (typed !== '' || state.status !== 'idle')) {
                event.stopPropagation();
                reset();
              }
            }}
          />
          <button type="submit">{messages.searchButton}</button>
        </div>
        <p id={`${id}-hint`} className="hint">{tips.hint}</p>
      </form>
      <details className="search-tips">
        <summary>{tips.title}</summary>
        <ul>
          {tips.tips.map((tip) => (
            <li key={tip.example}>
              <code>{tip.example}</code> {tip.text}
            </li>
          ))}
        </ul>
      </details>
      {state.status !== 'idle' && (
        <div className="search-results">
          <h3>{messages.searchResults}</h3>
          <p className={state.status === 'failed' ? 'error' : 'sidebar-count'}>{outcome}</p>
          {state.status === 'done' && state.results.items.length > 0 && (
            <ol className="search-list">
              {state.results.items.map((annotation) => (
                <SearchResult key={annotation.id} annotation={annotation} messages={messages} onShow={onShow} startId={threadStart(annotation, byId)} />
              ))}
            </ol>
          )}
          {state.status === 'done' && state.results.more && <p className="hint">{messages.searchMore}</p>}
          <button type="button" onClick={reset}>{messages.searchClear}</button>
        </div>
      )}
    </section>
  );
}
