import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SERVER_URL, loadSettings, saveSettings, watchSettings } from '../../../extension/lib/settings';

beforeEach(() => fakeBrowser.reset());

describe('settings', () => {
  it('defaults to the local server, no token and Dutch', async () => {
    expect(await loadSettings()).toEqual({ serverUrl: DEFAULT_SERVER_URL, token: '', language: 'nl' });
  });

  it('reads what a test or another context put under storage.local "settings"', async () => {
    await fakeBrowser.storage.local.set({ settings: { serverUrl: 'http://127.0.0.1:9999', token: 'kl_abc' } });
    expect(await loadSettings()).toEqual({ serverUrl: 'http://127.0.0.1:9999', token: 'kl_abc', language: 'nl' });
  });

  it('falls back per field on malformed values instead of failing', async () => {
    await fakeBrowser.storage.local.set({ settings: { serverUrl: 'not a url', token: 42, language: 'fr' } });
    expect(await loadSettings()).toEqual({ serverUrl: DEFAULT_SERVER_URL, token: '', language: 'nl' });
  });

  it('merges saved changes and stores them under the contract key', async () => {
    await saveSettings({ token: 'kl_one' });
    await saveSettings({ language: 'en' });
    const stored = await fakeBrowser.storage.local.get('settings');
    expect(stored.settings).toEqual({ serverUrl: DEFAULT_SERVER_URL, token: 'kl_one', language: 'en' });
  });

  it('tells watchers about changes', async () => {
    const seen: string[] = [];
    const unwatch = watchSettings((settings) => seen.push(settings.token));
    await fakeBrowser.storage.local.set({ settings: { serverUrl: DEFAULT_SERVER_URL, token: 'kl_new' } });
    await new Promise((resolve) => setTimeout(resolve, 0));
    unwatch();
    expect(seen).toEqual(['kl_new']);
  });
});
