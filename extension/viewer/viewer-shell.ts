import { KANTLIJN_UI_ATTRIBUTE } from '../annotator/text-index';
import type { ViewerTarget } from '../lib/pdf-viewer-url';
import type { ViewerMessages } from './viewer-messages';

/** A button offered with a notice (e.g. to allow a site). */
export interface NoticeAction {
  label: string;
  onClick: () => void;
}

/** The viewer's frame around the pages: where the PDF comes from, notices, and the pages' container. */
export interface ViewerShell {
  /** The container of the pages: the document's text lives here and nowhere else. */
  pages: HTMLElement;
  /** The header, where controls (zoom) are added once the PDF is open. */
  header: HTMLElement;
  /** The viewer's texts in the reader's language. */
  messages: ViewerMessages;
  /** Shows a notice (replacing one with the same `id`); `null` text removes it. */
  notice(id: string, text: string | null, options?: { kind?: 'info' | 'error'; action?: NoticeAction }): void;
}

/** The file name a URL ends in, decoded, for the tab's title. */
export function fileNameOf(url: string): string {
  const last = new URL(url).pathname.split('/').filter(Boolean).pop() ?? url;
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}

/**
 * Builds the viewer's frame in `body`. The header shows the PDF's own URL, which is what
 * annotations are filed under, and a link back to the browser's own viewer. The header and
 * notices carry Kantlijn's UI marker: their text is never part of the document's text.
 */
export function createViewerShell(body: HTMLElement, target: ViewerTarget | null, messages: ViewerMessages): ViewerShell {
  const document = body.ownerDocument;
  const header = document.createElement('header');
  header.className = 'viewer-header';
  header.setAttribute(KANTLIJN_UI_ATTRIBUTE, '');
  const title = document.createElement('p');
  title.className = 'viewer-title';
  title.textContent = messages.title;
  header.append(title);
  if (target) {
    const source = document.createElement('p');
    source.className = 'viewer-source';
    const label = document.createElement('span');
    label.textContent = messages.source;
    const url = document.createElement('span');
    url.className = 'viewer-url';
    url.textContent = target.sourceUrl;
    source.append(label, url);
    const back = document.createElement('a');
    back.className = 'viewer-back';
    back.href = target.fileUrl;
    back.textContent = messages.openInBrowser;
    header.append(source, back);
    document.title = `${fileNameOf(target.sourceUrl)} – Kantlijn`;
  }
  const notices = document.createElement('div');
  notices.className = 'viewer-notices';
  notices.setAttribute(KANTLIJN_UI_ATTRIBUTE, '');
  const pages = document.createElement('main');
  pages.className = 'viewer-pages';
  pages.setAttribute('aria-label', messages.pagesLabel);
  // The pages scroll in here: focusable, so the arrow and page keys scroll it from the start.
  pages.tabIndex = 0;
  body.append(header, notices, pages);
  pages.focus({ preventScroll: true });

  return {
    pages,
    header,
    messages,
    notice(id, text, options = {}) {
      notices.querySelector(`[data-notice="${CSS.escape(id)}"]`)?.remove();
      if (text === null) return;
      const notice = document.createElement('div');
      notice.className = `viewer-notice ${options.kind ?? 'info'}`;
      notice.dataset.notice = id;
      // Errors interrupt; progress and hints wait their turn.
      notice.setAttribute('role', options.kind === 'error' ? 'alert' : 'status');
      const message = document.createElement('p');
      message.textContent = text;
      notice.append(message);
      if (options.action) {
        const { label, onClick } = options.action;
        const button = document.createElement('button');
        button.type = 'button';
        button.textContent = label;
        button.addEventListener('click', onClick);
        notice.append(button);
      }
      notices.append(notice);
    },
  };
}
