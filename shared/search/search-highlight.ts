import { z } from 'zod';

/**
 * Where a search result's words matched, per part of the annotation. Each value is a short piece
 * of that part's text as HTML: everything escaped, the matched words inside `<mark>…</mark>`, and
 * nothing else (made by `markWords`). Clients need not trust it as HTML: `highlightSegments` turns it back into plain
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
  const unescapes: Readonly<Record<string, string>> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };
  for (const part of html.split(/(<mark>|<\/mark>)/)) {
    if (part === '<mark>') marked = true;
    else if (part === '</mark>') marked = false;
    else if (part !== '') segments.push({ text: part.replace(/&(?:amp|lt|gt|quot|#39);/g, (entity) => unescapes[entity] ?? entity), marked });
  }
  return segments;
}
