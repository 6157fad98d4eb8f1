/**
 * One table of the bench report. Every bench area (anchoring, later others) contributes sections;
 * `run.ts` prints them in order as markdown tables.
 */
export interface BenchSection {
  /** Heading printed above the table. */
  title: string;
  /** Column headers. */
  columns: string[];
  /** Rows; each has one cell per column. */
  rows: (string | number)[][];
  /** Lines printed under the table (targets, definitions, caveats). */
  notes?: string[];
}

/** A bench area: produces one section when run. */
export type BenchRunner = () => Promise<BenchSection>;
