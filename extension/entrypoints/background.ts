import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { createApiClient } from '../lib/api-client';
import { createBackgroundHandlers } from '../lib/background-handlers';
import { activateOnTab } from '../lib/activate-tab';
import { syncAutoRunSites } from '../lib/auto-run-sites';
import { browserAutoRunApi } from '../lib/browser-auto-run-api';
import { serveLiveUpdates } from '../lib/live-updates';
import { listenForMessages } from '../lib/messaging';
import { flushOutbox, readOutbox } from '../lib/outbox';
import { refreshBadge, toolbarAction } from '../lib/notification-badge';
import { loadSettings, watchSettings } from '../lib/settings';

/** The alarm that retries the outbox while annotations wait for the server. */
const OUTBOX_ALARM = 'kantlijn-outbox';
/**
 * The alarm that asks what is new when no page holds a live stream open: every two minutes is soon
 * enough for replies that come in over days, and one small request per reader is nothing to a server.
 */
const NOTIFICATIONS_ALARM = 'kantlijn-notifications';

// The background owns the token, the API client and the outbox; content scripts only send it messages.
export default defineBackground(() => {
  listenForMessages(createBackgroundHandlers());
  serveLiveUpdates();

  const flushIfWaiting = async () => {
    if ((await readOutbox()).some((entry) => entry.state === 'pending')) {
      await flushOutbox(createApiClient(await loadSettings()));
    }
  };
  void browser.alarms.create(OUTBOX_ALARM, { periodInMinutes: 1 });
  void browser.alarms.create(NOTIFICATIONS_ALARM, { periodInMinutes: 2 });
  const refresh = () => void refreshBadge().catch((error: unknown) => console.warn('Kantlijn: meldingen', error));
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === OUTBOX_ALARM) void flushIfWaiting();
    if (alarm.name === NOTIFICATIONS_ALARM) refresh();
  });
  browser.runtime.onStartup.addListener(() => void flushIfWaiting());
  // Signing in, out or as someone else, or another language: the badge follows at once.
  watchSettings(refresh);
  refresh();
  // On demand: the toolbar button (or its shortcut) runs Kantlijn on the current tab (activeTab);
  // a PDF tab goes to Kantlijn's own viewer instead.
  const action = toolbarAction();
  action.onClicked.addListener((tab) => void activateOnTab(tab));
  // Automatically: on exactly the sites the user allowed, kept in step with the grants.
  const syncSites = () => void syncAutoRunSites(browserAutoRunApi()).catch((error: unknown) => console.warn('Kantlijn: sites', error));
  browser.permissions.onAdded.addListener(syncSites);
  browser.permissions.onRemoved.addListener(syncSites);
  syncSites();
  // First run: open the options page so the user can sign in with the invitation.
  const openOptionsOnFirstInstall = async (reason: string) => {
    if (reason === 'install' && !(await loadSettings()).token) await browser.runtime.openOptionsPage();
  };
  browser.runtime.onInstalled.addListener(({ reason }) => {
    void openOptionsOnFirstInstall(reason);
  });
  void flushIfWaiting();
});
