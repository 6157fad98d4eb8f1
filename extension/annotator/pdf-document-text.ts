/**
 * The text of a PDF as one string: what anchoring works on. Built from pdf.js's text content, the
 * same items pdf.js's text layer turns into elements, so an offset in the document text maps to a
 * text-layer element and back without measuring anything on screen.
 */

import { lastAtOrBefore } from './sorted-search';

/** The fields of a pdf.js text item that Kantlijn uses. */
export interface PdfTextItem {
  str: string;
  hasEOL: boolean;
  /** pdf.js's text matrix `[a, b, c, d, e, f]`; `e, f` is where the item starts on the page. */
  transform?: number[];
  width?: number;
  height?: number;
}

/** A rectangle in PDF user space: `[x0, y0, x1, y1]`. */
export type PdfBox = [number, number, number, number];

/** The text of one page and where it lies in the document text. */
export interface PageText {
  /** 1-based, as people and `page=N` count. */
  pageNumber: number;
  /** Offset of the page's first character in the document text. */
  start: number;
  /** The items' strings, each followed by a line break when pdf.js says its line ends there. */
  text: string;
  /** Offset of each item's string within `text`, parallel to the items (and text-layer elements). */
  itemStarts: number[];
  /** Each item's box on the page, for marking passages on pages not rendered yet; `null` if unknown. */
  itemBoxes: (PdfBox | null)[];
  /**
   * Items of a running head or foot (see running-heads.ts), in order: their strings are left out
   * of `text` (they start where the next item does, with no length), so that a sentence across a
   * page break reads as one and a quote selected across it is clean. Absent when there are none.
   */
  runningItems?: number[];
}

/** The whole document's text and its pages. */
export interface DocumentText {
  text: string;
  pages: PageText[];
}

/**
 * Between two pages. A line break, like the end of a line: a paragraph that runs on across a page
 * break reads as one, and a word hyphenated at the page's end still matches unbroken.
 */
export const PAGE_SEPARATOR = '\n';

function boxOf(item: PdfTextItem): PdfBox | null {
  const [a, b, , , e, f] = item.transform ?? [];
  if (e === undefined || f === undefined || a === undefined || b === undefined) return null;
  // Rotated text is rare in reports; its box is approximated by an upright one of the same size.
  const width = item.width ?? 0;
  const height = item.height || Math.hypot(a, b);
  return [e, f - height * 0.25, e + width, f + height];
}

/**
 * The text of one page from its text items (`start` is filled in by `joinPages`), without the
 * items in `running` (a running head or foot).
 */
export function pageTextOf(items: readonly PdfTextItem[], pageNumber: number, running: ReadonlySet<number> = new Set()): PageText {
  const parts: string[] = [];
  const itemStarts: number[] = [];
  const itemBoxes: (PdfBox | null)[] = [];
  let length = 0;
  items.forEach((item, index) => {
    itemStarts.push(length);
    itemBoxes.push(boxOf(item));
    if (running.has(index)) return;
    const piece = item.hasEOL ? `${item.str}\n` : item.str;
    parts.push(piece);
    length += piece.length;
  });
  const page: PageText = { pageNumber, start: 0, text: parts.join(''), itemStarts, itemBoxes };
  if (running.size > 0) page.runningItems = [...running].sort((a, b) => a - b);
  return page;
}

/** Whether item `item` of `page` is part of the document text (not a running head or foot). */
export function isInText(page: PageText, item: number): boolean {
  return page.runningItems === undefined || !page.runningItems.includes(item);
}

/** Joins pages (in page order) into the document text, setting each page's `start`. */
export function joinPages(pages: readonly PageText[]): DocumentText {
  let at = 0;
  const placed = pages.map((page, index) => {
    if (index > 0) at += PAGE_SEPARATOR.length;
    const result = { ...page, start: at };
    at += page.text.length;
    return result;
  });
  return { text: placed.map((page) => page.text).join(PAGE_SEPARATOR), pages: placed };
}

/** Offset just after the page's last character (its separator, if any, follows). */
export function pageEnd(page: PageText): number {
  return page.start + page.text.length;
}

/**
 * The page an offset of the document text lies on. An offset at a page separator (or at the very
 * end of a page) belongs to the page before it: a passage ending there ends on that page.
 */
export function pageAt(document: DocumentText, offset: number): PageText | null {
  const { pages } = document;
  if (pages.length === 0 || offset < 0 || offset > document.text.length) return null;
  return pages[Math.max(0, lastAtOrBefore(pages.length, (index) => pages[index]!.start, offset))]!;
}

/** The pages a span `[start, end)` of the document text touches, in order. */
export function pagesInSpan(document: DocumentText, span: { start: number; end: number }): PageText[] {
  return document.pages.filter((page) => page.start < span.end && pageEnd(page) > span.start);
}

/** The item of `page` that holds the page offset `offset` (0-based within the page text). */
export function itemAt(page: PageText, offset: number): number {
  const starts = page.itemStarts;
  let item = Math.max(0, lastAtOrBefore(starts.length, (index) => starts[index]!, offset));
  // A running head or foot holds no text: the offset belongs to the text item before it.
  while (item > 0 && !isInText(page, item)) item -= 1;
  return item;
}

/** True when a page has no text worth annotating: a scanned page, or one with only images. */
export function isTextless(page: PageText): boolean {
  return page.text.trim() === '';
}
