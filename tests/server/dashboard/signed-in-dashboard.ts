import { afterEach, beforeEach, expect } from 'vitest';
import { createDashboardTestApp, type DashboardTestApp, type TestSession } from './dashboard-test-app';
import { parsePage } from './parse-page';

/**
 * Gives every test of the file a fresh dashboard app with the secretariat signed in, and closes it
 * after the test. `use` receives both before each test, so the file keeps them in its own variables
 * (and may seed the app; the test waits for it).
 */
export function signedInDashboardEachTest(use: (app: DashboardTestApp, session: TestSession) => void | Promise<void>): void {
  let app: DashboardTestApp | undefined;
  beforeEach(async () => {
    app = createDashboardTestApp();
    await use(app, await app.signIn());
  });
  afterEach(() => app?.close());
}

/** Opens a dashboard page with the session's cookie, expects it to answer 200 and parses it. */
export async function openPage(app: DashboardTestApp, session: TestSession, path: string) {
  const response = await app.request(path, { cookie: session.cookie });
  expect(response.status, path).toBe(200);
  return parsePage(await response.text());
}
