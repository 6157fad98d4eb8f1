import type { PdfTextItem } from './pdf-document-text';

/*
 * Running heads and feet: what a report prints at the top and bottom of every page (its title,
 * the publisher, "pagina 4 van 35"). In the text stream they sit between the two halves of a
 * sentence that runs on across a page break, so they are found here and kept out of the document
 * text that anchoring works on.
 */

/** Lines at each edge of a page that may be a running head or foot. */
const EDGE_LINES = 3;
/** Items whose baselines differ by at most this (PDF units) are on one line. */
const SAME_LINE = 2;
/** A head or foot stays put: positions are compared in steps of this many units. */
const POSITION_STEP = 4;

/** One line of a page: where it stands, its text, and which items make it. */
interface Line {
  readonly y: number;
  readonly items: number[];
  text: string;
}

/** The baseline of an item (its text matrix's f), or undefined without one. */
function baselineOf(item: PdfTextItem): number | undefined {
  const f = item.transform?.[5];
  return typeof f === 'number' && Number.isFinite(f) ? f : undefined;
}

/** The page's lines, top first (PDF y grows upwards). Items without a position are on no line. */
function linesOf(items: readonly PdfTextItem[]): Line[] {
  const lines: Line[] = [];
  items.forEach((item, index) => {
    const y = baselineOf(item);
    if (y === undefined) return;
    const line = lines.find((candidate) => Math.abs(candidate.y - y) <= SAME_LINE);
    if (line === undefined) lines.push({ y, items: [index], text: item.str });
    else {
      line.items.push(index);
      line.text += ` ${item.str}`;
    }
  });
  return lines.filter((line) => line.text.trim() !== '').sort((a, b) => b.y - a.y);
}

/**
 * What a running line looks like on every page: its edge, its position, and its text with every
 * number as `#` (the page number varies) and without spaces (templates join pieces unpredictably).
 */
function shapeOf(line: Line, edge: 'top' | 'bottom'): string {
  const text = line.text.toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, '');
  return `${edge}|${Math.round(line.y / POSITION_STEP)}|${text}`;
}

/**
 * For each page (its pdf.js text items, in stream order), the indices of the items that belong to
 * a running head or foot: a line among the top or bottom three whose shape (edge, position, text
 * with the numbers left out) recurs on at least half of the pages with text, and on two at least.
 * A document of one page has none. Pure: the same items give the same answer.
 */
export function findRunningItems(pages: readonly (readonly PdfTextItem[])[]): Set<number>[] {
  const linesPerPage = pages.map(linesOf);
  const all = linesPerPage.flat();
  // Which edge a line is at, by the middle of all text on all pages (a short last page included).
  const middle = all.length === 0 ? 0 : (Math.max(...all.map((line) => line.y)) + Math.min(...all.map((line) => line.y))) / 2;
  const edges = linesPerPage.map((lines) => {
    const candidates = new Set([...lines.slice(0, EDGE_LINES), ...lines.slice(-EDGE_LINES)]);
    return [...candidates].map((line) => ({ line, shape: shapeOf(line, line.y > middle ? 'top' : 'bottom') }));
  });
  const pagesWithText = edges.filter((lines) => lines.length > 0).length;
  const counts = new Map<string, number>();
  for (const lines of edges) {
    for (const shape of new Set(lines.map((entry) => entry.shape))) counts.set(shape, (counts.get(shape) ?? 0) + 1);
  }
  const needed = Math.max(2, Math.ceil(pagesWithText / 2));
  return edges.map((lines) => {
    const running = new Set<number>();
    for (const { line, shape } of lines) if ((counts.get(shape) ?? 0) >= needed) for (const item of line.items) running.add(item);
    return running;
  });
}
