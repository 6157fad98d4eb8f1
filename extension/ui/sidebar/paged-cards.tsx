import { useEffect, useRef, useState } from 'react';
import { plural } from '../../../shared/i18n/plural';
import { AnnotationCard, type CardContext } from './annotation-card';
import { PAGE_SIZE, limitShowing, nextLimit } from './paging';
import type { Thread } from './sidebar-model';

/** A highlight the reader clicked; `serial` tells two clicks on the same one apart. */
export interface CardTarget {
  id: string;
  serial: number;
}

interface PagedCardsProps {
  threads: readonly Thread[];
  context: CardContext;
  target: CardTarget | null;
}

/**
 * A list of cards rendered a page at a time ("Meer laden" adds the next page and moves focus to its
 * first card), so a document with a thousand remarks stays quick. A clicked highlight whose card lies
 * beyond the pages shown extends them; its card is then scrolled to, marked and focused.
 */
export function PagedCards({ threads, context, target }: PagedCardsProps) {
  const [limit, setLimit] = useState(PAGE_SIZE);
  const list = useRef<HTMLOListElement | null>(null);
  const focusAfterLoad = useRef<number | null>(null);
  const reached = useRef<number | null>(null);
  const targetIndex = target ? threads.findIndex((thread) => thread.shown.annotation.id === target.id) : -1;
  const shownLimit = limitShowing(targetIndex, limit);
  useEffect(() => {
    if (shownLimit !== limit) setLimit(shownLimit);
  }, [shownLimit, limit]);
  useEffect(() => {
    if (!target || targetIndex < 0 || reached.current === target.serial) return;
    const card = list.current?.querySelector<HTMLElement>(`[data-card-id="${CSS.escape(target.id)}"]`);
    if (!card) return;
    reached.current = target.serial;
    card.scrollIntoView({ block: 'start' });
    card.focus({ preventScroll: true });
  }, [target, targetIndex, shownLimit]);
  useEffect(() => {
    if (focusAfterLoad.current === null) return;
    list.current?.querySelectorAll<HTMLElement>('[data-card-id]')[focusAfterLoad.current]?.focus();
    focusAfterLoad.current = null;
  }, [limit]);
  const loadMore = () => {
    focusAfterLoad.current = shownLimit;
    setLimit(nextLimit(shownLimit, threads.length));
  };
  const { messages, language } = context;
  return (
    <>
      <ol className="cards" ref={list}>
        {threads.slice(0, shownLimit).map((thread) => (
          <li key={thread.shown.annotation.id}>
            <AnnotationCard thread={thread} context={context} marked={target?.id === thread.shown.annotation.id} />
          </li>
        ))}
      </ol>
      {threads.length > shownLimit && (
        <div className="load-more">
          <p>{messages.shownOf(shownLimit.toLocaleString(language), plural(language, threads.length, messages.remarkCount))}</p>
          <button type="button" onClick={loadMore}>
            {messages.loadMore}
          </button>
        </div>
      )}
    </>
  );
}
