import { createRoot, type Root } from 'react-dom/client';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { createHtmlIntegration } from '../../annotator/html-integration';
import { ensureHighlightStyles } from '../../annotator/highlight-styles';
import { KANTLIJN_UI_ATTRIBUTE } from '../../annotator/text-index';
import { extensionHost } from '../../lib/extension-host';
import { sendToBackground } from '../../lib/messaging';
import { AnnotatorHostProvider } from '../../ui/annotator-host-context';
import { AnnouncerProvider } from '../../ui/announcer';
import { AnnotatorApp } from '../../ui/annotator-app';
import { listDocumentAnnotationsEarly } from '../../ui/document-identity';
import '../../ui/styles.css';

/** Set once per page: the script may arrive twice (statically, on request, or for an allowed site). */
const LOADED = Symbol.for('kantlijn.annotator');

// The annotator on web pages: highlights in the page's DOM, the UI in an open shadow root.
// It runs by itself only on loopback addresses (the local demo and test pages); elsewhere it runs
// when the user asks (toolbar button or Alt+Shift+K) or on sites the user allowed in the options.
export default defineContentScript({
  matches: ['http://127.0.0.1/*', 'http://localhost/*'],
  cssInjectionMode: 'ui',
  async main(ctx) {
    const scope = globalThis as typeof globalThis & { [LOADED]?: true };
    if (scope[LOADED]) return;
    scope[LOADED] = true;
    // The browser's own PDF viewer runs no extension UI: show this PDF in Kantlijn's viewer instead.
    if (document.contentType === 'application/pdf') {
      void sendToBackground('viewer:open-here', { url: location.href });
      return;
    }
    ensureHighlightStyles(document);
    const integration = createHtmlIntegration(document);
    listDocumentAnnotationsEarly(extensionHost, integration);
    const ui = await createShadowRootUi<Root>(ctx, {
      name: 'kantlijn-annotator',
      position: 'inline',
      anchor: 'body',
      append: 'last',
      mode: 'open',
      onMount(container, _shadow, host) {
        host.setAttribute(KANTLIJN_UI_ATTRIBUTE, '');
        const root = createRoot(container);
        root.render(<AnnotatorHostProvider host={extensionHost}><AnnouncerProvider><AnnotatorApp integration={integration} /></AnnouncerProvider></AnnotatorHostProvider>);
        return root;
      },
      onRemove(root) {
        root?.unmount();
        integration.destroy();
      },
    });
    ui.mount();
  },
});
