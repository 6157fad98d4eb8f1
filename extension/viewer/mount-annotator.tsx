import { createRoot } from 'react-dom/client';
import type { DocumentIntegration } from '../annotator/document-integration';
import { ensureHighlightStyles } from '../annotator/highlight-styles';
import { KANTLIJN_UI_ATTRIBUTE } from '../annotator/text-index';
import type { AnnotatorHost } from '../lib/annotator-host';
import { AnnotatorHostProvider } from '../ui/annotator-host-context';
import { AnnouncerProvider } from '../ui/announcer';
import { AnnotatorApp } from '../ui/annotator-app';
import uiStyles from '../ui/styles.css?inline';

/**
 * Mounts Kantlijn's UI in the viewer exactly as the content script does on web pages: the same
 * app in an open shadow root on a `<kantlijn-annotator>` host, with the same stylesheet, so the
 * toolbar, editor and sidebar look and behave the same (and tests find them the same way).
 * `annotatorHost` is the extension's, or the reader's in the browser (which mounts the same way on
 * its copies of web pages and on PDFs). Returns the function that takes the UI away again and
 * destroys the integration.
 */
export function mountAnnotator(integration: DocumentIntegration, annotatorHost: AnnotatorHost): () => void {
  ensureHighlightStyles(document);
  const host = document.createElement('kantlijn-annotator');
  host.setAttribute(KANTLIJN_UI_ATTRIBUTE, '');
  const shadow = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = uiStyles;
  const container = document.createElement('div');
  shadow.append(style, container);
  document.body.append(host);
  const root = createRoot(container);
  root.render(<AnnotatorHostProvider host={annotatorHost}><AnnouncerProvider><AnnotatorApp integration={integration} /></AnnouncerProvider></AnnotatorHostProvider>);
  return () => {
    root.unmount();
    host.remove();
    integration.destroy();
  };
}
