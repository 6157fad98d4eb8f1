import type { DocumentRecord } from '../../db/documents-repository';
import { documentAddresses } from '../../services/document-addresses';
import type { ServiceContext } from '../../services/service-context';
import type { DocumentWithAddresses } from './document-coverage';

/** Each registered document with every URL its annotations are made at (see `documentAddresses`). */
export function documentsWithAddresses(context: ServiceContext, documents: readonly DocumentRecord[]): DocumentWithAddresses[] {
  return documents.map((document) => ({ id: document.id, title: document.title, addresses: documentAddresses(context, document.urls[0] ?? '') }));
}
