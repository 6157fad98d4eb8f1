/**
 * The documents of a round and what makes several addresses one document: the URLs the secretariat
 * registered for each (a URL names at most one document), the PDF fingerprints the viewer saw at
 * each URL (so the same file at an unregistered address shares its annotations), and when each
 * reader last looked at each document's annotations (for "new since your last visit").
 */
export const documents = `
CREATE TABLE documents (
  id TEXT PRIMARY KEY,
  title TEXT NOT NULL,
  publisher TEXT,
  published_on TEXT,
  round_id TEXT REFERENCES rounds(id),
  created_at TEXT NOT NULL,
  modified_at TEXT NOT NULL
) STRICT;
CREATE INDEX documents_round ON documents(round_id);

CREATE TABLE document_urls (
  url TEXT PRIMARY KEY,
  document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  position INTEGER NOT NULL
) STRICT, WITHOUT ROWID;
CREATE INDEX document_urls_document ON document_urls(document_id, position);

CREATE TABLE pdf_sightings (
  url TEXT NOT NULL,
  fingerprint TEXT NOT NULL,
  seen_at TEXT NOT NULL,
  PRIMARY KEY (url, fingerprint)
) STRICT, WITHOUT ROWID;
CREATE INDEX pdf_sightings_fingerprint ON pdf_sightings(fingerprint);

CREATE TABLE document_visits (
  user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  visited_at TEXT NOT NULL,
  PRIMARY KEY (user_id, document_id)
) STRICT, WITHOUT ROWID;
`;
