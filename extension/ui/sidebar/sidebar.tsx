import { useEffect, useMemo, useRef, useState } from 'react';
import type { Annotation } from '../../../shared/schemas/annotation';
import type { Term } from '../../../shared/schemas/taxonomy';
import type { ShownAnnotation } from '../../annotator/html-integration';
import type { Messages } from '../i18n';
import { AnnotationCard } from './annotation-card';
import { SidebarFilterControls } from './sidebar-filters';
import { NO_FILTERS, buildThreads, countPerGoalAndRecommendation, matchesFilters, type SidebarFilters } from './sidebar-model';

interface SidebarProps {
  shown: readonly ShownAnnotation[];
  annotations: readonly Annotation[];
  terms: readonly Term[];
  pendingIds: ReadonlySet<string>;
  me: string | null;
  messages: Messages;
  onShow: (id: string) => void;
  onReply: (parentId: string, text: string) => Promise<boolean>;
  onEdit: (id: string) => void;
  onDelete: (id: string) => void;
  /** An annotation to open the sidebar at (a highlight was clicked); its card gets focus. */
  focusId: string | null;
}

/**
 * The document's annotations beside the text: in document order, filtered, with counts per goal and
 * recommendation, threads with replies, and the orphans (passage gone) in their own section.
 */
export function Sidebar({ shown, annotations, terms, pendingIds, me, messages, onShow, onReply, onEdit, onDelete, focusId }: SidebarProps) {
  const [open, setOpen] = useState(false);
  const panel = useRef<HTMLElement | null>(null);
  useEffect(() => {
    if (!focusId) return;
    setOpen(true);
    setFilters(NO_FILTERS);
    // After the panel renders: bring the clicked annotation's card into view and give it focus.
    requestAnimationFrame(() => {
      const card = panel.current?.querySelector<HTMLElement>(`[data-card-id="${CSS.escape(focusId)}"]`);
      card?.scrollIntoView({ block: 'nearest' });
      card?.focus();
    });
  }, [focusId]);
  const [filters, setFilters] = useState<SidebarFilters>(NO_FILTERS);
  const termsById = useMemo(() => new Map(terms.map((term) => [term.id, term])), [terms]);
  const { placed, orphans } = useMemo(() => buildThreads(shown, annotations), [shown, annotations]);
  const visible = (threads: typeof placed) => threads.filter((thread) => matchesFilters(thread.shown.annotation, filters, me));
  const counts = countPerGoalAndRecommendation(
    shown.map((item) => item.annotation),
    terms,
  ).filter((entry) => entry.count > 0);
  const card = (thread: (typeof placed)[number]) => (
    <li key={thread.shown.annotation.id}>
      <AnnotationCard
        thread={thread}
        terms={termsById}
        pendingIds={pendingIds}
        messages={messages}
        mine={thread.shown.annotation.creator.id === `urn:kantlijn:user:${me ?? ''}`}
        onShow={onShow}
        onReply={onReply}
        onEdit={onEdit}
        onDelete={onDelete}
      />
    </li>
  );

  if (!open) {
    return (
      <button type="button" className="sidebar-toggle" aria-expanded={false} onClick={() => setOpen(true)}>
        {messages.openSidebar(shown.length)}
      </button>
    );
  }
  return (
    <aside className="sidebar" aria-label={messages.sidebar} ref={panel}>
      <div className="sidebar-head">
        <h2>{messages.sidebar}</h2>
        <button type="button" aria-expanded={true} onClick={() => setOpen(false)}>
          {messages.closeSidebar}
        </button>
      </div>
      <SidebarFilterControls filters={filters} onChange={setFilters} terms={terms} annotations={annotations} messages={messages} />
      {counts.length > 0 && (
        <table className="counts">
          <caption>{messages.countsTitle}</caption>
          <tbody>
            {counts.map(({ term, count }) => (
              <tr key={term.id}>
                <th scope="row" title={term.label}>
                  {term.code}
                </th>
                <td>{count}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h3>{messages.inDocument}</h3>
      {placed.length === 0 && orphans.length === 0 && <p>{messages.noAnnotations}</p>}
      <ol className="cards">{visible(placed).map(card)}</ol>
      {orphans.length > 0 && (
        <section aria-label={messages.orphanSection} className="orphans">
          <h3>{messages.orphanSection}</h3>
          <ol className="cards">{visible(orphans).map(card)}</ol>
        </section>
      )}
    </aside>
  );
}
