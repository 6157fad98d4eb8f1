/** Why the database could not take a write, as far as the caller needs to know. */
export type StorageFailure = 'full' | 'read-only' | 'busy' | 'io';

/**
 * Classifies a SQLite error by its extended code (`SQLITE_FULL`, `SQLITE_READONLY_…`, …), or
 * `null` for anything else. Such errors are about the server's disk, not the request, and get a
 * clear answer instead of a generic 500; SQLite has already rolled the statement back.
 */
export function storageFailureOf(error: unknown): StorageFailure | null {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string' || !code.startsWith('SQLITE_')) return null;
  if (code === 'SQLITE_FULL') return 'full';
  if (code.startsWith('SQLITE_READONLY') || code.startsWith('SQLITE_CANTOPEN') || code === 'SQLITE_PERM') return 'read-only';
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) return 'busy';
  if (code.startsWith('SQLITE_IOERR')) return 'io';
  return null;
}
