/** @jsxImportSource hono/jsx */

/**
 * The head of a page that stands on its own (no dashboard layout): the usual meta tags, the title,
 * an empty icon so the browser does not ask for /favicon.ico, and the page's own constant stylesheet.
 * The stylesheet goes in unescaped: escaping its quotes would change it and the hash the CSP allows.
 */
export function StandaloneHead({ title, css }: { title: string; css: string }) {
  return (
    <head>
      <meta charset="utf-8" />
      <meta name="viewport" content="width=device-width, initial-scale=1" />
      <title>{title}</title>
      <link rel="icon" href="data:," />
      <style dangerouslySetInnerHTML={{ __html: css }} />
    </head>
  );
}

/** The header with one link to the same page in the other language, named in that language. */
export function OtherLanguageHeader({ href, lang, label }: { href: string; lang: string; label: string }) {
  return (
    <header>
      <p class="lang">
        <a href={href} hreflang={lang} lang={lang}>
          {label}
        </a>
      </p>
    </header>
  );
}
