/** @jsxImportSource hono/jsx */
import type { Context } from 'hono';
import { lowerFirst, ROLE_WORDS } from '../../shared/i18n/vocabulary';
import { renderPage } from '../dashboard/pages/render-page';
import type { ReaderPageTexts } from '../dashboard/texts/reader-texts';
import type { User } from '../db/users-repository';
import { READER_PATH } from '../routes/reader-paths';
import { NOTICE_CSP, NOTICE_CSS } from './notice-page';

/** The hidden field that carries the session's CSRF token in the reader's own forms. */
export const READER_CSRF_FIELD = '_csrf';

/**
 * `/lezen` without a document: who is signed in, a field to open a report by its address, and
 * signing out. No script: the forms work as plain HTML.
 */
export function renderStartPage(c: Context, texts: ReaderPageTexts, user: User, csrfToken: string): Promise<Response> {
  const start = texts.start;
  c.header('Content-Security-Policy', NOTICE_CSP);
  c.header('Referrer-Policy', 'no-referrer');
  c.header('Cache-Control', 'no-store');
  return renderPage(
    c,
    <html lang={texts.language}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{start.title}</title>
        <link rel="icon" href="data:," />
        <style dangerouslySetInnerHTML={{ __html: NOTICE_CSS }} />
      </head>
      <body>
        <header>
          <p class="lang">
            <a href={`${READER_PATH}?taal=${start.otherLanguage.query}`} hreflang={start.otherLanguage.lang} lang={start.otherLanguage.lang}>
              {start.otherLanguage.label}
            </a>
          </p>
        </header>
        <main>
          <h1>{start.title}</h1>
          <p>{start.signedInAs(user.name, lowerFirst(ROLE_WORDS[texts.language][user.role].name), user.organisation)}</p>
          <form method="get" action={READER_PATH}>
            <label for="url">{start.openLabel}</label>
            <p class="hint" id="url-uitleg">
              {start.openHint}
            </p>
            <input type="url" id="url" name="url" required inputmode="url" autocomplete="url" aria-describedby="url-uitleg" />
            <input type="hidden" name="taal" value={texts.language} />
            <button type="submit">{start.openButton}</button>
          </form>
          <section>
            <p>{start.signOutHint}</p>
            <form method="post" action={`${READER_PATH}/uitloggen`}>
              <input type="hidden" name={READER_CSRF_FIELD} value={csrfToken} />
              <button type="submit" class="secondary">
                {start.signOutButton}
              </button>
            </form>
          </section>
        </main>
      </body>
    </html>,
  );
}
