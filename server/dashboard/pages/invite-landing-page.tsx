/** @jsxImportSource hono/jsx */
import { ROLE_WORDS } from '../../../shared/i18n/vocabulary';
import type { Invite } from '../../db/invites-repository';
import type { InvitePageTexts } from '../texts/invite-page-texts';

/** The page's own stylesheet: allowed by its hash in the CSP, so no other inline style can run. */
export const INVITE_PAGE_CSS = [
  'body{font:1.0625rem/1.55 system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;max-width:40rem;margin:0 auto;padding:1rem;color:#1a1a1a;background:#fff}',
  'a{color:#0b57a4}:focus-visible{outline:3px solid #1a1a1a;outline-offset:2px;box-shadow:0 0 0 6px #ffbf47}',
  'h1{font-size:1.6rem;line-height:1.25}h2{font-size:1.25rem;margin-top:1.75rem}',
  'ol{padding-left:1.5rem}li{margin:.4rem 0}.lang{text-align:right;margin:0}',
  '.link{display:block;font-family:ui-monospace,Consolas,monospace;background:#f2f2f2;border:1px solid #767676;padding:.5rem .75rem;overflow-wrap:anywhere}',
  '.problem{border:3px solid #b00020;background:#fdecee;padding:.75rem 1rem}.for-whom{font-weight:600}',
].join('\n');

/** What the page knows of the invitation; the page never redeems it (a mail scanner may open it). */
export type InviteState = { state: 'open'; invite: Invite } | { state: 'used' | 'expired' | 'unknown' };

interface InviteLandingProps {
  texts: InvitePageTexts;
  link: string;
  code: string;
  found: InviteState;
  /** Link to this page in the other language. */
  otherLanguageHref: string;
}

function untilText(texts: InvitePageTexts, iso: string): string {
  return new Intl.DateTimeFormat(texts.locale, { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Amsterdam' }).format(new Date(iso));
}

/**
 * Where an invitation link lands: what Kantlijn is in one sentence, how to install the extension
 * and sign in with this link; or, for a used, expired or unknown code, what to do instead.
 */
export function InviteLandingPage({ texts, link, code, found, otherLanguageHref }: InviteLandingProps) {
  const problem = found.state === 'open' ? null : texts[found.state];
  return (
    <html lang={texts.language}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{texts.title}</title>
        <link rel="icon" href="data:," />
        {/* The constant stylesheet, unescaped: escaping its quotes would change it and its hash. */}
        <style dangerouslySetInnerHTML={{ __html: INVITE_PAGE_CSS }} />
      </head>
      <body>
        <header>
          <p class="lang">
            <a href={otherLanguageHref} hreflang={texts.otherLanguage.lang} lang={texts.otherLanguage.lang}>
              {texts.otherLanguage.label}
            </a>
          </p>
        </header>
        <main>
          <h1>{texts.heading}</h1>
          {found.state === 'open' && <p class="for-whom">{texts.forWhom(ROLE_WORDS[texts.language][found.invite.role].name, found.invite.organisation)}</p>}
          <p>{texts.what}</p>
          {problem && (
            <p class="problem" role="alert">
              {problem}
            </p>
          )}
          {!problem && found.state === 'open' && (
            <>
              <h2>{texts.stepsHeading}</h2>
              <ol>
                {texts.steps.map((step) => (
                  <li>{step}</li>
                ))}
              </ol>
              <h2>{texts.linkLabel}</h2>
              <code class="link">{link}</code>
              <p>
                {texts.codeLabel}: <code>{code}</code>
              </p>
              <p>
                {texts.validUntil(untilText(texts, found.invite.expiresAt))} {texts.personal}
              </p>
              {/* PLACE FOR "Lezen in de browser": the in-browser reader (another issue) puts its
                  button and name field here, for those who cannot install the extension. */}
            </>
          )}
        </main>
      </body>
    </html>
  );
}
