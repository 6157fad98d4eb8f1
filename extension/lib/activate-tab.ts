import { browser } from 'wxt/browser';
import { ANNOTATOR_SCRIPT } from './auto-run-sites';
import { isPdfUrl, viewerPathFor } from './pdf-viewer-url';

/** What activating Kantlijn on a tab needs from the browser, injectable for tests. */
export interface ActivationApi {
  /** Runs the annotator in the tab; rejects where the browser allows no script (its PDF viewer among them). */
  injectAnnotator(tabId: number): Promise<unknown>;
  /** Navigates the tab to Kantlijn's viewer for `pdfUrl`. */
  openViewer(tabId: number, pdfUrl: string): Promise<unknown>;
  /** Whether `url` answers with a PDF (asked only when its address does not say so). */
  servesPdf(url: string): Promise<boolean>;
}

/** What activation did. */
export type Activation = 'viewer' | 'annotator' | 'none';

/**
 * Runs Kantlijn on the tab the user activated it on (toolbar button or shortcut). A PDF tab is
 * sent to Kantlijn's viewer, because the browser's own PDF viewer runs no extension scripts: a
 * `.pdf` address directly; any other tab gets the annotator, and when the browser refuses to run
 * it there, an address that turns out to serve a PDF (`Content-Type`) goes to the viewer too.
 */
export async function activateOnTab(tab: { id?: number | undefined; url?: string | undefined }, api: ActivationApi = browserActivationApi()): Promise<Activation> {
  const { id, url } = tab;
  if (id === undefined) return 'none';
  try {
    if (url && isPdfUrl(url)) {
      await api.openViewer(id, url);
      return 'viewer';
    }
    try {
      await api.injectAnnotator(id);
      return 'annotator';
    } catch {
      if (!url || !/^https?:/.test(url) || !(await api.servesPdf(url).catch(() => false))) return 'none';
      await api.openViewer(id, url);
      return 'viewer';
    }
  } catch (error) {
    // A tab closed meanwhile, or one the browser keeps to itself: nothing to do there.
    console.warn('Kantlijn: activeren mislukt', error);
    return 'none';
  }
}

/** `ActivationApi` on the real browser: `scripting`, `tabs`, and a HEAD request under `activeTab`. */
export function browserActivationApi(): ActivationApi {
  return {
    injectAnnotator: (tabId) => browser.scripting.executeScript({ target: { tabId }, files: [ANNOTATOR_SCRIPT] }),
    openViewer: (tabId, pdfUrl) => browser.tabs.update(tabId, { url: browser.runtime.getURL(viewerPathFor(pdfUrl)) }),
    async servesPdf(url) {
      // activeTab lets the extension read the tab's site until the tab navigates away.
      const response = await fetch(url, { method: 'HEAD', credentials: 'include' });
      return /^application\/pdf\b/i.test(response.headers.get('Content-Type') ?? '');
    },
  };
}
