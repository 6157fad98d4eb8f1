import { browser } from 'wxt/browser';
import { ANNOTATOR_SCRIPT, AUTO_RUN_SCRIPT_ID, type AutoRunApi } from './auto-run-sites';

/** Registered scripts name files relative to the extension root, without the leading slash. */
const SCRIPT_FILE = ANNOTATOR_SCRIPT.replace(/^\//, '');

/** `AutoRunApi` on the real `permissions` and `scripting` APIs. */
export function browserAutoRunApi(): AutoRunApi {
  return {
    grantedOrigins: async () => (await browser.permissions.getAll()).origins ?? [],
    staticPatterns: () => (browser.runtime.getManifest().content_scripts ?? []).flatMap((script) => script.matches ?? []),
    async registeredMatches() {
      const scripts = await browser.scripting.getRegisteredContentScripts({ ids: [AUTO_RUN_SCRIPT_ID] });
      return scripts[0]?.matches ?? null;
    },
    register: (matches) =>
      browser.scripting.registerContentScripts([{ id: AUTO_RUN_SCRIPT_ID, matches, js: [SCRIPT_FILE], runAt: 'document_idle', persistAcrossSessions: true }]),
    update: (matches) => browser.scripting.updateContentScripts([{ id: AUTO_RUN_SCRIPT_ID, matches, js: [SCRIPT_FILE] }]),
    unregister: () => browser.scripting.unregisterContentScripts({ ids: [AUTO_RUN_SCRIPT_ID] }),
  };
}
