/** @jsxImportSource hono/jsx */
import { ROLE_WORDS } from '../../../shared/i18n/vocabulary';
import type { Invite } from '../../db/invites-repository';
import { INVITE_PAGE_PATH } from '../../services/invites-service';
import type { InvitePageTexts } from '../texts/invite-page-texts';
import { OtherLanguageHeader, StandaloneHead } from './standalone-page-parts';

/** The page's own stylesheet: allowed by its hash in the CSP, so no other inline style can run. */
export const INVITE_PAGE_CSS = [
  'body{font:1.0625rem/1.55 system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;max-width:40rem;margin:0 auto;padding:1rem;color:#1a1a1a;background:#fff}',
  'a{color:#0b57a4}:focus-visible{outline:3px solid #1a1a1a;outline-offset:2px;box-shadow:0 0 0 6px #ffbf47}',
  'h1{font-size:1.6rem;line-height:1.25}h2{font-size:1.25rem;margin-top:1.75rem}',
  'ol{padding-left:1.5rem}li{margin:.4rem 0}.lang{text-align:right;margin:0}',
  '.link{display:block;font-family:ui-monospace,Consolas,monospace;background:#f2f2f2;border:1px solid #767676;padding:.5rem .75rem;overflow-wrap:anywhere}',
  '.problem{border:3px solid #b00020;background:#fdecee;padding:.75rem 1rem}.for-whom{font-weight:600}',
  'label{display:block;font-weight:600;margin-top:.75rem}.hint{margin:.1rem 0 .4rem;color:#3d3d3d}',
  'input[type=text]{font:inherit;width:100%;max-width:24rem;box-sizing:border-box;min-height:44px;padding:.4rem .6rem;border:2px solid #3d3d3d;border-radius:4px}',
  'button{font:inherit;font-weight:600;min-height:44px;margin-top:.75rem;padding:.5rem 1.1rem;border:2px solid #0b57a4;border-radius:4px;background:#0b57a4;color:#fff;cursor:pointer}',
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
  /** What the reader's sign-in form said was wrong, and the name typed, when it is shown again. */
  readerForm?: { error: string; name: string };
}

function untilText(texts: InvitePageTexts, iso: string): string {
  return new Intl.DateTimeFormat(texts.locale, { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Amsterdam' }).format(new Date(iso));
}

/** The reader's way in: a name, and a button that redeems the invitation for a browser session. */
function ReaderSignIn({ texts, code, name, error }: { texts: InvitePageTexts; code: string; name: string; error?: string | undefined }) {
  return (
    <section aria-labelledby="lezen-kop">
      <h2 id="lezen-kop">{texts.reader.heading}</h2>
      <p>{texts.reader.explanation}</p>
      {error && (
        <p class="problem" role="alert" id="lezen-fout">
          {error}
        </p>
      )}
      <form method="post" action={`${INVITE_PAGE_PATH}/${encodeURIComponent(code)}/lezen?taal=${texts.language}`}>
        <label for="naam">{texts.reader.nameLabel}</label>
        <p class="hint" id="naam-uitleg">
          {texts.reader.nameHint}
        </p>
        <input
          type="text"
          id="naam"
          name="naam"
          autocomplete="name"
          required
          maxlength={200}
          value={name}
          aria-describedby={error ? 'naam-uitleg lezen-fout' : 'naam-uitleg'}
          {...(error ? { 'aria-invalid': 'true' } : {})}
        />
        <button type="submit">{texts.reader.button}</button>
      </form>
    </section>
  );
}

/**
 * Where an invitation link lands: what Kantlijn is in one sentence, how to install the extension
 * and sign in with this link; or, for a used, expired or unknown code, what to do instead.
 */
export function InviteLandingPage({ texts, link, code, found, otherLanguageHref, readerForm }: InviteLandingProps) {
  const problem = found.state === 'open' ? null : texts[found.state];
  return (
    <html lang={texts.language}>
      <StandaloneHead title={texts.title} css={INVITE_PAGE_CSS} />
      <body>
        <OtherLanguageHeader href={otherLanguageHref} lang={texts.otherLanguage.lang} label={texts.otherLanguage.label} />
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
              <ReaderSignIn texts={texts} code={code} name={readerForm?.name ?? found.invite.name ?? ''} error={readerForm?.error} />
            </>
          )}
        </main>
      </body>
    </html>
  );
}
