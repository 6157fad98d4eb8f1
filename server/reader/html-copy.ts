import { defaultTreeAdapter, parse, parseFragment, serialize, type DefaultTreeAdapterMap } from 'parse5';
import type { ReaderPageTexts } from '../dashboard/texts/reader-texts';
import { escapeHtml } from '../services/digest/render/html/escape-html';
import { READER_PATH } from '../routes/reader-paths';
import { decodeHtml } from './html-charset';
import { baseOf, sanitiseTree } from './html-sanitise';
import type { FetchedDocument } from './fetch-types';

type Element = DefaultTreeAdapterMap['element'];
type ParentNode = DefaultTreeAdapterMap['parentNode'];

/** The marker the annotator skips: text inside it is never part of the report's text. */
const KANTLIJN_UI_ATTRIBUTE = 'data-kantlijn-ui';
/** The id of the JSON block the reader's script reads (extension/reader/reader-config.ts). */
export const READER_CONFIG_ID = 'kantlijn-lezer-config';

/**
 * The bar's look: plain, high contrast, big enough targets for a finger, whatever the page's own CSS.
 * And one rule for the page: a word too long for a phone's width breaks instead of widening the
 * page, which a phone would show in part, with Kantlijn's bar below the screen's edge.
 */
const BAR_CSS = [
  'html{overflow-wrap:break-word}',
  '.kantlijn-kopie{all:initial;display:block;box-sizing:border-box;width:100%;margin:0;padding:.5rem 1rem;background:#1d3557;color:#fff;font:1rem/1.45 system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;position:relative;z-index:2147483000}',
  '.kantlijn-kopie p{all:unset;display:block;margin:0 0 .25rem}',
  '.kantlijn-kopie a{all:unset;display:inline-flex;align-items:center;min-height:44px;min-width:44px;margin-right:1.25rem;color:#fff;text-decoration:underline;cursor:pointer}',
  '.kantlijn-kopie a:focus-visible{outline:3px solid #ffbf47;outline-offset:2px}',
].join('\n');

/** What the server tells the reader's script about this page. */
export interface CopyConfig {
  source: string;
  csrfToken: string;
  language: 'nl' | 'en';
}

/** What a copy needs besides the fetched page. */
export interface CopyOptions {
  nonce: string;
  scriptUrl: string;
  config: CopyConfig;
  texts: ReaderPageTexts;
}

function firstChild(parent: ParentNode, tagName: string): Element | null {
  for (const node of parent.childNodes) if ('tagName' in node && node.tagName === tagName) return node;
  return null;
}

/** Parses our own markup (every dynamic part escaped) into nodes to insert. */
function nodesOf(html: string) {
  return parseFragment(html).childNodes;
}

function prepend(parent: Element, html: string): void {
  const first = parent.childNodes[0];
  for (const node of nodesOf(html)) {
    if (first) defaultTreeAdapter.insertBefore(parent, node, first);
    else defaultTreeAdapter.appendChild(parent, node);
  }
}

function append(parent: Element, html: string): void {
  for (const node of nodesOf(html)) defaultTreeAdapter.appendChild(parent, node);
}

/** JSON safe inside a `<script type="application/json">`: no `<` can end the block early. */
function embeddedJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

function barHtml(texts: ReaderPageTexts, original: string): string {
  const site = new URL(original).host;
  return (
    `<section class="kantlijn-kopie" ${KANTLIJN_UI_ATTRIBUTE}="" aria-label="${escapeHtml(texts.copy.label)}" lang="${texts.language}">` +
    `<p>${escapeHtml(texts.copy.notice(site))}</p>` +
    `<a href="${escapeHtml(original)}" rel="noopener noreferrer">${escapeHtml(texts.copy.original)}</a>` +
    `<a href="${READER_PATH}${texts.language === 'en' ? '?taal=en' : ''}">${escapeHtml(texts.copy.start)}</a>` +
    '</section>'
  );
}

/**
 * The reader's copy of a fetched web page, as one HTML string: the page parsed by a real HTML
 * parser (parse5, as a browser parses), cleaned of every script and handler (see `sanitiseTree`),
 * with a bar saying it is a copy and linking the original, the reader's settings, and Kantlijn's
 * own script, which alone carries the nonce the page's CSP allows.
 */
export function createHtmlCopy(fetched: FetchedDocument, options: CopyOptions): string {
  const document = parse(decodeHtml(fetched.body, fetched.charset));
  const pageUrl = new URL(fetched.finalUrl);
  sanitiseTree(document, baseOf(document, pageUrl));
  const html = firstChild(document, 'html');
  const head = html ? firstChild(html, 'head') : null;
  const body = html ? firstChild(html, 'body') : null;
  if (!html || !head || !body) throw new Error('parse5 always makes html, head and body');
  prepend(head, `<meta charset="utf-8"><style ${KANTLIJN_UI_ATTRIBUTE}="">${BAR_CSS}</style>`);
  if (!head.childNodes.some((node) => 'tagName' in node && node.tagName === 'meta' && node.attrs.some((attribute) => attribute.name === 'name' && attribute.value === 'viewport'))) {
    append(head, '<meta name="viewport" content="width=device-width, initial-scale=1">');
  }
  prepend(body, barHtml(options.texts, fetched.finalUrl));
  append(
    body,
    `<script type="application/json" id="${READER_CONFIG_ID}">${embeddedJson({ ...options.config, kind: 'html' })}</script>` +
      `<script type="module" nonce="${escapeHtml(options.nonce)}" src="${escapeHtml(options.scriptUrl)}"></script>`,
  );
  if (!html.attrs.some((attribute) => attribute.name === 'lang')) html.attrs.push({ name: 'lang', value: 'nl' });
  return serialize(document);
}
