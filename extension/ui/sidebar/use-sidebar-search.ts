import { useRef, useState } from 'react';
import type { SearchResults } from '../../lib/api-client';
import type { Result } from '../../lib/result';

/** Where a search in the sidebar stands. */
export type SidebarSearchState =
  | { status: 'idle' }
  | { status: 'searching'; q: string }
  | { status: 'done'; q: string; results: SearchResults }
  | { status: 'failed'; q: string };

/**
 * Runs the sidebar's searches through `search` (the background asks the server). An answer to an
 * older search that arrives after a newer one started is dropped, so the list always shows the
 * last thing typed.
 */
export function useSidebarSearch(search: (q: string) => Promise<Result<SearchResults>>) {
  const [state, setState] = useState<SidebarSearchState>({ status: 'idle' });
  const latest = useRef(0);
  const run = async (typed: string) => {
    const q = typed.trim();
    const serial = ++latest.current;
    if (q === '') {
      setState({ status: 'idle' });
      return;
    }
    setState({ status: 'searching', q });
    const answer = await search(q);
    if (serial !== latest.current) return;
    setState(answer.ok ? { status: 'done', q, results: answer.value } : { status: 'failed', q });
  };
  const clear = () => {
    latest.current++;
    setState({ status: 'idle' });
  };
  return { state, run, clear };
}
