import type { Context } from 'hono';
import { Hono } from 'hono';
import { formField, isSameOrigin, sameSecret } from '../dashboard/session/csrf';
import { READER_PAGE_TEXTS, type ReaderPageTexts } from '../dashboard/texts/reader-texts';
import { checkReaderSession, clearReaderCookie, readReaderCookie } from '../http/reader-session';
import { publicOrigin } from '../http/public-origin';
import { csrfTokenFor, endReaderSession, findReaderSession, issueExtensionToken } from '../services/reader-sessions-service';
import type { ServiceContext } from '../services/service-context';
import { renderMissingUrlPage, renderSignedOutPage, renderSignInNeededPage } from './notice-page';
import { READER_CSRF_FIELD, renderStartPage, renderTokenPage } from './start-page';

/** The reader's language: `?taal=en` for English, Dutch otherwise. */
export function readerTextsOf(c: Context): ReaderPageTexts {
  return READER_PAGE_TEXTS[c.req.query('taal') === 'en' ? 'en' : 'nl'];
}

/** What the reader routes need besides the services. */
export interface ReaderRoutesOptions {
  publicUrl?: string | undefined;
  /** Opens `url` in the reader for a signed-in person (the document page); absent, `/lezen?url=` is refused. */
  openDocument?: (c: Context, url: string, sessionId: string) => Promise<Response>;
  /** Answers with a PDF's bytes for the reader's viewer. */
  pdfBytes?: (c: Context, url: string) => Promise<Response>;
}

/**
 * `/lezen`: the reader for people without the extension. `GET /lezen` is the start page of a
 * signed-in person, `GET /lezen?url=…` opens a document, `POST /lezen/uitloggen` signs out (ending
 * the session and revoking its token), `GET /lezen/pdf?url=…` gives the PDF viewer its file,
 * `POST /lezen/extensie-token` shows a token for the same person's extension once.
 * Someone not signed in is told how to sign in.
 */
export function createReaderRoutes(context: ServiceContext, options: ReaderRoutesOptions = {}) {
  return new Hono()
    .get('/', (c) => {
      const check = checkReaderSession(context, c, options.publicUrl);
      const url = c.req.query('url');
      if (!check.ok) return renderSignInNeededPage(c, url);
      if (url === undefined || url.trim() === '') {
        if (url !== undefined) return renderMissingUrlPage(c);
        return renderStartPage(c, readerTextsOf(c), check.session.user, csrfTokenFor(check.sessionId));
      }
      if (!options.openDocument) return renderMissingUrlPage(c);
      return options.openDocument(c, url.trim(), check.sessionId);
    })
    .get('/pdf', (c) => {
      const check = checkReaderSession(context, c, options.publicUrl);
      const url = c.req.query('url')?.trim();
      if (!check.ok) return renderSignInNeededPage(c, url);
      if (!url || !options.pdfBytes) return renderMissingUrlPage(c);
      return options.pdfBytes(c, url);
    })
    .post('/extensie-token', async (c) => {
      // The same person in the extension too: a token of this account, shown once. Only the
      // reader's own form may ask (CSRF field and origin), and only with a live session.
      const sessionId = readReaderCookie(c);
      const session = sessionId ? findReaderSession(context, sessionId) : null;
      if (!session || !sessionId) return renderSignInNeededPage(c);
      if (!isSameOrigin(c) || !sameSecret(await formField(c, READER_CSRF_FIELD), csrfTokenFor(sessionId))) return c.redirect('/lezen', 303);
      const token = issueExtensionToken(context, session.user);
      return renderTokenPage(c, readerTextsOf(c), token, publicOrigin(c, options.publicUrl));
    })
    .post('/uitloggen', async (c) => {
      const sessionId = readReaderCookie(c);
      // Only this site's own form signs out: another site must not end someone's session.
      if (sessionId && isSameOrigin(c) && sameSecret(await formField(c, READER_CSRF_FIELD), csrfTokenFor(sessionId))) {
        endReaderSession(context, sessionId);
        clearReaderCookie(c, options.publicUrl);
        return renderSignedOutPage(c);
      }
      if (!sessionId) return renderSignedOutPage(c);
      return c.redirect(`/lezen`, 303);
    });
}
