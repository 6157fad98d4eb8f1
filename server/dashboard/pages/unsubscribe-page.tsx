/** @jsxImportSource hono/jsx */
import { MAIL_TEXTS } from '../../services/mail/mail-texts';
import { StandaloneHead } from './standalone-page-parts';

/** The page's own stylesheet: allowed by its hash in the CSP, so no other inline style can run. */
export const UNSUBSCRIBE_PAGE_CSS = [
  'body{font:1.0625rem/1.55 system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;max-width:40rem;margin:0 auto;padding:1rem;color:#1a1a1a;background:#fff}',
  'h1{font-size:1.6rem;line-height:1.25}',
  'button{font:inherit;padding:.4rem 1rem;background:#01689b;color:#fff;border:1px solid #01689b;border-radius:4px;cursor:pointer}',
  ':focus-visible{outline:3px solid #1a1a1a;outline-offset:2px;box-shadow:0 0 0 6px #ffbf47}',
  '.problem{border:3px solid #b00020;background:#fdecee;padding:.75rem 1rem}',
].join('\n');

/** Which of the three the page says: asking to confirm, done, or the link is unknown. */
export type UnsubscribeState = 'confirm' | 'done' | 'unknown';

/**
 * The page an unsubscribe link opens. Opening it changes nothing (a mail scanner that follows
 * links must not unsubscribe anyone): the button posts to the same address, as a mail program's
 * one-click unsubscribe does.
 */
export function UnsubscribePage({ state }: { state: UnsubscribeState }) {
  return (
    <html lang="nl">
      <StandaloneHead title={MAIL_TEXTS.pageTitle} css={UNSUBSCRIBE_PAGE_CSS} />
      <body>
        <main>
          <h1>{MAIL_TEXTS.pageTitle}</h1>
          {state === 'confirm' && (
            <>
              <p>{MAIL_TEXTS.pageConfirm}</p>
              <form method="post">
                <button type="submit">{MAIL_TEXTS.pageButton}</button>
              </form>
            </>
          )}
          {state === 'done' && <p role="status">{MAIL_TEXTS.pageDone}</p>}
          {state === 'unknown' && (
            <p class="problem" role="alert">
              {MAIL_TEXTS.pageUnknown}
            </p>
          )}
        </main>
      </body>
    </html>
  );
}
