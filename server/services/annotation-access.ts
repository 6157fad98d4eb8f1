import type { AnnotationRecord, Viewer } from '../db/annotation-row';

/**
 * True when moderation withholds `record` from readers: the secretariat hid it, or hid something it
 * answers (at any depth). The one home of that rule in TypeScript; `WITHHELD` is its SQL.
 */
export function isWithheld(record: Pick<AnnotationRecord, 'hidden' | 'threadHidden'>): boolean {
  return record.hidden !== null || record.threadHidden === true;
}

/**
 * True when `viewer` may see `record`: its author always; a withheld one otherwise only the
 * secretariat; then `round` for everyone, `organisation` within the organisation of whoever started
 * the thread, and `private` for nobody else. The same rule as the SQL in `VISIBLE_TO_VIEWER`
 * (tests/server/visibility-agreement.test.ts holds the two together).
 */
export function isVisibleTo(record: AnnotationRecord, viewer: Viewer): boolean {
  if (record.author.id === viewer.id) return true;
  if (isWithheld(record) && viewer.role !== 'secretariat') return false;
  if (record.visibility === 'round') return true;
  return record.visibility === 'organisation' && record.audienceOrganisation === viewer.organisation;
}
