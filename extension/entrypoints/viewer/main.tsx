import { viewerTargetOf } from '../../lib/pdf-viewer-url';
import { loadSettings } from '../../lib/settings';
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
  void openPdf(shell, target).catch((error: unknown) => {
    console.error('Kantlijn: PDF openen mislukt', error);
    shell.notice('fetch', shell.messages.openFailed, { kind: 'error' });
  });
} else {
  shell.notice('fetch', shell.messages.noFile, { kind: 'error' });
}
