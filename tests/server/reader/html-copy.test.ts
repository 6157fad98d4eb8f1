import { describe, expect, it } from 'vitest';
import { READER_PAGE_TEXTS } from '../../../server/dashboard/texts/reader-texts';
import type { FetchedDocument } from '../../../server/reader/fetch-types';
import { createHtmlCopy, READER_CONFIG_ID } from '../../../server/reader/html-copy';
import { parsePage, textOf } from '../dashboard/parse-page';

const PAGE_URL = 'https://rapporten.example/svmn/voortgang/rapport.html';

function fetched(html: string, overrides: Partial<FetchedDocument> = {}): FetchedDocument {
  return { requestedUrl: PAGE_URL, finalUrl: PAGE_URL, kind: 'html', charset: 'utf-8', body: Buffer.from(html, 'utf8'), ...overrides };
}

function copyOf(html: string, overrides: Partial<FetchedDocument> = {}) {
  const out = createHtmlCopy(fetched(html, overrides), {
    nonce: 'NONCE123',
    scriptUrl: '/lezen/bestanden/assets/html-reader.js',
    config: { source: PAGE_URL, csrfToken: 'csrf</script><b>', language: 'nl' },
    texts: READER_PAGE_TEXTS.nl,
  });
  return { html: out, document: parsePage(out) };
}

const HOSTILE = `<!DOCTYPE html><html><head>
<meta http-equiv="refresh" content="0;url=https://evil.example/">
<meta http-equiv="Content-Security-Policy" content="script-src *">
<base href="https://cdn.example/assets/">
<script>steal()</script><script src="https://evil.example/x.js"></script>
<link rel="preload" href="/x.js" as="script"><link rel="stylesheet" href="style.css">
<noscript><p>zonder scripts</p></noscript>
</head><body onload="steal()">
<p id="tekst" onclick="steal()" style="color:red">Voortgang van de <b onmouseover="steal()">veranderagenda</b>.</p>
<a id="js" href="jav&#x09;ascript:steal()">klik</a>
<a id="rel" href="../bijlage.pdf" target="_blank">bijlage</a>
<a id="frag" href="#hoofdstuk-2">naar hoofdstuk 2</a>
<a id="mail" href="mailto:griffie@example.org">mail</a>
<img id="img" src="grafiek.png" srcset="grafiek.png 1x, grafiek@2x.png 2x" onerror="steal()">
<img id="bad" src="javascript:steal()"><img id="html-data" src="data:text/html,<script>steal()</script>">
<iframe srcdoc="<script>steal()</script>"></iframe><object data="x.swf"></object><embed src="x.swf">
<form id="form" action="https://evil.example/collect" method="post"><input name="q"><button formaction="https://evil.example/b">Zoek</button></form>
<svg><script>steal()</script><a id="svg-link" href="javascript:steal()"><text>svg</text></a><animate attributeName="href" to="javascript:steal()"/><image href="figuur.png"/></svg>
<math><a id="math-link" href="javascript:steal()">m</a></math>
<template><script>steal()</script></template>
<!-- [if IE]><script>steal()</script><![endif] -->
</body></html>`;

describe('the reader’s copy of a web page', () => {
  it('keeps no script, handler or javascript: address of the page', () => {
    const { html, document } = copyOf(HOSTILE);
    expect(html).not.toContain('steal()');
    expect(html).not.toMatch(/\son[a-z]+=/i);
    expect(html.toLowerCase()).not.toContain('javascript:');
    // The only scripts left are Kantlijn's: its settings (data, not code) and its module with the nonce.
    const scripts = [...document.querySelectorAll('script')];
    expect(scripts.map((script) => script.getAttribute('type'))).toEqual(['application/json', 'module']);
    expect(scripts[1]?.getAttribute('nonce')).toBe('NONCE123');
    expect(scripts[1]?.getAttribute('src')).toBe('/lezen/bestanden/assets/html-reader.js');
    for (const selector of ['iframe', 'object', 'embed', 'noscript', 'template', 'base', 'meta[http-equiv]', 'link[rel="preload"]', 'svg animate']) {
      expect(document.querySelector(selector), selector).toBeNull();
    }
  });

  it('keeps the text and look, with addresses made absolute against the page’s base', () => {
    const { document } = copyOf(HOSTILE);
    expect(textOf(document.getElementById('tekst'))).toBe('Voortgang van de veranderagenda.');
    expect(document.getElementById('tekst')?.getAttribute('style')).toBe('color:red');
    expect(document.querySelector('link[rel="stylesheet"]')?.getAttribute('href')).toBe('https://cdn.example/assets/style.css');
    expect(document.getElementById('rel')?.getAttribute('href')).toBe('https://cdn.example/bijlage.pdf');
    expect(document.getElementById('rel')?.getAttribute('rel')).toBe('noopener noreferrer');
    expect(document.getElementById('rel')?.hasAttribute('target')).toBe(false);
    expect(document.getElementById('frag')?.getAttribute('href')).toBe('#hoofdstuk-2');
    expect(document.getElementById('mail')?.getAttribute('href')).toBe('mailto:griffie@example.org');
    expect(document.getElementById('img')?.getAttribute('src')).toBe('https://cdn.example/assets/grafiek.png');
    expect(document.getElementById('img')?.getAttribute('srcset')).toBe('https://cdn.example/assets/grafiek.png 1x, https://cdn.example/assets/grafiek@2x.png 2x');
    expect(document.getElementById('bad')?.hasAttribute('src')).toBe(false);
    expect(document.getElementById('html-data')?.hasAttribute('src')).toBe(false);
    expect(document.getElementById('js')?.hasAttribute('href')).toBe(false);
    expect(document.getElementById('svg-link')?.hasAttribute('href')).toBe(false);
    expect(document.getElementById('math-link')?.hasAttribute('href')).toBe(false);
  });

  it('makes forms inert', () => {
    const { document } = copyOf(HOSTILE);
    const form = document.getElementById('form');
    expect(form?.hasAttribute('action')).toBe(false);
    expect(form?.hasAttribute('method')).toBe(false);
    expect(form?.hasAttribute('data-kantlijn-inert')).toBe(true);
    expect(form?.querySelector('button')?.hasAttribute('formaction')).toBe(false);
  });

  it('says it is a copy and links the original, outside the report’s text', () => {
    const { document } = copyOf('<html lang="nl"><body><p>Rapport</p></body></html>');
    const bar = document.querySelector('section.kantlijn-kopie');
    expect(bar?.hasAttribute('data-kantlijn-ui')).toBe(true);
    expect(textOf(bar)).toContain('kopie van deze pagina van rapporten.example');
    const links = [...(bar?.querySelectorAll('a') ?? [])];
    expect(links.map((link) => [textOf(link), link.getAttribute('href')])).toEqual([
      ['Origineel openen', PAGE_URL],
      ['Kantlijn-startpagina', '/lezen'],
    ]);
    expect(bar?.getAttribute('aria-label')).toBe('Kantlijn: kopie van het rapport');
  });

  it('embeds the settings as data that cannot end its block early', () => {
    const { html, document } = copyOf('<p>x</p>');
    expect(html).not.toContain('csrf</script>');
    const config = JSON.parse(document.getElementById(READER_CONFIG_ID)?.textContent ?? '{}') as Record<string, unknown>;
    expect(config).toEqual({ source: PAGE_URL, csrfToken: 'csrf</script><b>', language: 'nl', kind: 'html' });
  });

  it('reads the page in the encoding it declares', () => {
    const latin = Buffer.from('<html><head><meta charset="windows-1252"></head><body><p id="p">Caf\xe9 \x80</p></body></html>', 'latin1');
    const { document } = copyOf('', { body: latin, charset: null });
    expect(textOf(document.getElementById('p'))).toBe('Café €');
    expect(document.querySelector('meta[charset]')?.getAttribute('charset')).toBe('utf-8');
    expect(document.querySelectorAll('meta[charset]')).toHaveLength(1);
  });
});
