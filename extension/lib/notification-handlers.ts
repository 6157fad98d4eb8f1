import { browser } from 'wxt/browser';
import type { ApiClient } from './api-client';
import { annotationLink } from './annotation-link';
import type { Handlers } from './messaging';
import { showUnread } from './notification-badge';
import { fail, ok } from './result';

type NotificationHandlers = Pick<
  Handlers,
  'notifications:list' | 'notifications:read' | 'notifications:open' | 'notifications:settings' | 'notifications:save-settings'
>;

/**
 * The background's answers about "Nieuw voor u". Whatever count the server answers is shown on the
 * toolbar badge at once, so the badge never lags behind the list the reader is looking at.
 */
export function createNotificationHandlers(clientFor: () => Promise<ApiClient>): NotificationHandlers {
  return {
    'notifications:list': async () => {
      const listed = await (await clientFor()).notifications();
      if (listed.ok) await showUnread(listed.value.unread);
      return listed;
    },
    'notifications:read': async ({ upTo }) => {
      const marked = await (await clientFor()).markNotificationsRead(upTo);
      if (marked.ok) await showUnread(marked.value.unread);
      return marked;
    },
    'notifications:open': async ({ source, remark }) => {
      if (!URL.canParse(source) || !/^https?:$/.test(new URL(source).protocol)) return fail('invalid_input', 'Dit document heeft geen webadres.');
      await browser.tabs.create({ url: annotationLink(source, remark, (path) => browser.runtime.getURL(path as '/viewer.html')) });
      return ok(null);
    },
    'notifications:settings': async () => (await clientFor()).notificationSettings(),
    'notifications:save-settings': async (settings) => (await clientFor()).saveNotificationSettings(settings),
  };
}
