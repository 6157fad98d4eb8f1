/** How many cards the sidebar renders at first, and how many more each "Meer laden" adds. */
export const PAGE_SIZE = 50;

/**
 * How many cards to render so that the card at `index` is among them: the current `limit` when it
 * already is, else the end of the page holding `index` (so a highlight clicked far down the
 * document still reaches its card). A negative index (card not in the list) keeps `limit`.
 */
export function limitShowing(index: number, limit: number, pageSize = PAGE_SIZE): number {
  if (index < limit) return limit;
  return (Math.floor(index / pageSize) + 1) * pageSize;
}

/** The next limit after "Meer laden", never beyond `total`. */
export function nextLimit(limit: number, total: number, pageSize = PAGE_SIZE): number {
  return Math.min(limit + pageSize, Math.max(total, limit));
}
