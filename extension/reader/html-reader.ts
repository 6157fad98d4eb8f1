import { createHtmlIntegration } from '../annotator/html-integration';
import { ensureHighlightStyles } from '../annotator/highlight-styles';
import { mountAnnotator } from '../viewer/mount-annotator';
import { readReaderConfig } from './reader-config';
import { createReaderHost } from './reader-host';

// The reader in the browser on a copy of a web page: the server has taken the page's own scripts
// out; this starts the same annotator as the extension's, filing remarks under the original URL.
const config = readReaderConfig(document);
if (config?.kind === 'html') {
  ensureHighlightStyles(document);
  const integration = createHtmlIntegration(document, { sourceUrl: config.source });
  mountAnnotator(integration, createReaderHost({ serverUrl: location.origin, csrfToken: config.csrfToken, language: config.language }));
} else {
  console.error('Kantlijn: de lezer vond zijn instellingen niet in de pagina.');
}
