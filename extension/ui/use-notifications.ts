import { useCallback, useEffect, useState } from 'react';
import type { NotificationList } from '../../shared/schemas/notification';
import { sendToBackground } from '../lib/messaging';

/** How often an open options page asks again, so the list keeps up with the badge. */
const REFRESH_MS = 60_000;

/** The state of "Nieuw voor u" in the options page, and its commands. */
export interface NotificationsState {
  /** `null` while loading the first time. */
  list: NotificationList | null;
  failed: boolean;
  /** Set after "mark all as read" succeeded, for the confirmation. */
  allRead: boolean;
  markAllRead: () => Promise<void>;
  open: (item: NotificationList['items'][number]) => Promise<boolean>;
}

/**
 * Loads what is new for the signed-in reader through the background (which alone holds the token)
 * when `signedIn` changes and every minute while the page is open.
 */
export function useNotifications(signedIn: string): NotificationsState {
  const [list, setList] = useState<NotificationList | null>(null);
  const [failed, setFailed] = useState(false);
  const [allRead, setAllRead] = useState(false);
  const load = useCallback(async () => {
    const answer = await sendToBackground('notifications:list', {});
    setFailed(!answer.ok);
    if (answer.ok) setList(answer.value);
  }, []);
  useEffect(() => {
    setList(null);
    setAllRead(false);
    if (!signedIn) return;
    void load();
    const timer = setInterval(() => void load(), REFRESH_MS);
    return () => clearInterval(timer);
  }, [signedIn, load]);
  const markAllRead = async () => {
    const answer = await sendToBackground('notifications:read', {});
    await load();
    setAllRead(answer.ok);
  };
  const open = async (item: NotificationList['items'][number]) =>
    (await sendToBackground('notifications:open', { source: item.source, remark: item.remark })).ok;
  return { list, failed, allRead, markAllRead, open };
}
