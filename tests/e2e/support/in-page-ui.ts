import type { Page } from 'playwright-core';

/** What the in-page UI's one live region says now. */
export function liveRegionText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const host = document.querySelector('kantlijn-annotator');
    return host?.shadowRoot?.querySelector('[data-kantlijn-announcer]')?.textContent ?? '';
  });
}

/**
 * The element that has focus, looking into shadow roots, described for assertions: its tag, role,
 * accessible-name hints and the annotation it belongs to.
 */
export function focused(page: Page): Promise<{ tag: string; name: string; annotationId: string | null; cardId: string | null; inDialog: boolean }> {
  return page.evaluate(() => {
    let active = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    const element = active as HTMLElement | null;
    const labelled = element?.id ? element.getRootNode() instanceof ShadowRoot ? (element.getRootNode() as ShadowRoot).querySelector(`label[for="${element.id}"]`) : null : null;
    return {
      tag: element?.tagName.toLowerCase() ?? '',
      name: element?.getAttribute('aria-label') ?? labelled?.textContent ?? element?.closest('label')?.textContent?.trim() ?? element?.textContent?.trim() ?? '',
      annotationId: element?.getAttribute('data-annotation-id') ?? null,
      cardId: element?.closest('[data-card-id]')?.getAttribute('data-card-id') ?? null,
      inDialog: Boolean(element?.closest('[role="dialog"]')),
    };
  });
}

/** The page's selected text, white space collapsed. */
export function selectedText(page: Page): Promise<string> {
  return page.evaluate(() => (document.getSelection()?.toString() ?? '').replace(/\s+/g, ' ').trim());
}

/** Presses Tab until `done` holds for the focused element; returns how many presses it took. */
export async function tabUntil(page: Page, done: (state: Awaited<ReturnType<typeof focused>>) => boolean, limit = 40, key = 'Tab'): Promise<number> {
  for (let presses = 1; presses <= limit; presses += 1) {
    await page.keyboard.press(key);
    if (done(await focused(page))) return presses;
  }
  throw new Error(`focus did not arrive within ${limit} presses of ${key}`);
}
