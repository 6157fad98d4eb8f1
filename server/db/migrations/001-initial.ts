/**
 * The first schema: people and their tokens, annotations with their term links, and versioned
 * taxonomies. Annotations keep their W3C body and target as JSON (they are returned as they were
 * sent) and copy out what reads filter on (source, author, visibility, terms).
 */
export const initialSchema = `
CREATE TABLE users (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  role TEXT NOT NULL CHECK (role IN ('councillor', 'partner', 'secretariat', 'respondent')),
  organisation TEXT NOT NULL,
  created_at TEXT NOT NULL
) STRICT;

CREATE TABLE tokens (
  token_hash TEXT PRIMARY KEY,
  user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  created_at TEXT NOT NULL,
  revoked_at TEXT
) STRICT;
CREATE INDEX tokens_user ON tokens(user_id);

CREATE TABLE annotations (
  uuid TEXT PRIMARY KEY,
  id TEXT NOT NULL,
  source TEXT NOT NULL,
  parent_uuid TEXT REFERENCES annotations(uuid),
  author_id TEXT NOT NULL REFERENCES users(id),
  motivation TEXT NOT NULL,
  kind TEXT,
  visibility TEXT NOT NULL CHECK (visibility IN ('private', 'organisation', 'round')),
  body TEXT NOT NULL,
  target TEXT NOT NULL,
  version INTEGER NOT NULL DEFAULT 1,
  created TEXT NOT NULL,
  modified TEXT NOT NULL
) STRICT;
CREATE INDEX annotations_source ON annotations(source, created);
CREATE INDEX annotations_parent ON annotations(parent_uuid);
CREATE INDEX annotations_author ON annotations(author_id);

CREATE TABLE annotation_terms (
  annotation_uuid TEXT NOT NULL REFERENCES annotations(uuid) ON DELETE CASCADE,
  term_id TEXT NOT NULL,
  PRIMARY KEY (annotation_uuid, term_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX annotation_terms_term ON annotation_terms(term_id);

CREATE TABLE taxonomy_versions (
  version INTEGER PRIMARY KEY,
  terms TEXT NOT NULL,
  created_at TEXT NOT NULL
) STRICT;
`;
