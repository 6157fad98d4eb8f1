/** @jsxImportSource hono/jsx */
import { createHash } from 'node:crypto';
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { renderPage } from '../dashboard/pages/render-page';
import { StandaloneHead } from '../dashboard/pages/standalone-page-parts';
import { READER_PAGE_TEXTS, type ReaderPageTexts } from '../dashboard/texts/reader-texts';
import type { FetchRefusalReason } from './fetch-types';

/** The notice pages' stylesheet, allowed by its hash so nothing else may style or script them. */
export const NOTICE_CSS = [
  'body{font:1.0625rem/1.55 system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;max-width:42rem;margin:0 auto;padding:1rem;color:#1a1a1a;background:#fff}',
  'a{color:#0b57a4}:focus-visible{outline:3px solid #1a1a1a;outline-offset:2px;box-shadow:0 0 0 6px #ffbf47}',
  'h1,h2{line-height:1.25}section+section{border-top:1px solid #767676;margin-top:2rem;padding-top:1rem}',
  '.address{font-family:ui-monospace,Consolas,monospace;overflow-wrap:anywhere}.lang{text-align:right;margin:0}',
  'label{display:block;font-weight:600;margin-top:.75rem}.hint{margin:.1rem 0 .4rem;color:#3d3d3d}',
  'input[type=url]{font:inherit;width:100%;box-sizing:border-box;min-height:44px;padding:.4rem .6rem;border:2px solid #3d3d3d;border-radius:4px}',
  'button{font:inherit;font-weight:600;min-height:44px;margin-top:.75rem;padding:.5rem 1.1rem;border:2px solid #0b57a4;border-radius:4px;background:#0b57a4;color:#fff;cursor:pointer}',
  'button.secondary{background:#fff;color:#0b57a4}',
].join('\n');

/** The CSP of every notice page: no script at all, only its own stylesheet. */
export const NOTICE_CSP = `default-src 'none'; style-src 'sha256-${createHash('sha256').update(NOTICE_CSS, 'utf8').digest('base64')}'; img-src data:; frame-ancestors 'none'; form-action 'self'; base-uri 'none'`;

/**
 * The headers of every notice page and of the reader's own plain pages: only their stylesheet may
 * run, the address they came from is not passed on, and no cache keeps them (they may name the user).
 */
export function setNoticeHeaders(c: Context): void {
  c.header('Content-Security-Policy', NOTICE_CSP);
  c.header('Referrer-Policy', 'no-referrer');
  c.header('Cache-Control', 'no-store');
}

/** What the page says, in one language. */
interface NoticeBody {
  title: string;
  lines: readonly string[];
}

/** The status a refusal answers with: the asker's URL (4xx) or the far site (502/504). */
export const REFUSAL_STATUS: Record<FetchRefusalReason, ContentfulStatusCode> = {
  invalid_url: 400,
  not_allowed: 403,
  private_address: 403,
  unresolvable: 502,
  too_many_redirects: 502,
  too_large: 502,
  timeout: 504,
  unsupported_type: 502,
  upstream_status: 502,
  unreachable: 502,
};

/** True for a URL safe to offer as a link (http or https only, never `javascript:`). */
function linkable(url: string | undefined): url is string {
  return url !== undefined && URL.canParse(url) && ['http:', 'https:'].includes(new URL(url).protocol);
}

function Section({ texts, body, url, first }: { texts: ReaderPageTexts; body: NoticeBody; url?: string | undefined; first: boolean }) {
  const Heading = first ? 'h1' : 'h2';
  return (
    <section lang={texts.language}>
      <Heading>{body.title}</Heading>
      {body.lines.map((line) => (
        <p>{line}</p>
      ))}
      {url !== undefined && (
        <p>
          {texts.addressLabel}: <span class="address">{url}</span>
        </p>
      )}
      {linkable(url) && (
        <p>
          <a href={url} rel="noopener noreferrer">
            {texts.openOriginal}
          </a>
        </p>
      )}
    </section>
  );
}

/** Renders a notice in Dutch and then English: the reader's language is not known yet. */
function renderNotice(c: Context, status: ContentfulStatusCode, bodyOf: (texts: ReaderPageTexts) => NoticeBody, url?: string): Promise<Response> {
  const [nl, en] = [READER_PAGE_TEXTS.nl, READER_PAGE_TEXTS.en];
  setNoticeHeaders(c);
  return renderPage(
    c,
    <html lang="nl">
      <StandaloneHead title={`${bodyOf(nl).title} – Kantlijn`} css={NOTICE_CSS} />
      <body>
        <main>
          <Section texts={nl} body={bodyOf(nl)} url={url} first />
          <Section texts={en} body={bodyOf(en)} url={url} first={false} />
        </main>
      </body>
    </html>,
    status,
  );
}

/** The page for a document the reader would not or could not fetch: why, and what to do next. */
export function renderRefusalPage(c: Context, reason: FetchRefusalReason, url: string): Promise<Response> {
  return renderNotice(
    c,
    REFUSAL_STATUS[reason],
    (texts) => {
      const refusal = texts.refusals[reason];
      return { title: refusal.title, lines: [refusal.explanation, refusal.nextStep] };
    },
    url,
  );
}

/** The page for someone who opens the reader without being signed in. */
export function renderSignInNeededPage(c: Context, url?: string): Promise<Response> {
  return renderNotice(c, 401, (texts) => ({ title: texts.signInTitle, lines: [texts.signIn, texts.signInNext] }), url);
}

/** The page after signing out. */
export function renderSignedOutPage(c: Context): Promise<Response> {
  return renderNotice(c, 200, (texts) => ({ title: texts.signedOutTitle, lines: [texts.signedOut] }));
}

/** The page for `/lezen` without a `url`. */
export function renderMissingUrlPage(c: Context): Promise<Response> {
  return renderNotice(c, 400, (texts) => ({ title: texts.missingUrlTitle, lines: [texts.missingUrl] }));
}
