import { mkdirSync } from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { createAnnotationsRepository } from './annotations-repository';
import { createAuditRepository } from './audit-repository';
import { createDocumentsRepository } from './documents-repository';
import { createImportOriginsRepository } from './import-origins-repository';
import { createInvitesRepository } from './invites-repository';
import { createMailRepository } from './mail-repository';
import { migrate } from './migrate';
import { createPdfSightingsRepository } from './pdf-sightings-repository';
import { createNotificationsRepository } from './notifications-repository';
import { createReaderSessionsRepository } from './reader-sessions-repository';
import { createResponsesRepository } from './responses-repository';
import { createRoundsRepository } from './rounds-repository';
import { createScrubNamesRepository } from './scrub-names-repository';
import { createSearchRepository } from './search-repository';
import { createTaxonomyRepository } from './taxonomy-repository';
import { createUsersRepository } from './users-repository';

/** The file name of the database inside `DATA_DIR`. */
export const DATABASE_FILE_NAME = 'kantlijn.sqlite';

/** The opened database with its repositories; the only handle the rest of the server gets. */
export interface KantlijnDatabase {
  file: string;
  users: ReturnType<typeof createUsersRepository>;
  annotations: ReturnType<typeof createAnnotationsRepository>;
  taxonomy: ReturnType<typeof createTaxonomyRepository>;
  rounds: ReturnType<typeof createRoundsRepository>;
  invites: ReturnType<typeof createInvitesRepository>;
  audit: ReturnType<typeof createAuditRepository>;
  responses: ReturnType<typeof createResponsesRepository>;
  /** The secretariat's list of further names to scrub from pseudonymised digests. */
  scrubNames: ReturnType<typeof createScrubNamesRepository>;
  /** The documents of rounds, their URLs and readers' visits. */
  documents: ReturnType<typeof createDocumentsRepository>;
  /** Which PDF file the viewer saw at which URL. */
  pdfSightings: ReturnType<typeof createPdfSightingsRepository>;
  /** "Nieuw voor u": who is to hear of which reply or answer. */
  notifications: ReturnType<typeof createNotificationsRepository>;
  /** Mail preferences, the mail outbox and unsubscribe tokens. */
  mail: ReturnType<typeof createMailRepository>;
  /** Full-text search over annotations, within what a reader may see. */
  search: ReturnType<typeof createSearchRepository>;
  /** Browser sessions of the reader (`/lezen`). */
  readerSessions: ReturnType<typeof createReaderSessionsRepository>;
  /** Where imported annotations came from, so an import run twice creates nothing twice. */
  importOrigins: ReturnType<typeof createImportOriginsRepository>;
  /** Runs `work` in one immediate transaction (never pass async work: it would commit early). */
  transaction<T>(work: () => T): T;
  /** Writes a consistent copy of the live database to `file` while it stays in use. */
  backup(file: string): Promise<void>;
  /**
   * SQLite's `data_version`: it changes whenever another connection (a command such as
   * `npm run import` or `npm run users`) commits to the file, never for this connection's own
   * writes. Lets what this process keeps in memory notice writes it did not make.
   */
  outsideWrites(): number;
  /** `PRAGMA integrity_check`: `ok` or the problems found. */
  integrityCheck(): string;
  close(): void;
}

/**
 * Opens (creating if needed) the database in `dataDir` and migrates it.
 * WAL lets the CLI and the server use the file at once; `synchronous = FULL` makes an acknowledged
 * write durable even across a power cut, not only a crash; `busy_timeout` makes a writer wait for
 * the other process instead of failing.
 */
export function openDatabase(dataDir: string, options: { maxMegabytes?: number } = {}): KantlijnDatabase {
  mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, DATABASE_FILE_NAME);
  const db = new BetterSqlite3(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  if (options.maxMegabytes) {
    const pageSize = db.pragma('page_size', { simple: true }) as number;
    db.pragma(`max_page_count = ${Math.floor((options.maxMegabytes * 1024 * 1024) / pageSize)}`);
  }
  migrate(db);
  const dataVersion = db.prepare('PRAGMA data_version').pluck();
  return {
    file,
    users: createUsersRepository(db),
    annotations: createAnnotationsRepository(db),
    taxonomy: createTaxonomyRepository(db),
    rounds: createRoundsRepository(db),
    invites: createInvitesRepository(db),
    audit: createAuditRepository(db),
    responses: createResponsesRepository(db),
    scrubNames: createScrubNamesRepository(db),
    documents: createDocumentsRepository(db),
    pdfSightings: createPdfSightingsRepository(db),
    notifications: createNotificationsRepository(db),
    mail: createMailRepository(db),
    search: createSearchRepository(db),
    readerSessions: createReaderSessionsRepository(db),
    importOrigins: createImportOriginsRepository(db),
    transaction: <T>(work: () => T): T => db.transaction(work).immediate(),
    backup: async (target: string) => {
      await db.backup(target);
    },
    outsideWrites: () => dataVersion.get() as number,
    integrityCheck: () => (db.pragma('integrity_check') as { integrity_check: string }[]).map((row) => row.integrity_check).join('\n'),
    close: () => db.close(),
  };
}
