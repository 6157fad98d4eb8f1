import { viewerTargetOf } from '../../lib/pdf-viewer-url';
import { extensionHost } from '../../lib/extension-host';
import { loadSettings } from '../../lib/settings';
import { fetchPdf, requestSiteAccess } from '../../viewer/pdf-fetch';
import { openPdf } from '../../viewer/open-pdf';
import { viewerMessagesFor } from '../../viewer/viewer-messages';
import { createViewerShell } from '../../viewer/viewer-shell';
import '../../viewer/viewer.css';

// Kantlijn's PDF viewer: `viewer.html?file=URL` opens that PDF with the same annotator as web pages,
// in the interface language chosen in the options.
const target = viewerTargetOf(location.search);
const language = await loadSettings().then(
  (settings) => settings.language,
  () => 'nl' as const,
);
document.documentElement.lang = language;
const shell = createViewerShell(document.body, target, viewerMessagesFor(language));
if (target) {
  const environment = {
    host: extensionHost,
    fetchPdf,
    requestSiteAccess,
    wasmUrl: new URL('/pdfjs/wasm/', location.origin).href,
    standardFontDataUrl: new URL('/pdfjs/standard_fonts/', location.origin).href,
  };
  void openPdf(shell, target, environment).catch((error: unknown) => {
    console.error('Kantlijn: PDF openen mislukt', error);
    shell.notice('fetch', shell.messages.openFailed, { kind: 'error' });
  });
} else {
  shell.notice('fetch', shell.messages.noFile, { kind: 'error' });
}
