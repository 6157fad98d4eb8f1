import type { Page } from 'playwright-core';

/**
 * Runs in the page: selects `wanted` (white space collapsed, as the reader sees it) as a user would
 * with the mouse, by setting the document selection and releasing the button. Self-contained, so
 * both Playwright and Puppeteer can send it into a page.
 */
export function selectTextInDocument(wanted: string): void {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    // Compare with white space collapsed, keeping the way back to raw offsets.
    const raw = node.textContent!;
    let collapsed = '';
    const rawIndex: number[] = [];
    for (let i = 0; i < raw.length; i++) {
      const isSpace = /\s/.test(raw[i]!);
      if (isSpace && collapsed.endsWith(' ')) continue;
      collapsed += isSpace ? ' ' : raw[i];
      rawIndex.push(i);
    }
    const at = collapsed.indexOf(wanted);
    if (at < 0) continue;
    const range = document.createRange();
    range.setStart(node, rawIndex[at]!);
    range.setEnd(node, rawIndex[at + wanted.length - 1]! + 1);
    const selection = document.getSelection()!;
    selection.removeAllRanges();
    selection.addRange(range);
    document.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
    return;
  }
  throw new Error(`text not found: ${wanted}`);
}

/** Selects `text` inside the page as a user would with the mouse, by setting the document selection. */
export async function selectText(page: Page, text: string): Promise<void> {
  await page.evaluate(selectTextInDocument, text);
}

/** Selects `sentence`, clicks Annoteren, writes `remark`, ticks the term checkbox named `term`, and saves. */
export async function annotate(page: Page, sentence: string, remark: string, term?: RegExp): Promise<void> {
  await selectText(page, sentence);
  await page.getByRole('button', { name: 'Annoteren' }).click();
  await page.getByRole('textbox', { name: 'Opmerking' }).fill(remark);
  if (term) await page.getByRole('checkbox', { name: term }).check();
  await page.getByRole('button', { name: 'Opslaan' }).click();
}
