import type BetterSqlite3 from 'better-sqlite3';

/**
 * Which PDF file (by its fingerprint) the viewer saw at which URL. Two URLs that served the same
 * file share their annotations, also those made without a fingerprint (through the API, an import,
 * an older extension).
 */
export type PdfSightingsRepository = ReturnType<typeof createPdfSightingsRepository>;

/** Prepares the statements once and returns the repository. */
export function createPdfSightingsRepository(db: BetterSqlite3.Database) {
  const exists = db.prepare<[string, string], { n: number }>('SELECT 1 AS n FROM pdf_sightings WHERE url = ? AND fingerprint = ?');
  const insert = db.prepare<[string, string, string]>('INSERT OR IGNORE INTO pdf_sightings (url, fingerprint, seen_at) VALUES (?, ?, ?)');
  const countUrls = db.prepare<[string], { n: number }>('SELECT count(*) AS n FROM pdf_sightings WHERE fingerprint = ?');
  const selectFingerprints = db.prepare<[string], { fingerprint: string }>('SELECT fingerprint FROM pdf_sightings WHERE url = ? ORDER BY fingerprint');
  const selectUrls = db.prepare<[string], { url: string }>('SELECT url FROM pdf_sightings WHERE fingerprint = ? ORDER BY url');

  return {
    /**
     * Remembers that `url` served the file `fingerprint`; true when that was new. Looks before it
     * writes, since the viewer reports the pair on every opening. At most `maxUrls` URLs are kept
     * per file, so a client cannot tie a file to ever more addresses.
     */
    record(url: string, fingerprint: string, at: string, maxUrls: number): boolean {
      if (exists.get(url, fingerprint)) return false;
      if ((countUrls.get(fingerprint)?.n ?? 0) >= maxUrls) return false;
      return insert.run(url, fingerprint, at).changes > 0;
    },
    /** The fingerprints seen at `url`. */
    fingerprintsAt(url: string): string[] {
      return selectFingerprints.all(url).map((row) => row.fingerprint);
    },
    /** The URLs at which the file `fingerprint` was seen. */
    urlsOf(fingerprint: string): string[] {
      return selectUrls.all(fingerprint).map((row) => row.url);
    },
  };
}
