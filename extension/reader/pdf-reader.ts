import type { FetchOutcome } from '../viewer/pdf-fetch';
import { openPdf } from '../viewer/open-pdf';
import { viewerMessagesFor } from '../viewer/viewer-messages';
import { createViewerShell } from '../viewer/viewer-shell';
import '../viewer/viewer.css';
import { readReaderConfig } from './reader-config';
import { createReaderHost } from './reader-host';

/** A PDF starts with `%PDF-` within its first kilobyte. */
function looksLikePdf(data: Uint8Array): boolean {
  return new TextDecoder('latin1').decode(data.subarray(0, 1024)).includes('%PDF-');
}

/** The PDF's bytes from the Kantlijn server, which fetched and checked them (same origin, session cookie). */
async function fetchFromServer(url: string): Promise<FetchOutcome> {
  let response: Response;
  try {
    response = await fetch(url, { credentials: 'same-origin' });
  } catch {
    return { ok: false, reason: 'network' };
  }
  if (!response.ok) return { ok: false, reason: 'http', status: response.status };
  const data = new Uint8Array(await response.arrayBuffer());
  return looksLikePdf(data) ? { ok: true, data } : { ok: false, reason: 'not-pdf' };
}

// The reader in the browser on a PDF: the extension's own viewer, fed by the server.
const config = readReaderConfig(document);
if (config?.kind === 'pdf' && config.pdfBytesUrl && config.pdfAssets) {
  const { pdfBytesUrl, pdfAssets } = config;
  document.documentElement.lang = config.language;
  const target = { fileUrl: config.source, sourceUrl: config.source };
  const shell = createViewerShell(document.body, target, viewerMessagesFor(config.language));
  const environment = {
    host: createReaderHost({ serverUrl: location.origin, csrfToken: config.csrfToken, language: config.language }),
    fetchPdf: () => fetchFromServer(pdfBytesUrl),
    wasmUrl: pdfAssets.wasmUrl,
    standardFontDataUrl: pdfAssets.standardFontDataUrl,
  };
  void openPdf(shell, target, environment).catch((error: unknown) => {
    console.error('Kantlijn: PDF openen mislukt', error);
    shell.notice('fetch', shell.messages.openFailed, { kind: 'error' });
  });
} else {
  console.error('Kantlijn: de lezer vond zijn instellingen niet in de pagina.');
}
