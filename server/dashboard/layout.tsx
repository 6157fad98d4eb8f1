/** @jsxImportSource hono/jsx */
import type { Child } from 'hono/jsx';
import type { User } from '../db/users-repository';
import { ROLE_LABELS } from '../services/digest/digest-labels';
import { CsrfField } from './components';
import { DASHBOARD_PATH } from './session-cookie';

/** The dashboard's sections, in menu order, with their paths under /dashboard. */
export const NAV_ITEMS = [
  { key: 'overview', path: '', label: 'Overzicht' },
  { key: 'matrix', path: '/matrix', label: 'Dekkingsmatrix' },
  { key: 'digest', path: '/overzicht', label: 'Feedbackoverzicht' },
  { key: 'rounds', path: '/rondes', label: 'Rondes' },
  { key: 'invites', path: '/uitnodigingen', label: 'Uitnodigingen' },
  { key: 'users', path: '/gebruikers', label: 'Gebruikers' },
  { key: 'moderation', path: '/moderatie', label: 'Moderatie' },
  { key: 'audit', path: '/audit', label: 'Auditlog' },
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
 * Every dashboard page: Dutch, with a skip link, the landmarks (banner, navigation, main,
 * contentinfo) and one h1. Stylesheet and script are files: the CSP allows nothing inline.
 */
export function Layout({ title, current, signedIn, children }: LayoutProps) {
  return (
    <html lang="nl">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${title} – Kantlijn-dashboard`}</title>
        {/* An empty icon, so the browser does not ask the API for /favicon.ico. */}
        <link rel="icon" href="data:," />
        <link rel="stylesheet" href={`${DASHBOARD_PATH}/static/dashboard.css`} />
        <script src={`${DASHBOARD_PATH}/static/dashboard.js`} defer></script>
      </head>
      <body>
        <a class="skip-link" href="#inhoud">
          Direct naar de inhoud
        </a>
        <header class="site-header">
          <p class="brand">Kantlijn · dashboard van het secretariaat</p>
          {signedIn && (
            <nav aria-label="Hoofdmenu">
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
              <span>
                {signedIn.user.name} ({ROLE_LABELS[signedIn.user.role]})
              </span>
              <button type="submit">Uitloggen</button>
            </form>
          )}
        </header>
        <main id="inhoud" tabindex={-1}>
          <h1>{title}</h1>
          {children}
        </main>
        <footer class="site-footer">
          <p>Kantlijn – gezamenlijke feedback op de rapporten van Samen Veilig Midden-Nederland.</p>
        </footer>
      </body>
    </html>
  );
}
