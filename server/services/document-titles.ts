import { documentAddresses, registeredDocumentAt } from './document-addresses';
import type { ServiceContext } from './service-context';

/** The registered title of the document at a source, or null when the source is on no registered document. */
export type DocumentTitleLookup = (source: string) => string | null;

/**
 * A lookup of document titles for one list (notifications, search results, a digest): a source
 * gets the title of the registered document it is an address of, directly or through the
 * document's other addresses (a PDF copy seen elsewhere, see `documentAddresses`). Each source is
 * looked up once per lookup, so a list of fifty items on three documents costs three look-ups.
 * Titles are the secretariat's public names of reports, never anything a reader wrote.
 */
export function documentTitleLookup(context: ServiceContext): DocumentTitleLookup {
  const known = new Map<string, string | null>();
  return (source) => {
    const cached = known.get(source);
    if (cached !== undefined) return cached;
    const id = context.db.documents.documentIdOfUrl(source) ?? registeredDocumentAt(context, documentAddresses(context, source));
    const title = id ? (context.db.documents.findById(id)?.title ?? null) : null;
    known.set(source, title);
    return title;
  };
}
