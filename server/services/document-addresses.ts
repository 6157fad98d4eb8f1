import { isFingerprintSource } from '../../shared/schemas/document-fingerprint';
import { normaliseSource } from '../../shared/urls/normalise-source';
import type { ServiceContext } from './service-context';

/** Most URLs one document may span: beyond this, further addresses are not followed. */
export const MAX_DOCUMENT_ADDRESSES = 50;

/** Most different PDF files (fingerprints) followed for one document. */
const MAX_FINGERPRINTS = 10;

/** Most URLs at which one PDF file is remembered (see `recordPdfSighting`). */
export const MAX_URLS_PER_FINGERPRINT = 50;

/**
 * Every normalised URL that names the same document as `source` (a URL, or a PDF's `urn:x-pdf:`
 * fingerprint), optionally with the fingerprint of the file seen there: the URLs the secretariat
 * registered for one document, the URLs at which the viewer saw the same PDF file, and the URLs at
 * which annotations carrying that file's fingerprint were made; followed through each other, so a
 * registered document's PDF copy at an unregistered address counts too. The URL asked for comes
 * first. Bounded, so a list stays a handful of indexed lookups.
 */
export function documentAddresses(context: ServiceContext, source: string, fingerprint?: string): string[] {
  const urls = new Set<string>();
  const fingerprints = new Set<string>();
  const documentIds = new Set<string>();
  const urlQueue: string[] = [];
  const fingerprintQueue: string[] = [];
  const addUrl = (url: string) => {
    if (urls.has(url) || urls.size >= MAX_DOCUMENT_ADDRESSES) return;
    urls.add(url);
    urlQueue.push(url);
  };
  const addFingerprint = (value: string) => {
    if (fingerprints.has(value) || fingerprints.size >= MAX_FINGERPRINTS) return;
    fingerprints.add(value);
    fingerprintQueue.push(value);
  };
  if (isFingerprintSource(source)) addFingerprint(source);
  else addUrl(normaliseSource(source));
  if (fingerprint) addFingerprint(fingerprint);
  const { documents, pdfSightings, annotations } = context.db;
  while (urlQueue.length > 0 || fingerprintQueue.length > 0) {
    const url = urlQueue.shift();
    if (url !== undefined) {
      const documentId = documents.documentIdOfUrl(url);
      if (documentId && !documentIds.has(documentId)) {
        documentIds.add(documentId);
        documents.findById(documentId)?.urls.forEach(addUrl);
      }
      pdfSightings.fingerprintsAt(url).forEach(addFingerprint);
    }
    const file = fingerprintQueue.shift();
    if (file !== undefined) {
      pdfSightings.urlsOf(file).forEach(addUrl);
      annotations.sourcesWithFingerprint(file).forEach(addUrl);
    }
  }
  return [...urls];
}

/** The registered document among `addresses` (the first that belongs to one), if any. */
export function registeredDocumentAt(context: ServiceContext, addresses: readonly string[]): string | null {
  for (const url of addresses) {
    const id = context.db.documents.documentIdOfUrl(url);
    if (id) return id;
  }
  return null;
}

/**
 * Remembers that the PDF file `fingerprint` was seen at `url` (the viewer lists a PDF's annotations
 * with both; an annotation made there carries both). A new pair ties more URLs into one document,
 * so the rendered lists are forgotten. A file is tied to at most MAX_URLS_PER_FINGERPRINT URLs.
 */
export function recordPdfSighting(context: ServiceContext, url: string, fingerprint: string): void {
  if (isFingerprintSource(url) || !URL.canParse(url)) return;
  const added = context.db.pdfSightings.record(normaliseSource(url), fingerprint, context.now().toISOString(), MAX_URLS_PER_FINGERPRINT);
  if (added) context.pages?.clear();
}
