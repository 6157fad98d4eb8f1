import path from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { addUserWithCli, startServerProcess, type ServerProcess } from '../../helpers/server-process';
import { createTempDir } from '../../helpers/temp-dir';
import { launchWithExtension, storeSettings, type ExtensionBrowser } from './browser';
import { startStaticServer } from './static-server';

/** A person as `npm run users -- add` makes them. */
export interface Person {
  role: 'councillor' | 'partner' | 'secretariat' | 'respondent';
  name: string;
  org: string;
}

/** The people most tests need, named as in the demo. */
export const PEOPLE = {
  anna: { role: 'councillor', name: 'Anna de Vries', org: 'Gemeente Woerden' },
  bram: { role: 'partner', name: 'Bram Visser', org: 'AKJ' },
  griffie: { role: 'secretariat', name: 'Griffie', org: 'Secretariaat' },
} satisfies Record<string, Person>;

/** What one test file works with: the real server, its people, the demo reports on loopback, and Chromium with the built extension. */
export interface ExtensionWorld<P extends string> {
  /** The server's data folder, also a place for a test's own files. */
  dir: string;
  server: ServerProcess;
  /** Each person's API token, by the key the file gave them. */
  tokens: Record<P, string>;
  /** The demo reports (`server/demo/reports`), served on a loopback port. */
  reports: { url: string; close(): Promise<void> };
  browser: ExtensionBrowser;
}

interface WorldOptions<P extends string> {
  /** Start of the temporary folder's name, to tell the files' folders apart. */
  name: string;
  people: Record<P, Person>;
  /** Whose token the extension is signed in with from the start; nobody's when left out. */
  signedIn?: NoInfer<P>;
}

const DEMO_REPORTS = path.resolve(import.meta.dirname, '../../../server/demo/reports');

/**
 * Sets up, before the file's tests, a server on a fresh data folder with `people`, the demo reports
 * and a Chromium with the extension (signed in as `signedIn`), and takes it all down after them.
 * The returned object is filled in before the first test runs.
 */
export function extensionWorldForFile<P extends string>(options: WorldOptions<P>): ExtensionWorld<P> {
  const world = {} as ExtensionWorld<P>;
  let temp: ReturnType<typeof createTempDir> | undefined;
  beforeAll(async () => {
    temp = createTempDir(`kantlijn-${options.name}-`);
    world.dir = temp.dir;
    world.server = await startServerProcess(temp.dir);
    world.tokens = Object.fromEntries(Object.entries<Person>(options.people).map(([key, person]) => [key, addUserWithCli(temp!.dir, person)])) as Record<P, string>;
    world.reports = await startStaticServer(DEMO_REPORTS);
    world.browser = await launchWithExtension();
    if (options.signedIn) await storeSettings(world.browser.worker, { serverUrl: world.server.url, token: world.tokens[options.signedIn] });
  }, 120_000);
  afterAll(async () => {
    await world.browser?.close();
    await world.reports?.close();
    await world.server?.stop();
    temp?.remove();
  });
  return world;
}
