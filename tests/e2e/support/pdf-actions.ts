import type { BrowserContext, Page, Worker } from 'playwright-core';

/** The viewer's address for a PDF, as the contract names it. */
export function viewerUrl(worker: Worker, pdfUrl: string): string {
  return `chrome-extension://${new URL(worker.url()).host}/viewer.html?file=${encodeURIComponent(pdfUrl)}`;
}

/** Opens the viewer on a PDF and waits until Kantlijn runs on it (the text is read, the UI mounted). */
export async function openViewer(context: BrowserContext, worker: Worker, pdfUrl: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(viewerUrl(worker, pdfUrl));
  await page.locator('kantlijn-annotator').waitFor({ state: 'attached', timeout: 30_000 });
  await waitForTextLayer(page, 1);
  return page;
}

/** Waits until page `pageNumber` of the viewer has its text layer (it renders near the viewport). */
export async function waitForTextLayer(page: Page, pageNumber: number): Promise<void> {
  await page.locator(`.page[data-page-number="${pageNumber}"] .textLayer > span`).first().waitFor({ state: 'attached', timeout: 30_000 });
}

/**
 * Selects from the middle of the last line of page `pageNumber` to the middle of the first line
 * of the next page, with a DOM range over two text-layer elements, as a user's drag would. Both
 * pages must be rendered. Returns the two selected pieces of text.
 */
export async function selectAcrossPageBreak(page: Page, pageNumber: number): Promise<{ before: string; after: string }> {
  return page.evaluate((first) => {
    const linesOf = (n: number) =>
      [...document.querySelectorAll<HTMLElement>(`.page[data-page-number="${n}"] .textLayer > span`)].filter((span) => span.textContent.trim() !== '');
    const last = linesOf(first).at(-1);
    const next = linesOf(first + 1)[0];
    if (!last || !next) throw new Error('no text on one side of the page break');
    const lastText = last.firstChild as Text;
    const nextText = next.firstChild as Text;
    // Start and end at word boundaries, a third into the last line and two thirds into the next.
    const start = lastText.data.indexOf(' ', Math.floor(lastText.data.length / 3)) + 1;
    const end = nextText.data.indexOf(' ', Math.floor((nextText.data.length * 2) / 3));
    const range = document.createRange();
    range.setStart(lastText, start);
    range.setEnd(nextText, end);
    const selection = document.getSelection()!;
    selection.removeAllRanges();
    selection.addRange(range);
    document.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
    return { before: lastText.data.slice(start), after: nextText.data.slice(0, end) };
  }, pageNumber);
}

/** The numbers of the pages on which the annotation `id` has a highlight (not a placeholder marker). */
export async function pagesHighlighting(page: Page, id: string): Promise<number[]> {
  return page.evaluate((annotationId) => {
    const marks = document.querySelectorAll(`.textLayer [data-annotation-id="${CSS.escape(annotationId)}"]`);
    const pages = new Set([...marks].map((mark) => Number(mark.closest<HTMLElement>('.page')!.dataset.pageNumber)));
    return [...pages].sort((a, b) => a - b);
  }, id);
}

/** The text of the highlights of `id`, joined, with white space collapsed. */
export async function highlightedText(page: Page, id: string): Promise<string> {
  const texts = await page.locator(`.textLayer [data-annotation-id="${id}"]`).allTextContents();
  return texts.join(' ').replace(/\s+/g, ' ').trim();
}
