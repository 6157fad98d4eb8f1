import type { FeedbackKind, Visibility } from '../../../shared/schemas/annotation';
import type { Selector } from '../../../shared/schemas/selectors';

/** The formats an import file may be in. */
export type ImportFormat = 'w3c' | 'hypothesis';

/**
 * One annotation read from an import file, in Kantlijn's terms, before anything is decided about
 * it: what it says, where it is, where it came from, and what of it Kantlijn cannot keep.
 */
export interface ImportItem {
  /** Its place in the file, counted from 1, so the report can point at it. */
  position: number;
  /** What recognises it in a later import: its id elsewhere, or a hash of its content without one. */
  origin: string;
  /** Its id elsewhere (kept in `via`), or null when it had none. */
  foreignId: string | null;
  /**
   * The document it is on (as written in the file), or, for an annotation whose target is an
   * annotation, that annotation's id; `repliesTo` tells which.
   */
  source: string | null;
  /** A reply: how the file names the annotation it answers (its id elsewhere, or a Kantlijn IRI). */
  repliesTo: string | null;
  /** The PDF file's fingerprint, when the file names one (Kantlijn's own export does). */
  fingerprint?: string;
  /** The document's title, when the file gives one (the Hypothesis export does). */
  documentTitle: string | null;
  remark: string;
  tags: string[];
  /** Links to taxonomy terms, as the file names them (IRI or id). */
  terms: string[];
  /** The selectors Kantlijn can search with (quote, position, PDF page). */
  selectors: Selector[];
  /** True when it pointed at a passage only in ways Kantlijn cannot search with (a range, an XPath). */
  passageLost: boolean;
  motivation?: 'questioning';
  kind?: FeedbackKind;
  visibility?: Visibility;
  canonical?: string;
  via: string[];
  creator?: unknown;
  generator?: unknown;
  created?: string;
  /** What of it Kantlijn leaves out, in words, for the report. */
  dropped: string[];
  /** Why it cannot be imported at all (in Dutch), or null. */
  problem: string | null;
}

/** An item with nothing decided yet, for the format readers to fill in. */
export function emptyItem(position: number, origin: string, foreignId: string | null): ImportItem {
  return {
    position,
    origin,
    foreignId,
    source: null,
    repliesTo: null,
    documentTitle: null,
    remark: '',
    tags: [],
    terms: [],
    selectors: [],
    passageLost: false,
    via: [],
    dropped: [],
    problem: null,
  };
}

/** A file read: its format, its items, and what the reader noticed about the file as a whole. */
export interface ImportFile {
  format: ImportFormat;
  items: ImportItem[];
  warnings: string[];
}

/** A file that cannot be imported at all; the message (Dutch) says why and what to do. */
export class ImportFileError extends Error {}

/** Most annotations one file may hold. */
export const MAX_IMPORT_ITEMS = 5_000;

/** Refuses a file of more than `MAX_IMPORT_ITEMS` annotations, saying what to do. */
export function assertImportSize(count: number): void {
  if (count > MAX_IMPORT_ITEMS) throw new ImportFileError(`Dit bestand bevat ${count} annotaties; één import mag er hoogstens ${MAX_IMPORT_ITEMS} hebben. Verdeel het bestand.`);
}
