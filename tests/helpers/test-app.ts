import { createApp, type ReaderDeps } from '../../server/app';
import { openDatabase, type KantlijnDatabase } from '../../server/db/database';
import { bootstrap } from '../../server/services/bootstrap';
import { createUserWithToken, type NewUser } from '../../server/services/users-service';
import { createTempDir } from './temp-dir';

/** The app on a real SQLite file in a temporary folder, with helpers to make users and requests. */
export interface TestApp {
  db: KantlijnDatabase;
  dataDir: string;
  request(path: string, init?: RequestInit & { token?: string; json?: unknown }): Promise<Response>;
  addUser(user: NewUser): string;
  close(): void;
}

/** Builds a test app; `rateLimitPerMinute` defaults to off. */
export function createTestApp(options: { rateLimitPerMinute?: number; clock?: () => Date; trustedProxies?: number; publicUrl?: string; extensionIds?: readonly string[]; reader?: ReaderDeps } = {}): TestApp {
  const temp = createTempDir();
  const db = openDatabase(temp.dir);
  bootstrap(db, new Date());
  const app = createApp({
    db,
    rateLimitPerMinute: options.rateLimitPerMinute ?? 0,
    ...(options.clock ? { clock: options.clock } : {}),
    ...(options.trustedProxies !== undefined ? { trustedProxies: options.trustedProxies } : {}),
    ...(options.publicUrl ? { publicUrl: options.publicUrl } : {}),
    ...(options.extensionIds ? { extensionIds: options.extensionIds } : {}),
    ...(options.reader ? { reader: options.reader } : {}),
  });
  return {
    db,
    dataDir: temp.dir,
    request(path, init = {}) {
      const { token, json, headers, ...rest } = init;
      const merged = new Headers(headers);
      if (token) merged.set('Authorization', `Bearer ${token}`);
      if (json !== undefined) merged.set('Content-Type', 'application/json');
      return Promise.resolve(
        app.request(/^https?:/.test(path) ? path : `http://localhost${path}`, { ...rest, headers: merged, ...(json !== undefined ? { body: JSON.stringify(json) } : {}) }),
      );
    },
    addUser(user) {
      return createUserWithToken(db, user, new Date()).token;
    },
    close() {
      db.close();
      temp.remove();
    },
  };
}

/** A valid annotation on `source` quoting `exact`, for tests to vary. */
export function sampleAnnotation(source: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    type: 'Annotation',
    motivation: 'commenting',
    body: [
      { type: 'TextualBody', purpose: 'commenting', value: 'Wat is hier de planning?', format: 'text/plain', language: 'nl' },
      { type: 'SpecificResource', purpose: 'classifying', source: 'goal-2' },
    ],
    target: {
      source,
      selector: [
        { type: 'TextQuoteSelector', exact: 'vast aanspreekpunt per gemeente', prefix: 'afspraken gemaakt over een ', suffix: '. In het najaar' },
        { type: 'TextPositionSelector', start: 1200, end: 1231 },
      ],
    },
    kind: 'question',
    visibility: 'round',
    ...overrides,
  };
}
