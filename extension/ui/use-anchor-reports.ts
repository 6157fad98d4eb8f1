import { useEffect, useRef } from 'react';
import type { AnchorState } from '../../shared/schemas/response';
import type { ShownAnnotation } from '../annotator/document-integration';
import { sendToBackground } from '../lib/messaging';
import { statesToReport } from './anchor-report';

/**
 * How long anchoring must stay unchanged before it is reported: a page that renders late is
 * anchored again as its content arrives, and a remark not found in the first pass may be found in
 * the next.
 */
export const ANCHOR_REPORT_SETTLE_MS = 1500;

/**
 * Tells the server how each saved annotation anchored in the version of the document read here
 * (found, moved, or not found), so that others and the secretariat's digest know which remarks
 * lost their passage. Each state is reported once per page; a change (found again after a
 * re-render) is reported again. Best effort: a failed report is tried at the next anchoring.
 */
export function useAnchorReports(sourceUrl: string, shown: readonly ShownAnnotation[], pendingIds: ReadonlySet<string>, signedIn: boolean): void {
  const reported = useRef(new Map<string, AnchorState>());
  useEffect(() => {
    if (!signedIn) return undefined;
    const batches = statesToReport(shown, pendingIds, reported.current);
    if (batches.length === 0) return undefined;
    const timer = setTimeout(() => {
      for (const states of batches) {
        void sendToBackground('anchors:report', { source: sourceUrl, states }).then((answer) => {
          if (answer.ok) for (const { id, state } of states) reported.current.set(id, state);
        });
      }
    }, ANCHOR_REPORT_SETTLE_MS);
    return () => clearTimeout(timer);
  }, [sourceUrl, shown, pendingIds, signedIn]);
}
