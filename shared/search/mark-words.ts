import { foldSearchWord } from './fold-search-word';

const WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}]*/gu;
const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** `text` with the five HTML-significant characters escaped. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ESCAPES[char] ?? char);
}

/** Texts longer than this are shown as a piece around their first match. */
const SNIPPET_LENGTH = 240;
/** How much of a long text a piece shows before its first match. */
const SNIPPET_BEFORE = 80;

/** True when `word` is what a search word asks for: the same word, or (from two characters) a longer one it begins. */
function matches(folded: string, searched: readonly string[]): boolean {
  return searched.some((wanted) => (wanted.length >= 2 ? folded.startsWith(wanted) : folded === wanted));
}

/** Where a long text is cut for its piece: around `from`, at spaces, with … where it was cut. */
function window(text: string, from: number): { start: number; end: number } {
  if (text.length <= SNIPPET_LENGTH) return { start: 0, end: text.length };
  let start = Math.max(0, from - SNIPPET_BEFORE);
  let end = Math.min(text.length, start + SNIPPET_LENGTH);
  const space = start > 0 ? text.indexOf(' ', start) : -1;
  if (space !== -1 && space < from) start = space + 1;
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end);
    if (space > from) end = space;
  }
  return { start, end };
}

/**
 * `text` as highlight HTML (see search-highlight.ts): escaped, every word that begins with one of
 * the search words (compared folded, as the index does: "Reünie" matches "reu") inside
 * `<mark>…</mark>`, and a long text cut to a piece around its first match. `null` when no word of
 * it matches.
 */
export function markWords(text: string, searchWords: readonly string[]): string | null {
  const searched = searchWords.map(foldSearchWord).filter((word) => word !== '');
  // Folding is word by word, so a word that matches leaves its search word in the folded text:
  // most texts of a result (its quote, its tags, its author) hold none and need no word-by-word look.
  const folded = foldSearchWord(text);
  if (!searched.some((wanted) => folded.includes(wanted))) return null;
  const hits: { start: number; end: number }[] = [];
  for (const found of text.matchAll(WORD)) {
    if (matches(foldSearchWord(found[0]), searched)) hits.push({ start: found.index, end: found.index + found[0].length });
  }
  const first = hits[0];
  if (!first) return null;
  const { start, end } = window(text, first.start);
  let html = start > 0 ? '…' : '';
  let at = start;
  for (const hit of hits) {
    if (hit.start < start || hit.end > end) continue;
    html += `${escapeHtml(text.slice(at, hit.start))}<mark>${escapeHtml(text.slice(hit.start, hit.end))}</mark>`;
    at = hit.end;
  }
  html += escapeHtml(text.slice(at, end));
  return end < text.length ? `${html}…` : html;
}
