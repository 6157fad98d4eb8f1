import { z } from 'zod';

/**
 * Where a search result's words matched, per part of the annotation. Each value is a short piece
 * of that part's text as HTML: everything escaped, the matched words inside `<mark>…</mark>`, and
 * nothing else. Clients need not trust it as HTML: `highlightSegments` turns it back into plain
 * text pieces, marked or not, to render as text.
 */
export const searchHighlightSchema = z.object({
  text: z.string().optional(),
  quote: z.string().optional(),
  tags: z.string().optional(),
  terms: z.string().optional(),
  author: z.string().optional(),
});
export type SearchHighlight = z.infer<typeof searchHighlightSchema>;

/** The parts of an annotation a highlight can name, in the order the search index holds them. */
export const HIGHLIGHT_PARTS = ['text', 'quote', 'tags', 'terms', 'author'] as const satisfies readonly (keyof SearchHighlight)[];

/** Start and end of a match in the text the search index returns (control characters 2 and 3). */
export const MATCH_START = '\u0002';
export const MATCH_END = '\u0003';

const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const UNESCAPES: Readonly<Record<string, string>> = Object.fromEntries(Object.entries(ESCAPES).map(([plain, escaped]) => [escaped, plain]));

/**
 * The highlight HTML of a text in which MATCH_START and MATCH_END surround each match: the text is
 * escaped first, then the markers become `<mark>` and `</mark>`. `null` when nothing in it matched.
 */
export function markMatches(marked: string): string | null {
  if (!marked.includes(MATCH_START)) return null;
  const escaped = marked.replace(/[&<>"']/g, (char) => ESCAPES[char] ?? char);
  return escaped.replaceAll(MATCH_START, '<mark>').replaceAll(MATCH_END, '</mark>');
}

/** One piece of a highlight: plain text, and whether it is a matched word. */
export interface HighlightSegment {
  text: string;
  marked: boolean;
}

/**
 * A highlight's HTML as plain text pieces. Only `<mark>` and `</mark>` are read as tags; every
 * other character stays text (entities are decoded), so rendering the pieces as text is safe
 * whatever the string holds.
 */
export function highlightSegments(html: string): HighlightSegment[] {
  const segments: HighlightSegment[] = [];
  let marked = false;
  for (const part of html.split(/(<mark>|<\/mark>)/)) {
    if (part === '<mark>') marked = true;
    else if (part === '</mark>') marked = false;
    else if (part !== '') segments.push({ text: part.replace(/&(?:amp|lt|gt|quot|#39);/g, (entity) => UNESCAPES[entity] ?? entity), marked });
  }
  return segments;
}
