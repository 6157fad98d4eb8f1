/** What kind of document the reader shows. */
export type DocumentKind = 'pdf' | 'html';

/** A document the reader fetched, checked and within its limits. */
export interface FetchedDocument {
  /** The URL asked for (what annotations are anchored to). */
  requestedUrl: string;
  /** Where the document was found after redirects (links in a copy are made absolute to it). */
  finalUrl: string;
  kind: DocumentKind;
  /** The `charset` parameter of the answer's content type, lower case, if any. */
  charset: string | null;
  body: Buffer;
}

/**
 * Why the reader did not fetch a document. Every reason has its own explanation for the reader
 * (see `reader-texts.ts`), so a councillor knows whether to ask the secretariat or try later.
 */
export type FetchRefusalReason =
  | 'invalid_url'
  | 'not_allowed'
  | 'private_address'
  | 'unresolvable'
  | 'too_many_redirects'
  | 'too_large'
  | 'timeout'
  | 'unsupported_type'
  | 'upstream_status'
  | 'unreachable';

/** A fetch's result: the document, or why not (never a thrown error). */
export type FetchOutcome = { ok: true; document: FetchedDocument } | { ok: false; reason: FetchRefusalReason; url: string };

/** One address a name resolves to. */
export interface ResolvedAddress {
  address: string;
  family: 4 | 6;
}

/** Turns a host name into its addresses; the server uses the system's resolver, tests their own. */
export type Resolver = (hostname: string) => Promise<readonly ResolvedAddress[]>;
