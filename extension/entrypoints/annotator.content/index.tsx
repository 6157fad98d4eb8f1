import { createRoot, type Root } from 'react-dom/client';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { createHtmlIntegration } from '../../annotator/html-integration';
import { ensureHighlightStyles } from '../../annotator/highlight-styles';
import { KANTLIJN_UI_ATTRIBUTE } from '../../annotator/text-index';
import { AnnotatorApp } from '../../ui/annotator-app';
import '../../ui/styles.css';

// The annotator on web pages: highlights in the page's DOM, the UI in an open shadow root.
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  cssInjectionMode: 'ui',
  async main(ctx) {
    ensureHighlightStyles(document);
    const integration = createHtmlIntegration(document);
    const ui = await createShadowRootUi<Root>(ctx, {
      name: 'kantlijn-annotator',
      position: 'inline',
      anchor: 'body',
      append: 'last',
      mode: 'open',
      onMount(container, _shadow, host) {
        host.setAttribute(KANTLIJN_UI_ATTRIBUTE, '');
        const root = createRoot(container);
        root.render(<AnnotatorApp integration={integration} />);
        return root;
      },
      onRemove(root) {
        root?.unmount();
      },
    });
    ui.mount();
  },
});
