import type { KantlijnDatabase } from '../db/database';
import type { EventBus } from './event-bus';

/**
 * Keeps badges live: after every annotation change (a new reply, one made private, hidden or
 * deleted, a recorded answer) the people holding a notification about that annotation are told, and
 * their streams send them their fresh unread count. Replies whose visibility follows a changed
 * parent are published as changes of their own, so each is covered here too.
 */
export function relayNotificationChanges(db: KantlijnDatabase, events: EventBus): () => void {
  return events.subscribe((change) => {
    const record = change.after ?? change.before;
    if (!record) return;
    for (const userId of db.notifications.recipientsOf(record.uuid)) events.notifyUser(userId);
  });
}
