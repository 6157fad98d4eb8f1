import type { Cluster } from './piece-evidence';
import type { QuoteModel } from './quote-model';
import { searchInRange, type Hit } from './range-search';

/** Candidate regions verified at most per search, best supported first. */
const MAX_REGIONS = 8;
/**
 * Share of the quote pieces a region needs to be verified. Edits in a revision touch a few words,
 * so a surviving passage keeps most pieces; similar sentences elsewhere share only some.
 */
const MIN_PIECE_SHARE = 0.4;
/** Quotes longer than this are verified piece by piece (approx-string-match cost grows with m²). */
const WHOLE_VERIFY_LIMIT = 512;
const VERIFY_PIECE = 128;

/**
 * Aligns a long quote piece by piece from `impliedStart`, following the text as it drifts. The
 * error count is an upper bound of the edit distance (gaps between pieces count in full), which
 * keeps verification linear in the quote length. Null when the budget is exceeded.
 */
function verifyLong(text: string, quote: string, impliedStart: number, budget: number): Hit | null {
  let cursor = Math.max(0, impliedStart);
  let errors = 0;
  let start = -1;
  let end = -1;
  for (let offset = 0; offset < quote.length; offset += VERIFY_PIECE) {
    const piece = quote.slice(offset, offset + VERIFY_PIECE);
    const slack = 64 + (piece.length >> 2);
    const found = searchInRange(text, piece, piece.length >> 2, Math.max(0, cursor - slack), Math.min(text.length, cursor + piece.length + slack));
    let best: Hit | undefined;
    for (const hit of found) {
      if (best === undefined || Math.abs(hit.start - cursor) < Math.abs(best.start - cursor)) best = hit;
    }
    if (best === undefined) {
      errors += piece.length;
      cursor += piece.length;
    } else {
      if (start < 0) start = Math.max(0, best.start - offset);
      else errors += Math.abs(best.start - cursor);
      errors += best.errors;
      cursor = best.end;
      end = best.end;
    }
    if (errors > budget) return null;
  }
  if (start < 0 || end <= start) return null;
  return { start, end, errors };
}

/**
 * Verify step of filter-and-verify: aligns the whole quote (at most `model.maxErrors` errors, or
 * fewer when `limits` says so) with the region of each cluster, best supported first. Only
 * clusters holding at least 40% (or `limits.minPieceShare`) of the `quotePieces` looked for, and
 * half the best cluster's quote pieces, are verified; at most 8, stopping as soon as `visit`
 * (called with each region's hits) returns true.
 */
export function verifyClusters(
  text: string,
  model: QuoteModel,
  clusters: readonly Cluster[],
  quotePieces: number,
  visit: (hits: Hit[]) => boolean,
  limits: { readonly maxErrors: number; readonly minPieceShare: number } = { maxErrors: model.maxErrors, minPieceShare: MIN_PIECE_SHARE },
): void {
  const quote = model.exact;
  const m = quote.length;
  const budget = Math.min(model.maxErrors, limits.maxErrors);
  if (budget <= 0 || m === 0) return;
  const floor = Math.max(1, Math.ceil(limits.minPieceShare * quotePieces), Math.ceil((clusters[0]?.quoteSupport ?? 0) / 2));
  for (const cluster of clusters.slice(0, MAX_REGIONS)) {
    if (cluster.quoteSupport < floor) return;
    let hits: Hit[];
    if (m > WHOLE_VERIFY_LIMIT) {
      const hit = verifyLong(text, quote, cluster.start, budget);
      hits = hit === null ? [] : [hit];
    } else {
      hits = searchInRange(text, quote, budget, Math.max(0, cluster.start - budget - 8), Math.min(text.length, cluster.start + m + budget + 8));
    }
    if (visit(hits)) return;
  }
}
