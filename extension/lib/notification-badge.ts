import { browser } from 'wxt/browser';
import { messagesFor } from '../ui/i18n';
import { createApiClient } from './api-client';
import { loadSettings } from './settings';

/** The toolbar button's API: `action` in MV3, `browserAction` in Firefox's MV2. */
export function toolbarAction(): typeof browser.action {
  return browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;
}

/** What the badge says for `unread`: nothing at 0, the number up to 99, then "99+". */
export function badgeText(unread: number): string {
  if (unread <= 0) return '';
  return unread > 99 ? '99+' : String(unread);
}

/** Shows `unread` on the toolbar button, with a title that says it in words (screen readers read it). */
export async function showUnread(unread: number): Promise<void> {
  const { language } = await loadSettings();
  const messages = messagesFor(language);
  const action = toolbarAction();
  await action.setBadgeBackgroundColor({ color: '#b3261e' });
  await action.setBadgeText({ text: badgeText(unread) });
  await action.setTitle({ title: unread > 0 ? messages.notifications.badgeTitle(unread) : messages.notifications.toolbarTitle });
}

/** Asks the server what is new and shows it; signed out or unreachable, the badge is cleared. */
export async function refreshBadge(): Promise<number> {
  const settings = await loadSettings();
  const listed = settings.token ? await createApiClient(settings).notifications(1) : null;
  const unread = listed?.ok ? listed.value.unread : 0;
  await showUnread(unread);
  return unread;
}
