import type { AnnotationRecord, Viewer } from '../db/annotation-row';

/**
 * True when `viewer` may see `record`: its author always; a hidden one otherwise only the
 * secretariat; then `round` for everyone, `organisation` within the organisation of whoever started the thread, and
 * `private` for nobody else. The same rule as the SQL in `VISIBLE_TO_VIEWER`.
 */
export function isVisibleTo(record: AnnotationRecord, viewer: Viewer): boolean {
  if (record.author.id === viewer.id) return true;
  if (record.hidden && viewer.role !== 'secretariat') return false;
  if (record.visibility === 'round') return true;
  return record.visibility === 'organisation' && record.audienceOrganisation === viewer.organisation;
}
