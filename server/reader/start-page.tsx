/** @jsxImportSource hono/jsx */
import type { Context } from 'hono';
import { lowerFirst, ROLE_WORDS } from '../../shared/i18n/vocabulary';
import { renderPage } from '../dashboard/pages/render-page';
import { OtherLanguageHeader, StandaloneHead } from '../dashboard/pages/standalone-page-parts';
import type { ReaderPageTexts } from '../dashboard/texts/reader-texts';
import type { User } from '../db/users-repository';
import { READER_PATH } from '../routes/reader-paths';
import { NOTICE_CSS, setNoticeHeaders } from './notice-page';

/** The hidden field that carries the session's CSRF token in the reader's own forms. */
export const READER_CSRF_FIELD = '_csrf';

/**
 * `/lezen` without a document: who is signed in, a field to open a report by its address, and
 * signing out. No script: the forms work as plain HTML.
 */
export function renderStartPage(c: Context, texts: ReaderPageTexts, user: User, csrfToken: string): Promise<Response> {
  const start = texts.start;
  setNoticeHeaders(c);
  return renderPage(
    c,
    <html lang={texts.language}>
      <StandaloneHead title={start.title} css={NOTICE_CSS} />
      <body>
        <OtherLanguageHeader href={`${READER_PATH}?taal=${start.otherLanguage.query}`} lang={start.otherLanguage.lang} label={start.otherLanguage.label} />
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
          <section aria-labelledby="extensie-kop">
            <h2 id="extensie-kop">{start.extensionHeading}</h2>
            <p>{start.extensionHint}</p>
            <form method="post" action={`${READER_PATH}/extensie-token?taal=${texts.language}`}>
              <input type="hidden" name={READER_CSRF_FIELD} value={csrfToken} />
              <button type="submit" class="secondary">
                {start.extensionButton}
              </button>
            </form>
          </section>
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

/** The page that shows a new token for the extension, once, with how to use it. */
export function renderTokenPage(c: Context, texts: ReaderPageTexts, token: string, serverUrl: string): Promise<Response> {
  setNoticeHeaders(c);
  return renderPage(
    c,
    <html lang={texts.language}>
      <StandaloneHead title={texts.token.title} css={NOTICE_CSS} />
      <body>
        <main>
          <h1>{texts.token.title}</h1>
          <ol>
            {texts.token.steps(serverUrl).map((step) => (
              <li>{step}</li>
            ))}
          </ol>
          <p>
            {texts.token.label}: <code class="address">{token}</code>
          </p>
          <p>{texts.token.once}</p>
          <p>
            <a href={`${READER_PATH}${texts.language === 'en' ? '?taal=en' : ''}`}>{texts.token.back}</a>
          </p>
        </main>
      </body>
    </html>,
  );
}
