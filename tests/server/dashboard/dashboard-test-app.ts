import { Hono } from 'hono';
import { createApp } from '../../../server/app';
import { createDashboardRoutes } from '../../../server/dashboard/dashboard-routes';
import { openDatabase, type KantlijnDatabase } from '../../../server/db/database';
import type { User } from '../../../server/db/users-repository';
import { bootstrap } from '../../../server/services/bootstrap';
import { createEventBus } from '../../../server/services/event-bus';
import type { ServiceContext } from '../../../server/services/service-context';
import { createUserWithToken, type NewUser } from '../../../server/services/users-service';
import { ManualClock } from '../../helpers/api-fixtures';
import { createTempDir } from '../../helpers/temp-dir';
import { sampleAnnotation } from '../../helpers/test-app';

/** A browser's dashboard session as a test holds it: the cookie to send and the form token. */
export interface TestSession {
  cookie: string;
  csrf: string;
}

/** What a seeded annotation links to and where it sits (defaults: goal 2, a demo report, shared). */
export interface AnnotateOptions {
  terms?: string[];
  source?: string;
  kind?: string;
  visibility?: 'private' | 'organisation' | 'round';
}

/** The API and the dashboard on one real SQLite file, wired as the server will wire them. */
export interface DashboardTestApp {
  db: KantlijnDatabase;
  clock: ManualClock;
  secretariat: { user: User; token: string };
  request(path: string, init?: RequestInit & { cookie?: string; bearer?: string; json?: unknown }): Promise<Response>;
  addUser(user: NewUser): { user: User; token: string };
  /** Shares an annotation with the round through the API, with `text` as its remark. */
  annotate(token: string, text: string, options?: AnnotateOptions): Promise<{ id: string }>;
  /** Signs in through the form as a browser would; throws unless it succeeds. */
  signIn(token?: string): Promise<TestSession>;
  /** Submits a form with the session's cookie (and its CSRF token unless `csrf` is given). */
  post(path: string, session: TestSession, fields?: Record<string, string>, csrf?: string | null): Promise<Response>;
  close(): void;
}

/** The value of `name` among a response's Set-Cookie headers, or undefined. */
export function cookieValue(response: Response, name: string): string | undefined {
  const line = response.headers.getSetCookie().find((cookie) => cookie.startsWith(`${name}=`));
  return line?.slice(name.length + 1).split(';')[0];
}

/** The CSRF token printed in a page's forms. */
export function csrfOf(html: string): string {
  const match = /name="_csrf" value="([^"]+)"/.exec(html);
  if (!match?.[1]) throw new Error('no CSRF field on the page');
  return match[1];
}

/** Builds the test app; the clock starts at 1 March 2025 and moves only when a test moves it. */
export function createDashboardTestApp(): DashboardTestApp {
  const temp = createTempDir('kantlijn-dashboard-');
  const db = openDatabase(temp.dir);
  const clock = new ManualClock('2025-03-01T09:00:00.000Z');
  bootstrap(db, clock.now());
  const context: ServiceContext = { db, events: createEventBus(), now: clock.now };
  const app = new Hono()
    .route('/dashboard', createDashboardRoutes(context))
    .route('/', createApp({ db, rateLimitPerMinute: 0, clock: clock.now, events: context.events }));
  const secretariat = createUserWithToken(db, { name: 'Sanne Mulder', role: 'secretariat', organisation: 'Bovenregionaal secretariaat' }, clock.now());

  const request: DashboardTestApp['request'] = (path, init = {}) => {
    const { cookie, bearer, json, headers, ...rest } = init;
    const merged = new Headers(headers);
    if (cookie) merged.set('Cookie', cookie);
    if (bearer) merged.set('Authorization', `Bearer ${bearer}`);
    if (json !== undefined) merged.set('Content-Type', 'application/json');
    return Promise.resolve(app.request(`http://localhost${path}`, { ...rest, headers: merged, ...(json !== undefined ? { body: JSON.stringify(json) } : {}) }));
  };

  const post: DashboardTestApp['post'] = (path, session, fields = {}, csrf) => {
    const form = new URLSearchParams(fields);
    if (csrf !== null) form.set('_csrf', csrf ?? session.csrf);
    return request(path, { method: 'POST', cookie: session.cookie, body: form, headers: { 'Content-Type': 'application/x-www-form-urlencoded' } });
  };

  return {
    db,
    clock,
    secretariat,
    request,
    post,
    addUser: (user) => createUserWithToken(db, user, clock.now()),
    async annotate(token, text, options = {}) {
      const annotation = sampleAnnotation(options.source ?? 'https://www.svmn.nl/rapporten/voortgang-2024.html', {
        body: [
          { type: 'TextualBody', purpose: 'commenting', value: text, format: 'text/plain', language: 'nl' },
          ...(options.terms ?? ['goal-2']).map((source) => ({ type: 'SpecificResource', purpose: 'classifying', source })),
        ],
        kind: options.kind ?? 'question',
        visibility: options.visibility ?? 'round',
      });
      const response = await request('/api/annotations', { method: 'POST', bearer: token, json: annotation });
      if (response.status !== 201) throw new Error(`annotate answered ${response.status}: ${await response.text()}`);
      return (await response.json()) as { id: string };
    },
    async signIn(token = secretariat.token) {
      const form = await request('/dashboard/inloggen');
      const login = cookieValue(form, 'kantlijn_login');
      const loginToken = /name="_login" value="([^"]+)"/.exec(await form.text())?.[1];
      if (!login || !loginToken) throw new Error('the sign-in form has no login token');
      const response = await request('/dashboard/inloggen', {
        method: 'POST',
        cookie: `kantlijn_login=${login}`,
        body: new URLSearchParams({ _login: loginToken, token }),
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      });
      const session = cookieValue(response, 'kantlijn_dashboard');
      if (response.status !== 303 || !session) throw new Error(`sign-in answered ${response.status}`);
      const cookie = `kantlijn_dashboard=${session}`;
      const overview = await request('/dashboard', { cookie });
      return { cookie, csrf: csrfOf(await overview.text()) };
    },
    close() {
      db.close();
      temp.remove();
    },
  };
}
