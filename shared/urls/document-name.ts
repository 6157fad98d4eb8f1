import { isFingerprintSource, PDF_FINGERPRINT_PREFIX } from '../schemas/document-fingerprint';
import { hasUnsafeCharacters, replaceUnsafeCharacters } from '../text/unsafe-characters';

// How a document is named to people: one rule for the extension (reading list, "Nieuw voor u"), the
// dashboard (search results), the mails and the digest, so that one report never goes by two names.
// A raw address such as https://www.svmn.nl/media/2024/11/voortgangsrapportage-najaar-def.pdf?v=3
// means little to a councillor; the title the secretariat registered says what the report is.

/** Longest short address shown; a longer last path part is cut with an ellipsis. */
const MAX_SHORT = 60;

function cut(text: string): string {
  return text.length > MAX_SHORT ? `${text.slice(0, MAX_SHORT - 1)}…` : text;
}

/**
 * A path part as people read it: `%20` as a space; left as it is when it does not decode, or
 * decodes to a control character or a direction mark (see unsafe-characters.ts).
 */
function readablePart(part: string): string {
  try {
    const decoded = decodeURIComponent(part);
    return hasUnsafeCharacters(decoded) ? part : decoded;
  } catch {
    return part;
  }
}

/**
 * A short, readable form of a document's address for when no title is known: its host and the last
 * part of its path (`www.svmn.nl/…/voortgang.pdf`, `www.svmn.nl/rapporten`, `www.svmn.nl`), without
 * query or fragment. A PDF known only by its file (`urn:x-pdf:…`) is `PDF` and the start of its
 * fingerprint; anything else that is no web address is shown as it is, shortened.
 */
export function shortAddress(source: string): string {
  if (isFingerprintSource(source)) return `PDF ${source.slice(PDF_FINGERPRINT_PREFIX.length, PDF_FINGERPRINT_PREFIX.length + 8)}`;
  if (!URL.canParse(source)) return cut(source);
  const url = new URL(source);
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return cut(source);
  const parts = url.pathname.split('/').filter((part) => part !== '');
  const last = parts.at(-1);
  if (last === undefined) return url.host;
  return `${url.host}/${parts.length > 1 ? '…/' : ''}${cut(readablePart(last))}`;
}

/**
 * The name of the document at `source`: the title the secretariat registered for it when there is
 * one, else its short address (see `shortAddress`). The full address stays the link's target.
 */
export function documentName(source: string, title: string | null | undefined): string {
  // A title may come from an imported file: it is shown on one line, without direction marks.
  const registered = title ? replaceUnsafeCharacters(title, ' ').replace(/\s+/g, ' ').trim() : '';
  return registered ? registered : shortAddress(source);
}
