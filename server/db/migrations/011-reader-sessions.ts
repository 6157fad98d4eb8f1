/**
 * Browser sessions of the reader (`/lezen`), for people who read without the extension. Only a
 * hash of the session id is kept; each session rides on one API token (`token_hash`), so revoking
 * that token or the account ends the session as well.
 */
export const readerSessions = `
CREATE TABLE reader_sessions (
  id_hash TEXT NOT NULL PRIMARY KEY,
  user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  token_hash TEXT NOT NULL REFERENCES tokens(token_hash) ON DELETE CASCADE,
  created_at TEXT NOT NULL,
  expires_at TEXT NOT NULL
) STRICT;
CREATE INDEX reader_sessions_user ON reader_sessions(user_id);
CREATE INDEX reader_sessions_token ON reader_sessions(token_hash);
`;
