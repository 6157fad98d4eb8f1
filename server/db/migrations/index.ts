import { initialSchema } from './001-initial';
import { roundsInvitesAudit } from './002-rounds-invites-audit';
import { responsesAndAnchorStates } from './003-responses-anchor-states';
import { fingerprintIndex } from './004-fingerprint-index';
import { scrubNames } from './005-scrub-names';
import { searchIndex } from './006-search-index';
import { documents } from './007-documents';
import { notifications } from './008-notifications';
import { w3cRoundTrip } from './009-w3c-round-trip';
import { readerSessions } from './011-reader-sessions';
import { importOrigins } from './012-import-origins';

/** One forward-only schema step; `version` is what `PRAGMA user_version` holds after it. */
export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/** Every migration, in order. Never edit one that has shipped: add the next number instead. */
export const MIGRATIONS: readonly Migration[] = [
  { version: 1, name: 'initial', sql: initialSchema },
  { version: 2, name: 'rounds, invites, moderation, audit', sql: roundsInvitesAudit },
  { version: 3, name: 'responses and anchor states', sql: responsesAndAnchorStates },
  { version: 4, name: 'fingerprint index', sql: fingerprintIndex },
  { version: 5, name: 'names to scrub from digests', sql: scrubNames },
  { version: 6, name: 'full-text search index', sql: searchIndex },
  { version: 7, name: 'documents, their addresses and visits', sql: documents },
  { version: 8, name: 'notifications and mail', sql: notifications },
  { version: 9, name: 'W3C round trip: canonical, via, provenance', sql: w3cRoundTrip },
  { version: 11, name: 'reader sessions', sql: readerSessions },
  { version: 12, name: 'origins of imported annotations', sql: importOrigins },
];
