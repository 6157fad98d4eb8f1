import { useCallback, useEffect, useState } from 'react';
import type { DocumentListItem } from '../../shared/schemas/document';
import { sendToBackground } from '../lib/messaging';
import type { Failure } from '../lib/result';

/** The reading list as the options page knows it. */
export type ReadingListState = { kind: 'loading' } | { kind: 'ready'; items: DocumentListItem[] } | { kind: 'failed'; failure: Failure };

/**
 * Loads the reading list through the background (which holds the token) when signed in, and again
 * whenever the page comes back into view, so "new since your last visit" follows the reading.
 */
export function useReadingList(token: string, serverUrl: string): { state: ReadingListState; reload: () => void } {
  const [state, setState] = useState<ReadingListState>({ kind: 'loading' });
  const [round, setRound] = useState(0);
  const reload = useCallback(() => setRound((value) => value + 1), []);
  useEffect(() => {
    if (!token) return undefined;
    let live = true;
    void sendToBackground('documents:list', {}).then((answer) => {
      if (!live) return;
      setState(answer.ok ? { kind: 'ready', items: answer.value.items } : { kind: 'failed', failure: answer.error });
    });
    return () => {
      live = false;
    };
  }, [token, serverUrl, round]);
  useEffect(() => {
    const onVisible = () => {
      if (document.visibilityState === 'visible') reload();
    };
    document.addEventListener('visibilitychange', onVisible);
    return () => document.removeEventListener('visibilitychange', onVisible);
  }, [reload]);
  return { state, reload };
}
