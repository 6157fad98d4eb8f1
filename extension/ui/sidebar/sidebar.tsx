import { useEffect, useMemo, useState, type KeyboardEvent } from 'react';
import type { Annotation } from '../../../shared/schemas/annotation';
import type { Term } from '../../../shared/schemas/taxonomy';
import type { ShownAnnotation } from '../../annotator/html-integration';
import type { Language, Messages } from '../i18n';
import { plural } from '../plural';
import type { CardContext } from './annotation-card';
import { CountsTable } from './counts-table';
import { Icon } from './icons';
import { PagedCards, type CardTarget } from './paged-cards';
import { SidebarFilterControls } from './sidebar-filters';
import { NO_FILTERS, buildThreads, countPerGoalAndRecommendation, matchesFilters, type SidebarFilters } from './sidebar-model';
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
  /** An annotation to open the sidebar at (a highlight was clicked); its card is scrolled to, marked and focused. */
  focusId: string | null;
}

/**
 * The document's remarks beside the text, as a named landmark: in document order, filtered, with
 * counts per goal and recommendation, threads with replies, and the orphans (passage gone) apart.
 * Escape closes it; focus moves in when it opens and back to where the reader was when it closes.
 */
export function Sidebar(props: SidebarProps) {
  const { shown, annotations, terms, pendingIds, me, messages, language, focusId } = props;
  const focus = useSidebarFocus();
  const [filters, setFilters] = useState<SidebarFilters>(NO_FILTERS);
  const [target, setTarget] = useState<CardTarget | null>(null);
  useEffect(() => {
    if (!focusId) return;
    setFilters(NO_FILTERS);
    setTarget((previous) => ({ id: focusId, serial: (previous?.serial ?? 0) + 1 }));
    focus.openFrom({ kind: 'highlight', annotationId: focusId });
  }, [focusId]); // eslint-disable-line react-hooks/exhaustive-deps
  const termsById = useMemo(() => new Map(terms.map((term) => [term.id, term])), [terms]);
  const { placed, orphans } = useMemo(() => buildThreads(shown, annotations), [shown, annotations]);
  const context: CardContext = { ...props, terms: termsById, meCreator: `urn:kantlijn:user:${me ?? ''}` };
  const visible = (threads: typeof placed) => threads.filter((thread) => matchesFilters(thread.shown.annotation, filters, me));
  const counts = countPerGoalAndRecommendation(shown.map((item) => item.annotation), terms).filter((entry) => entry.count > 0);
  const [visiblePlaced, visibleOrphans] = [visible(placed), visible(orphans)];
  const matching = visiblePlaced.length + visibleOrphans.length;
  const filterKey = JSON.stringify(filters);

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
    if (event.key === 'Escape') {
      event.stopPropagation();
      focus.close();
    }
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
      <SidebarFilterControls filters={filters} onChange={setFilters} terms={terms} annotations={annotations} messages={messages} />
      <p className="sidebar-count">
        {filterKey === JSON.stringify(NO_FILTERS)
          ? plural(language, shown.length, messages.remarkCount)
          : messages.matchingFilters(matching.toLocaleString(language), plural(language, shown.length, messages.remarkCount))}
      </p>
      <CountsTable counts={counts} messages={messages} />
      <h3>{messages.inDocument}</h3>
      {placed.length === 0 && orphans.length === 0 && <p>{messages.noAnnotations}</p>}
      <PagedCards key={`placed${filterKey}`} threads={visiblePlaced} context={context} target={target} />
      {orphans.length > 0 && (
        <section aria-label={messages.orphanSection} className="orphans">
          <h3>{messages.orphanSection}</h3>
          <PagedCards key={`orphans${filterKey}`} threads={visibleOrphans} context={context} target={target} />
        </section>
      )}
    </aside>
  );
}
