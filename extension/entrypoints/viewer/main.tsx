import { viewerTargetOf } from '../../lib/pdf-viewer-url';
import { openPdf } from '../../viewer/open-pdf';
import { createViewerShell } from '../../viewer/viewer-shell';
import '../../viewer/viewer.css';

// Kantlijn's PDF viewer: `viewer.html?file=URL` opens that PDF with the same annotator as web pages.
const target = viewerTargetOf(location.search);
const shell = createViewerShell(document.body, target);
if (target) {
  void openPdf(shell, target).catch((error: unknown) => {
    console.error('Kantlijn: PDF openen mislukt', error);
    shell.notice('fetch', 'De PDF kon niet worden geopend.', { kind: 'error' });
  });
} else {
  shell.notice('fetch', 'Geen PDF opgegeven: open de viewer als viewer.html?file= gevolgd door het adres van de PDF.', { kind: 'error' });
}
