import { html, type DefaultTreeAdapterMap } from 'parse5';

type Node = DefaultTreeAdapterMap['node'];
type ChildNode = DefaultTreeAdapterMap['childNode'];
type ParentNode = DefaultTreeAdapterMap['parentNode'];
type Element = DefaultTreeAdapterMap['element'];
type Attribute = Element['attrs'][number];

const HTML_NS = html.NS.HTML;
const SVG_NS = html.NS.SVG;

/** HTML elements that go with everything inside them: they run code, embed other pages, or change how the copy loads. */
const DROPPED_HTML = new Set(['script', 'noscript', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'param', 'base', 'portal', 'template', 'fencedframe']);
/** SVG elements that run code or can set an attribute (such as a link's address) to `javascript:`. */
const DROPPED_SVG = new Set(['script', 'animate', 'set', 'animatemotion', 'animatetransform', 'handler', 'listener', 'discard']);
/** `<link>` kinds that are kept: how the page looks. Preloads, manifests and the like go. */
const KEPT_LINK_RELS = new Set(['stylesheet', 'alternate', 'icon', 'shortcut', 'apple-touch-icon', 'canonical', 'author', 'license', 'help']);
/** Attributes that are dropped whatever element carries them. */
const DROPPED_ATTRIBUTES = new Set(['srcdoc', 'formaction', 'action', 'ping', 'nonce', 'http-equiv', 'is', 'autofocus', 'method', 'formmethod', 'formtarget', 'target']);
/** Attributes holding one address. */
const URL_ATTRIBUTES = new Set(['href', 'src', 'poster', 'cite', 'background', 'longdesc', 'data', 'manifest', 'icon', 'codebase', 'lowsrc', 'dynsrc']);
/** Attributes holding a list of image candidates (`url 2x, url 640w`). */
const SRCSET_ATTRIBUTES = new Set(['srcset', 'imagesrcset']);

/** Where a copied address may point. Links may also write an e-mail or call; images only load from the web or inline data. */
const LINK_PROTOCOLS = new Set(['http:', 'https:', 'mailto:', 'tel:']);
const RESOURCE_PROTOCOLS = new Set(['http:', 'https:']);

/** `value` made absolute against `base`, or null when it is not an address the copy may keep. */
function absoluteUrl(value: string, base: URL, isLink: boolean): string | null {
  const trimmed = value.trim();
  // An in-page link (#section) stays in the copy, where that section is.
  if (isLink && trimmed.startsWith('#')) return trimmed;
  if (!URL.canParse(trimmed, base)) return null;
  const url = new URL(trimmed, base);
  if ((isLink ? LINK_PROTOCOLS : RESOURCE_PROTOCOLS).has(url.protocol)) return url.href;
  if (!isLink && url.protocol === 'data:' && /^data:image\/(png|gif|jpe?g|webp|avif)[;,]/i.test(url.href)) return url.href;
  return null;
}

function absoluteSrcset(value: string, base: URL): string | null {
  const candidates = value
    .split(',')
    .map((candidate) => candidate.trim().split(/\s+/))
    .flatMap(([address = '', ...descriptor]) => {
      const absolute = absoluteUrl(address, base, false);
      return absolute ? [[absolute, ...descriptor].join(' ')] : [];
    });
  return candidates.length > 0 ? candidates.join(', ') : null;
}

/** The attribute as the copy keeps it, or null to drop it. */
function cleanAttribute(element: Element, attribute: Attribute, base: URL): Attribute | null {
  const name = attribute.name.toLowerCase();
  if (name.startsWith('on') || DROPPED_ATTRIBUTES.has(name)) return null;
  // Links and images in SVG and MathML (`xlink:href`, `href`) are addresses like any other.
  if (URL_ATTRIBUTES.has(name)) {
    const isLink = name === 'href' && element.tagName !== 'link' && element.tagName !== 'image' && element.tagName !== 'use';
    const value = absoluteUrl(attribute.value, base, isLink);
    return value === null ? null : { ...attribute, value };
  }
  if (SRCSET_ATTRIBUTES.has(name)) {
    const value = absoluteSrcset(attribute.value, base);
    return value === null ? null : { ...attribute, value };
  }
  return attribute;
}

function isDropped(element: Element): boolean {
  const tag = element.tagName.toLowerCase();
  if (element.namespaceURI === HTML_NS && DROPPED_HTML.has(tag)) return true;
  if (element.namespaceURI === SVG_NS && DROPPED_SVG.has(tag)) return true;
  if (element.namespaceURI === HTML_NS && tag === 'meta') {
    // Refreshes, cookies, policies and charsets are the original's business; names (description) stay.
    return element.attrs.some((attribute) => ['http-equiv', 'charset'].includes(attribute.name.toLowerCase()));
  }
  if (element.namespaceURI === HTML_NS && tag === 'link') {
    const rels = (element.attrs.find((attribute) => attribute.name === 'rel')?.value ?? '').toLowerCase().split(/\s+/).filter(Boolean);
    return rels.length === 0 || !rels.every((rel) => KEPT_LINK_RELS.has(rel));
  }
  return false;
}

/** Cleans one element's own attributes; links get `rel` so the original site learns nothing of the copy. */
function cleanElement(element: Element, base: URL): void {
  element.attrs = element.attrs.flatMap((attribute) => {
    const kept = cleanAttribute(element, attribute, base);
    return kept ? [kept] : [];
  });
  if (element.namespaceURI === HTML_NS && (element.tagName === 'a' || element.tagName === 'area')) {
    element.attrs = [...element.attrs.filter((attribute) => attribute.name !== 'rel'), { name: 'rel', value: 'noopener noreferrer' }];
  }
  // A form in a copy sends nothing anywhere (the page's CSP says so too).
  if (element.namespaceURI === HTML_NS && element.tagName === 'form') element.attrs.push({ name: 'data-kantlijn-inert', value: '' });
}

/** The address relative links resolve against: the page's own `<base href>` when it has one. */
export function baseOf(root: ParentNode, pageUrl: URL): URL {
  const stack: Node[] = [...root.childNodes];
  while (stack.length > 0) {
    const node = stack.shift();
    if (!node || !('tagName' in node)) continue;
    if (node.tagName === 'base' && node.namespaceURI === HTML_NS) {
      const href = node.attrs.find((attribute) => attribute.name === 'href')?.value;
      if (href && URL.canParse(href.trim(), pageUrl)) {
        const base = new URL(href.trim(), pageUrl);
        if (RESOURCE_PROTOCOLS.has(base.protocol)) return base;
      }
    }
    stack.push(...node.childNodes);
  }
  return pageUrl;
}

/**
 * Cleans a parsed page in place for the reader: every element that runs code or embeds another page
 * is removed with its content, every event handler attribute and `javascript:` (or other non-web)
 * address is dropped, comments go, and every address left is made absolute against `base`, so
 * links and images lead to the original site. What remains is the report's text and its look.
 */
export function sanitiseTree(root: ParentNode, base: URL): void {
  const kept: ChildNode[] = [];
  for (const node of root.childNodes) {
    if (node.nodeName === '#comment') continue;
    if ('tagName' in node) {
      if (isDropped(node)) continue;
      cleanElement(node, base);
      sanitiseTree(node, base);
    }
    kept.push(node);
  }
  root.childNodes = kept;
}
