import { joinPages, pageTextOf, type DocumentText, type PageText, type PdfTextItem } from './pdf-document-text';
import { findRunningItems } from './running-heads';
import { SLICE_MS, yieldToEventLoop } from './work-slices';

/** What extraction needs of a PDF: its page count and each page's text items (pdf.js's shape). */
export interface PdfTextSource {
  numPages: number;
  /** A page's text content; items without `str` (marked-content markers) are ignored. */
  textContentOf(pageNumber: number): Promise<{ items: readonly unknown[] }>;
}

function hasString(item: unknown): item is PdfTextItem {
  return typeof item === 'object' && item !== null && typeof (item as { str?: unknown }).str === 'string';
}

/** The text items of a text content: the items pdf.js's text layer makes an element for, in order. */
export function textItemsOf(content: { items: readonly unknown[] }): PdfTextItem[] {
  return content.items.filter(hasString);
}

/**
 * Reads every page's text, page by page, into the document text. pdf.js's worker does the
 * parsing; what runs here is cheap, and it yields to the event loop every few milliseconds so a
 * report of hundreds of pages never freezes the viewer. `onProgress` hears each page done. Running
 * heads and feet (the title, "pagina 4 van 35") are left out of the text.
 */
export async function extractDocumentText(
  source: PdfTextSource,
  onProgress?: (done: number, total: number) => void,
): Promise<DocumentText> {
  const itemsPerPage: PdfTextItem[][] = [];
  let sliceStart = performance.now();
  for (let pageNumber = 1; pageNumber <= source.numPages; pageNumber += 1) {
    const content = await source.textContentOf(pageNumber);
    itemsPerPage.push(textItemsOf(content));
    onProgress?.(pageNumber, source.numPages);
    if (performance.now() - sliceStart > SLICE_MS) {
      await yieldToEventLoop();
      sliceStart = performance.now();
    }
  }
  // Running heads and feet are known only once every page is read: they are what recurs.
  const running = findRunningItems(itemsPerPage);
  const pages: PageText[] = itemsPerPage.map((items, index) => pageTextOf(items, index + 1, running[index]));
  return joinPages(pages);
}

/**
 * A cache of each page's text content, shared by extraction and rendering so both see the very
 * same items (the text layer's elements must line up with the offsets computed from them), and
 * each page is read from the worker once.
 */
export function createTextContentCache<T extends { items: readonly unknown[] }>(read: (pageNumber: number) => Promise<T>): (pageNumber: number) => Promise<T> {
  const cache = new Map<number, Promise<T>>();
  return (pageNumber) => {
    let content = cache.get(pageNumber);
    if (!content) {
      content = read(pageNumber);
      cache.set(pageNumber, content);
      // A failed read may be retried later rather than failing forever.
      content.catch(() => cache.delete(pageNumber));
    }
    return content;
  };
}
