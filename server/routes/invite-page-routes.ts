import { Hono } from 'hono';
import { publicOrigin } from '../http/public-origin';
import { escapeHtml } from '../services/digest/escape-html';

/**
 * `GET /uitnodiging/{code}`: where an invitation link lands. It explains, in Dutch, how to install
 * the extension and sign in with this code; it does not redeem anything itself (a link preview or a
 * mail scanner opening it must not use up the invitation).
 */
export function createInvitePageRoutes() {
  return new Hono().get('/:code', (c) => {
    const code = c.req.param('code');
    // As the reader reached it: behind a TLS proxy the request itself says http, and the extension
    // takes its server address from this link.
    const link = `${publicOrigin(c)}${new URL(c.req.url).pathname}`;
    c.header('Content-Security-Policy', "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'");
    c.header('Referrer-Policy', 'no-referrer');
    return c.html(`<!doctype html>
<html lang="nl">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Uitnodiging voor Kantlijn</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem;color:#1b1b1b}code{background:#f3f3f3;padding:2px 4px;word-break:break-all}</style>
</head>
<body><main>
<h1>U bent uitgenodigd voor Kantlijn</h1>
<p>Met Kantlijn leest u de rapporten van Samen Veilig Midden-Nederland samen met raadsleden en ketenpartners, en geeft u feedback bij de passages waar het om gaat.</p>
<ol>
<li>Installeer de Kantlijn-extensie in Chrome, Edge of Firefox (uw griffie of secretariaat zegt waar u die vindt).</li>
<li>Open de instellingen van de extensie (die openen vanzelf na de installatie).</li>
<li>Plak daar deze link of de code hieronder, vul uw naam in en kies <strong>Aanmelden</strong>.</li>
</ol>
<p>Uw link: <code>${escapeHtml(link)}</code></p>
<p>Uw code: <code>${escapeHtml(code)}</code></p>
<p>De uitnodiging werkt één keer en verloopt na de datum die het secretariaat koos.</p>
</main></body></html>`);
  });
}
