/** @jsxImportSource hono/jsx */
import type { Child } from 'hono/jsx';
import type { User } from '../../db/users-repository';
import { CsrfField } from './components';
import { DASHBOARD_PATH } from '../session/session-cookie';
import { dashboardNl } from '../texts/dashboard-texts';

const texts = dashboardNl.layout;

/** The dashboard's sections, in menu order, with their paths under /dashboard. */
export const NAV_ITEMS = [
  { key: 'overview', path: '', label: texts.nav.overview },
  { key: 'matrix', path: '/matrix', label: texts.nav.matrix },
  { key: 'digest', path: '/overzicht', label: texts.nav.digest },
  { key: 'search', path: '/zoeken', label: texts.nav.search },
  { key: 'rounds', path: '/rondes', label: texts.nav.rounds },
  { key: 'documents', path: '/documenten', label: texts.nav.documents },
  { key: 'import', path: '/importeren', label: texts.nav.import },
  { key: 'invites', path: '/uitnodigingen', label: texts.nav.invites },
  { key: 'users', path: '/gebruikers', label: texts.nav.users },
  { key: 'moderation', path: '/moderatie', label: texts.nav.moderation },
  { key: 'audit', path: '/audit', label: texts.nav.audit },
] as const;

/** Which menu item a page belongs to. */
export type NavKey = (typeof NAV_ITEMS)[number]['key'];

/** The signed-in secretariat member, for the header. */
export interface PageUser {
  user: User;
  csrfToken: string;
}

interface LayoutProps {
  title: string;
  current?: NavKey;
  signedIn?: PageUser;
  children?: Child;
}

/**
 * Every dashboard page: in the dictionary's language, with a skip link, the landmarks (banner, navigation, main,
 * contentinfo) and one h1. Stylesheet and script are files: the CSP allows nothing inline.
 */
export function Layout({ title, current, signedIn, children }: LayoutProps) {
  return (
    <html lang={texts.language}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{texts.pageTitle(title)}</title>
        {/* An empty icon, so the browser does not ask the API for /favicon.ico. */}
        <link rel="icon" href="data:," />
        <link rel="stylesheet" href={`${DASHBOARD_PATH}/static/dashboard.css`} />
        <script src={`${DASHBOARD_PATH}/static/dashboard.js`} defer></script>
      </head>
      <body>
        <a class="skip-link" href="#inhoud">
          {texts.skipLink}
        </a>
        <header class="site-header">
          <p class="brand">{texts.brand}</p>
          {signedIn && (
            <nav aria-label={texts.menu}>
              <ul>
                {NAV_ITEMS.map((item) => (
                  <li>
                    <a href={`${DASHBOARD_PATH}${item.path}`} aria-current={item.key === current ? 'page' : undefined}>
                      {item.label}
                    </a>
                  </li>
                ))}
              </ul>
            </nav>
          )}
          {signedIn && (
            <form method="post" action={`${DASHBOARD_PATH}/uitloggen`} class="sign-out">
              <CsrfField token={signedIn.csrfToken} />
              {/* The dashboard is the secretariat's alone: the name says who, the brand says the role. */}
              <span>
                {texts.signedInAs} <strong>{signedIn.user.name}</strong>
              </span>
              <button type="submit">{texts.signOut}</button>
            </form>
          )}
        </header>
        <main id="inhoud" tabindex={-1}>
          <h1>{title}</h1>
          {children}
        </main>
        <footer class="site-footer">
          <p>{texts.footer}</p>
        </footer>
      </body>
    </html>
  );
}
