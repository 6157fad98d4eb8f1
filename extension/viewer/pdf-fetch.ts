import { browser } from 'wxt/browser';
import { originPatternOf } from '../lib/pdf-viewer-url';

/** Why the PDF's bytes could not be read. */
export type FetchFailure =
  /** The site sends no CORS header and Kantlijn may not read it: the user can allow the site. */
  | { reason: 'permission'; origin: string }
  /** A PDF on disk, while the browser does not let the extension read files. */
  | { reason: 'file-access' }
  | { reason: 'http'; status: number }
  | { reason: 'network' }
  | { reason: 'not-pdf' };

/** The PDF's bytes, or why there are none. */
export type FetchOutcome = { ok: true; data: Uint8Array } | ({ ok: false } & FetchFailure);

/** Whether Kantlijn holds host permission for the site of `url` (granted, or a static content-script site). */
async function mayRead(pattern: string | null): Promise<boolean> {
  if (!pattern) return false;
  try {
    return await browser.permissions.contains({ origins: [pattern] });
  } catch {
    return false;
  }
}

/** A PDF starts with `%PDF-` within its first kilobyte; anything else (an HTML error page) is not one. */
function looksLikePdf(data: Uint8Array): boolean {
  const head = new TextDecoder('latin1').decode(data.subarray(0, 1024));
  return head.includes('%PDF-');
}

/** A PDF on disk: `fetch()` refuses `file:` URLs, an XHR may read them when the user allowed file access. */
function readFile(url: URL): Promise<FetchOutcome> {
  return new Promise((resolve) => {
    const request = new XMLHttpRequest();
    request.open('GET', url.href);
    request.responseType = 'arraybuffer';
    request.onload = () => {
      const data = new Uint8Array(request.response as ArrayBuffer);
      resolve(looksLikePdf(data) ? { ok: true, data } : { ok: false, reason: 'not-pdf' });
    };
    request.onerror = () => resolve({ ok: false, reason: 'file-access' });
    request.send();
  });
}

/**
 * Reads the PDF with `fetch()` from the viewer page. With host permission for the site the
 * browser lets the extension read it (with the user's cookies, for PDFs behind a login); without,
 * only a site that allows any origin (CORS `*`) can be read, and then without cookies. A failed
 * request without permission is reported as `permission`, so the viewer can offer to ask for it.
 */
export async function fetchPdf(fileUrl: string): Promise<FetchOutcome> {
  const url = new URL(fileUrl);
  url.hash = '';
  if (url.protocol === 'file:') return readFile(url);
  const pattern = originPatternOf(url.href);
  const permitted = await mayRead(pattern);
  let response: Response;
  try {
    response = await fetch(url, { credentials: permitted ? 'include' : 'omit' });
  } catch {
    return permitted || !pattern ? { ok: false, reason: 'network' } : { ok: false, reason: 'permission', origin: pattern };
  }
  if (!response.ok) return { ok: false, reason: 'http', status: response.status };
  const data = new Uint8Array(await response.arrayBuffer());
  return looksLikePdf(data) ? { ok: true, data } : { ok: false, reason: 'not-pdf' };
}

/**
 * Asks the user to let Kantlijn read the site (`origin` is a host pattern within the manifest's
 * optional host permissions). Must run in a click handler: browsers only ask on a user gesture.
 */
export async function requestSiteAccess(origin: string): Promise<boolean> {
  try {
    return await browser.permissions.request({ origins: [origin] });
  } catch {
    return false;
  }
}
