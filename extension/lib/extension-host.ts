import type { AnnotatorHost } from './annotator-host';
import { watchLiveUpdates } from './live-updates';
import { sendToBackground } from './messaging';
import { loadSettings, watchSettings } from './settings';

/** The extension's host: everything goes through the background and `storage.local`. */
export const extensionHost: AnnotatorHost = {
  send: sendToBackground,
  watchLiveUpdates,
  loadSettings,
  watchSettings,
};
