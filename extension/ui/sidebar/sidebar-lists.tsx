import { useMemo } from 'react';
import type { Annotation } from '../../../shared/schemas/annotation';
import type { Term } from '../../../shared/schemas/taxonomy';
import type { ShownAnnotation } from '../../annotator/document-integration';
import { plural } from '../../../shared/i18n/plural';
import type { CardContext } from './annotation-card';
import { CountsTable } from './counts-table';
import { PagedCards, type CardTarget } from './paged-cards';
import { NO_FILTERS, buildThreads, countPerGoalAndRecommendation, matchesFilters, type SidebarFilters } from './sidebar-model';

interface SidebarListsProps {
  shown: readonly ShownAnnotation[];
  annotations: readonly Annotation[];
  terms: readonly Term[];
  filters: SidebarFilters;
  me: string | null;
  context: CardContext;
  target: CardTarget | null;
}

/**
 * The sidebar's content below the filters: how many remarks (and how many pass the filters), the
 * counts per goal and recommendation, the remarks in text order, and apart those whose passage is gone.
 * Changing a filter starts the lists at their first page again.
 */
export function SidebarLists({ shown, annotations, terms, filters, me, context, target }: SidebarListsProps) {
  const { messages, language } = context;
  const { placed, orphans } = useMemo(() => buildThreads(shown, annotations), [shown, annotations]);
  const visible = (threads: typeof placed) => threads.filter((thread) => matchesFilters(thread.shown.annotation, filters, me));
  const [visiblePlaced, visibleOrphans] = [visible(placed), visible(orphans)];
  const counts = countPerGoalAndRecommendation(shown.map((item) => item.annotation), terms).filter((entry) => entry.count > 0);
  const filterKey = JSON.stringify(filters);
  const total = plural(language, shown.length, messages.remarkCount);
  const matching = (visiblePlaced.length + visibleOrphans.length).toLocaleString(language);
  return (
    <>
      <p className="sidebar-count">{filterKey === JSON.stringify(NO_FILTERS) ? total : messages.matchingFilters(matching, total)}</p>
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
    </>
  );
}
