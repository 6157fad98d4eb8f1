import { MAX_ANCHOR_REPORT, type AnchorState } from '../../shared/schemas/response';
import type { ShownAnnotation } from '../annotator/document-integration';

/** One annotation's state as the server takes it. */
export interface ReportedState {
  id: string;
  state: AnchorState;
}

/**
 * The states to report after an anchoring: those of saved annotations (not the ones still waiting
 * in the outbox, which the server does not know yet) that differ from what was last reported from
 * this page, in batches the server accepts.
 */
export function statesToReport(shown: readonly ShownAnnotation[], pendingIds: ReadonlySet<string>, reported: ReadonlyMap<string, AnchorState>): ReportedState[][] {
  const changed = shown
    .filter((item) => !pendingIds.has(item.annotation.id) && reported.get(item.annotation.id) !== item.status)
    .map((item) => ({ id: item.annotation.id, state: item.status }));
  const batches: ReportedState[][] = [];
  for (let start = 0; start < changed.length; start += MAX_ANCHOR_REPORT) batches.push(changed.slice(start, start + MAX_ANCHOR_REPORT));
  return batches;
}
