import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { createApiClient } from '../lib/api-client';
import { createBackgroundHandlers } from '../lib/background-handlers';
import { serveLiveUpdates } from '../lib/live-updates';
import { listenForMessages } from '../lib/messaging';
import { flushOutbox, readOutbox } from '../lib/outbox';
import { loadSettings } from '../lib/settings';

/** The alarm that retries the outbox while annotations wait for the server. */
const OUTBOX_ALARM = 'kantlijn-outbox';

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
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === OUTBOX_ALARM) void flushIfWaiting();
  });
  browser.runtime.onStartup.addListener(() => void flushIfWaiting());
  // First run: open the options page so the user can sign in with the invitation.
  browser.runtime.onInstalled.addListener(async ({ reason }) => {
    if (reason === 'install' && !(await loadSettings()).token) await browser.runtime.openOptionsPage();
  });
  void flushIfWaiting();
});
