/** What searching for a quote yields, in original offsets of the whole document. */

/** A found place in original offsets of the whole document, with the reported score. */
export interface Found {
  readonly start: number;
  readonly end: number;
  readonly score: number;
}

/** A candidate found in a partial view or around a verbatim copy, carried over in original offsets. */
export interface Carried {
  readonly found: Found;
  readonly cost: number;
  /** Decisive and exact: as in a complete search, this settles the search before approximate phases. */
  readonly settles: boolean;
}

/**
 * Result of searching one view: decided (a place, or null when the quote is not there), or
 * undecided because a partial view cannot tell; then it says whether the search near the hint was
 * completed and carries its best acceptable candidate.
 */
export type Outcome =
  | { readonly decided: true; readonly found: Found | null }
  | { readonly decided: false; readonly nearDone: boolean; readonly best: Carried | undefined };
