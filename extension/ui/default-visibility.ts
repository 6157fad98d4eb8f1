import type { Visibility } from '../../shared/schemas/annotation';

/**
 * Who sees an annotation when its author made no choice: a remark is a contribution to the round, so
 * everyone in the round sees it; a plain highlight (no remark) is a reader's own marking and stays
 * private, as in the best-known open annotator. The one home of this rule for the extension.
 */
export function defaultVisibility(remark: string): Visibility {
  return remark.trim() === '' ? 'private' : 'round';
}
