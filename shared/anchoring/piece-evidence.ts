import type { QuoteModel } from './quote-model';

/**
 * Filter step of filter-and-verify: exact occurrences of short pieces of the quote and of its
 * context, each voting for where the quote would start. indexOf is far cheaper than scanning the
 * whole text with approx-string-match, and edits in a revised report are clustered in a few
 * words, so most pieces of a surviving passage are still there verbatim.
 */

/** A piece occurring more often than this in the searched range says nothing; it is ignored. */
const MAX_PIECE_OCCURRENCES = 48;

/** A slice of the quote or its context, and where the quote starts relative to the slice. */
interface Piece {
  readonly text: string;
  /** Quote start = piece position + shift. */
  readonly shift: number;
  readonly fromQuote: boolean;
}

/** Places where pieces were found, in normalised offsets. */
export interface Evidence {
  /** One vote per piece occurrence: the quote would start at `start`. */
  readonly votes: { start: number; piece: number; fromQuote: boolean }[];
  /** Number of quote pieces looked for. */
  quotePieces: number;
  /** Where the prefix's last piece ends: the quote would start here. */
  readonly quoteStarts: number[];
  /** Where the suffix's first piece starts: the quote would end here. */
  readonly quoteEnds: number[];
}

/** A place supported by `support` distinct pieces, `quoteSupport` of them from the quote itself. */
export interface Cluster {
  readonly start: number;
  readonly support: number;
  readonly quoteSupport: number;
}

/** Which pieces to look for. */
export interface PieceOptions {
  /** Pieces of the quote, at most (spread evenly over it). */
  readonly quotePieces: number;
  /** Whether to look for the ends of the context too. */
  readonly context: boolean;
}

/** Length of filter pieces: short enough that edits leave some intact, long enough to be rare. */
function pieceLength(m: number, budget: number): number {
  if (m < 32) return Math.max(6, Math.min(8, Math.floor(m / (budget + 1))));
  return m < 96 ? 10 : 12;
}

function piecesOf(model: QuoteModel, length: number, options: PieceOptions): Piece[] {
  const quote = model.exact;
  const m = quote.length;
  const pieces: Piece[] = [];
  // A short quote gets two overlapping pieces when it can: with one, a single edit anywhere
  // leaves no piece intact.
  const count = Math.max(m >= length + 2 ? 2 : 1, Math.min(options.quotePieces, Math.floor(m / length)));
  for (let p = 0; p < count; p += 1) {
    // Spread evenly, the last one flush with the quote's end.
    const offset = count === 1 ? 0 : Math.round((p * (m - length)) / (count - 1));
    pieces.push({ text: quote.slice(offset, offset + length), shift: -offset, fromQuote: true });
  }
  if (!options.context) return pieces;
  // Context pieces find a quote that was edited heavily where its surroundings survived.
  const prefix = model.prefix;
  for (let back = 1; back <= 2 && prefix.length >= back * length; back += 1) {
    pieces.push({ text: prefix.slice(prefix.length - back * length, prefix.length - (back - 1) * length), shift: back * length, fromQuote: false });
  }
  const suffix = model.suffix;
  for (let ahead = 0; ahead < 2 && suffix.length >= (ahead + 1) * length; ahead += 1) {
    pieces.push({ text: suffix.slice(ahead * length, (ahead + 1) * length), shift: -m - ahead * length, fromQuote: false });
  }
  return pieces;
}

/** Exact occurrences of a piece in `stretch`, or null when it is too common to be useful. */
function occurrencesOf(stretch: string, piece: string): number[] | null {
  const found: number[] = [];
  let at = stretch.indexOf(piece);
  while (at !== -1) {
    if (found.length >= MAX_PIECE_OCCURRENCES) return null;
    found.push(at);
    at = stretch.indexOf(piece, at + 1);
  }
  return found;
}

/**
 * Finds the pieces of `model` (of the quote, and of its context if asked) in the normalised
 * `text`, for quote starts roughly within the given ranges [from, to).
 */
export function gatherEvidence(text: string, model: QuoteModel, ranges: readonly [number, number][], options: PieceOptions): Evidence {
  const evidence: Evidence = { votes: [], quotePieces: 0, quoteStarts: [], quoteEnds: [] };
  const m = model.exact.length;
  if (m === 0) return evidence;
  const length = pieceLength(m, model.maxErrors);
  const pieces = piecesOf(model, length, options);
  evidence.quotePieces = pieces.filter((piece) => piece.fromQuote).length;
  const margin = m + model.maxErrors + 2 * length + 2;
  for (const [from, to] of ranges) {
    if (from >= to) continue;
    const windowStart = Math.max(0, from - margin);
    const stretch = text.slice(windowStart, Math.min(text.length, to + margin));
    pieces.forEach((piece, index) => {
      const found = occurrencesOf(stretch, piece.text);
      if (found === null) return;
      for (const at of found) {
        const start = windowStart + at + piece.shift;
        if (start < from - margin || start >= to + margin) continue;
        evidence.votes.push({ start, piece: index, fromQuote: piece.fromQuote });
        if (piece.shift === length) evidence.quoteStarts.push(start);
        if (piece.shift === -m) evidence.quoteEnds.push(windowStart + at);
      }
    });
  }
  return evidence;
}

/**
 * Groups votes whose implied starts agree within `tolerance` units, best supported first (most
 * distinct quote pieces, then most pieces in all, then closest to `centre`, the hint).
 */
export function clusterVotes(evidence: Evidence, tolerance: number, centre: number | undefined): Cluster[] {
  const votes = [...evidence.votes].sort((a, b) => a.start - b.start);
  const clusters: Cluster[] = [];
  let i = 0;
  while (i < votes.length) {
    const first = votes[i];
    if (first === undefined) break;
    const seen = new Set<number>();
    let j = i;
    let sum = 0;
    let quoteSupport = 0;
    while (j < votes.length && (votes[j]?.start ?? Infinity) - first.start <= tolerance) {
      const vote = votes[j];
      if (vote !== undefined && !seen.has(vote.piece)) {
        seen.add(vote.piece);
        sum += vote.start;
        if (vote.fromQuote) quoteSupport += 1;
      }
      j += 1;
    }
    clusters.push({ start: Math.round(sum / seen.size), support: seen.size, quoteSupport });
    i = j;
  }
  const distance = (cluster: Cluster): number => (centre === undefined ? 0 : Math.abs(cluster.start - centre));
  return clusters.sort((a, b) => b.quoteSupport - a.quoteSupport || b.support - a.support || distance(a) - distance(b));
}
