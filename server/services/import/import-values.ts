import { parseFragment, type DefaultTreeAdapterMap } from 'parse5';
import { isoInstantSchema } from '../../../shared/schemas/iso-instant';
import { selectorSchema, type Selector } from '../../../shared/schemas/selectors';

type Node = DefaultTreeAdapterMap['node'];

/** The text of an HTML fragment as a reader sees it: tags gone, entities read, paragraphs kept apart. */
export function htmlToText(html: string): string {
  const parts: string[] = [];
  // Walked with a list of its own rather than by recursion: a body of thousands of nested tags
  // (a file may hold one) would overflow the call stack.
  const todo: { node: Node; leaving: boolean }[] = [...parseFragment(html).childNodes].reverse().map((node) => ({ node, leaving: false }));
  while (todo.length > 0) {
    const { node, leaving } = todo.pop()!;
    if (leaving) {
      if (/^(p|div|li|br|h[1-6]|blockquote|tr)$/.test(node.nodeName)) parts.push('\n');
      continue;
    }
    if (node.nodeName === '#text') parts.push((node as DefaultTreeAdapterMap['textNode']).value);
    if (node.nodeName === 'script' || node.nodeName === 'style') continue;
    todo.push({ node, leaving: true });
    if ('childNodes' in node) for (let i = node.childNodes.length - 1; i >= 0; i -= 1) todo.push({ node: node.childNodes[i]!, leaving: false });
  }
  return parts.join('').replace(/[ \t]+\n/g, '\n').replace(/\n{3,}/g, '\n\n').trim();
}

/** An ISO time in UTC, from any ISO 8601 date-time the file gives (microseconds too), or undefined. */
export function instantOf(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const parsed = isoInstantSchema.safeParse(value);
  if (parsed.success) return parsed.data;
  const time = Date.parse(value);
  return Number.isFinite(time) ? isoInstantSchema.safeParse(new Date(time).toISOString()).data : undefined;
}

/** The selector types Kantlijn can search with when a document opens. */
const QUOTE = 'TextQuoteSelector';

/**
 * The selectors of a target that Kantlijn understands, a refinement of one it does not (a quote
 * inside a fragment) included; `lost` when the target pointed at a passage only in other ways
 * (a range, an XPath, a CSS selector) or by position alone, which Kantlijn cannot check without a quote.
 */
export function readSelectors(raw: unknown): { selectors: Selector[]; lost: boolean; unknown: string[] } {
  const list = raw === undefined ? [] : Array.isArray(raw) ? (raw as unknown[]) : [raw];
  const selectors: Selector[] = [];
  const unknown: string[] = [];
  for (const entry of list) {
    const parsed = selectorSchema.safeParse(entry);
    const object = entry !== null && typeof entry === 'object' ? (entry as Record<string, unknown>) : null;
    if (parsed.success) selectors.push(parsed.data);
    else unknown.push(typeof object?.type === 'string' ? object.type : 'onbekende selector');
    // A quote refining another selector (a page, a range) is still a quote of the document.
    const refined = object ? selectorSchema.safeParse(object.refinedBy) : null;
    if (refined?.success && refined.data.type === QUOTE) selectors.push(refined.data);
  }
  const hasQuote = selectors.some((selector) => selector.type === QUOTE);
  if (list.length === 0) return { selectors: [], lost: false, unknown };
  // A position alone cannot be checked against the text, so it could land on any other words.
  const kept = hasQuote ? selectors.slice(0, 8) : selectors.filter((selector) => selector.type === 'FragmentSelector').slice(0, 8);
  return { selectors: kept, lost: !hasQuote, unknown };
}

/**
 * What is left out when a passage cannot be found: how the file pointed at it (a selector only
 * other programs search with). Said only then: beside a quote, such selectors lose nothing.
 */
export function lostPassageNote(unknownTypes: readonly string[]): string {
  const kinds = [...new Set(unknownTypes)];
  return kinds.length > 0 ? `de plaats van de passage (${kinds.join(', ')}), zonder citaat` : 'de plaats van de passage, die alleen als positie zonder citaat in het bestand staat';
}
