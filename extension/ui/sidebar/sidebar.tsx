import { useEffect, useMemo, useState, type KeyboardEvent } from 'react';
import type { Annotation } from '../../../shared/schemas/annotation';
import type { Term } from '../../../shared/schemas/taxonomy';
import type { ShownAnnotation } from '../../annotator/document-integration';
import type { Language, Messages } from '../i18n';
import { plural } from '../../../shared/i18n/plural';
import type { CardContext } from './annotation-card';
import { Icon } from './icons';
import type { CardTarget } from './paged-cards';
import type { SearchResults } from '../../lib/api-client';
import type { Result } from '../../lib/result';
import { SidebarFilterControls } from './sidebar-filters';
import { SidebarSearch } from './sidebar-search';
import { SidebarLists } from './sidebar-lists';
import { NO_FILTERS, type SidebarFilters } from './sidebar-model';
import { useSidebarFocus } from './use-sidebar-focus';

interface SidebarProps {
  shown: readonly ShownAnnotation[];
  annotations: readonly Annotation[];
  terms: readonly Term[];
  pendingIds: ReadonlySet<string>;
  me: string | null;
  messages: Messages;
  language: Language;
  onShow: (id: string) => void;
  onReply: (parentId: string, text: string) => Promise<boolean>;
  onEdit: (id: string) => void;
  onDelete: (id: string) => void;
  /** Searches this document's remarks on the server. */
  onSearch: (q: string) => Promise<Result<SearchResults>>;
  /** An annotation to open the sidebar at (a highlight was clicked); its card is scrolled to, marked and focused. */
  focusId: string | null;
}

/**
 * The document's remarks beside the text, as a named landmark: in document order, filtered, with
 * counts per goal and recommendation, threads with replies, and the orphans (passage gone) apart.
 * Escape closes it; focus moves in when it opens and back to where the reader was when it closes.
 */
export function Sidebar(props: SidebarProps) {
  const { shown, annotations, terms, me, messages, language, focusId } = props;
  const focus = useSidebarFocus();
  const [filters, setFilters] = useState<SidebarFilters>(NO_FILTERS);
  const [target, setTarget] = useState<CardTarget | null>(null);
  useEffect(() => {
    if (!focusId) return;
    setFilters(NO_FILTERS);
    setTarget((previous) => ({ id: focusId, serial: (previous?.serial ?? 0) + 1 }));
    focus.openFrom({ kind: 'highlight', annotationId: focusId });
  }, [focusId]); // eslint-disable-line react-hooks/exhaustive-deps -- only a new highlight to focus opens the sidebar; `focus` is a new object each render
  const termsById = useMemo(() => new Map(terms.map((term) => [term.id, term])), [terms]);
  const context: CardContext = { ...props, terms: termsById, meCreator: `urn:kantlijn:user:${me ?? ''}` };

  const openFromButton = () => {
    // A highlight clicked before is no longer where the reader is: open at the top, focus on the heading.
    setTarget(null);
    focus.openFrom({ kind: 'button' });
  };
  if (!focus.open) {
    return (
      <button type="button" className="sidebar-toggle" ref={focus.toggle} aria-expanded={false} onClick={openFromButton}>
        {plural(language, shown.length, messages.openSidebar)}
      </button>
    );
  }
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.stopPropagation();
    focus.close();
  };
  return (
    <aside className="sidebar" aria-label={messages.sidebar} onKeyDown={onKeyDown}>
      <div className="sidebar-head">
        <h2 ref={focus.heading} tabIndex={-1}>
          {messages.sidebar}
        </h2>
        <button type="button" className="icon-button" aria-label={messages.closeSidebar} title={messages.closeSidebar} onClick={focus.close}>
          <Icon name="close" />
        </button>
      </div>
      <SidebarSearch messages={messages} language={language} search={props.onSearch} onShow={props.onShow} annotations={annotations} />
      <SidebarFilterControls filters={filters} onChange={setFilters} terms={terms} annotations={annotations} messages={messages} />
      <SidebarLists shown={shown} annotations={annotations} terms={terms} filters={filters} me={me} context={context} target={target} />
    </aside>
  );
}
