import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './support/axe';
import { launchPlainChromium } from './support/browser';
import { selectText } from './support/page-actions';
import { openInReader, signInThroughInvitation, startReaderSetup, type ReaderSetup } from './support/reader-session';

// The reader on a tablet (1024×768, touch) and a phone (375 px wide), in Chromium's emulation.
const SENTENCE = 'In het najaar evalueren wij samen met de gemeenten of deze werkwijze de doorlooptijden werkelijk verkort.';

let setup: ReaderSetup;
let browser: Browser;

beforeAll(async () => {
  setup = await startReaderSetup('kantlijn-reader-touch-');
  // A report whose text runs to the very edges of the page: no margin keeps it clear of a bar.
  const paragraphs = Array.from({ length: 12 }, (_, index) => `<p style="margin:0 0 1em">Alinea ${index + 1}. ${SENTENCE} De werkgroep rapporteert elk kwartaal aan de gemeenteraden.</p>`);
  writeFileSync(path.join(setup.siteDir, 'tot-de-rand.html'), `<!doctype html><html lang="nl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>Tot de rand</title></head><body style="margin:0">${paragraphs.join('')}<p style="margin:0">Laatste regel van het rapport.</p></body></html>`);
  browser = await launchPlainChromium();
});

afterAll(async () => {
  await browser?.close();
  await setup?.close();
});

async function signedInPage(viewport: { width: number; height: number }, touch = true, report = 'voortgangsrapportage-demo.html'): Promise<Page> {
  const context = await browser.newContext({ viewport, hasTouch: touch, isMobile: touch && viewport.width < 600, locale: 'nl-NL' });
  const page = await context.newPage();
  await signInThroughInvitation(page, setup.server.url, setup.secretariat, 'Tamara', { organisation: 'Gemeente Zeist', tap: touch });
  await openInReader(page, setup.server.url, `${setup.siteUrl}/${report}`);
  return page;
}

/** The selection's box on screen. */
function selectionBox(page: Page) {
  return page.evaluate(() => {
    const rect = document.getSelection()!.getRangeAt(0).getBoundingClientRect();
    return { top: rect.top, bottom: rect.bottom, left: rect.left, right: rect.right };
  });
}

describe('the reader on a touch screen', () => {
  it('on a tablet: a selected passage gets a toolbar that a finger can hit and that does not cover it, and is saved by taps', async () => {
    const page = await signedInPage({ width: 1024, height: 768 });
    await page.getByText(SENTENCE).scrollIntoViewIfNeeded();
    await selectText(page, SENTENCE);
    const button = page.getByRole('button', { name: 'Annoteren' });
    await button.waitFor();
    const box = (await button.boundingBox())!;
    expect(box.width).toBeGreaterThanOrEqual(44);
    expect(box.height).toBeGreaterThanOrEqual(44);
    const selected = await selectionBox(page);
    const overlaps = box.y < selected.bottom && box.y + box.height > selected.top && box.x < selected.right && box.x + box.width > selected.left;
    expect(overlaps).toBe(false);
    await button.tap();
    await page.getByRole('textbox', { name: 'Opmerking' }).fill('Hoe meet u dat?');
    await page.getByRole('button', { name: 'Opslaan' }).tap();
    await expect.poll(() => page.locator('[data-annotation-id]').count(), { timeout: 15_000 }).toBeGreaterThan(0);
    expect(await seriousViolations(page)).toEqual([]);
    await page.context().close();
  });

  it('on a phone: the sidebar takes the full width and its buttons are finger-sized', async () => {
    const page = await signedInPage({ width: 375, height: 667 });
    await page.getByRole('button', { name: /^Kantlijn/ }).tap();
    const sidebar = page.getByRole('complementary', { name: 'Kantlijn' });
    await sidebar.waitFor();
    const box = (await sidebar.boundingBox())!;
    expect(box.width).toBeGreaterThanOrEqual(375 * 0.95);
    const small = await sidebar.evaluate((element) =>
      [...element.querySelectorAll('button')]
        .map((button) => button.getBoundingClientRect())
        .filter((rect) => rect.width > 0 && (rect.width < 44 || rect.height < 44)).length,
    );
    expect(small).toBe(0);
    await page.context().close();
  });
});

/** The sidebar button's box, and the lines of report text it covers now. */
function toggleAndCoveredLines(page: Page) {
  return page.evaluate(() => {
    const toggle = document.querySelector('kantlijn-annotator')!.shadowRoot!.querySelector('.sidebar-toggle')!.getBoundingClientRect();
    const covered: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!node.textContent?.trim() || node.parentElement?.closest('[data-kantlijn-ui]')) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      for (const line of range.getClientRects()) {
        // Less than a pixel of overlap is rounding (scrolling goes by whole pixels), not hidden text.
        if (line.bottom > toggle.top + 1 && line.top < toggle.bottom - 1 && line.right > toggle.left + 1 && line.left < toggle.right - 1) covered.push(node.textContent.trim().slice(0, 40));
      }
    }
    return { box: { top: toggle.top, bottom: toggle.bottom, left: toggle.left, right: toggle.right, width: toggle.width, height: toggle.height }, covered, view: { width: innerWidth, height: innerHeight } };
  });
}

describe('the sidebar’s button in the reader hides no report text', () => {
  const bars = [
    ['a phone', { width: 375, height: 667 }, true],
    ['a tablet', { width: 1024, height: 768 }, true],
    ['a narrow window without touch', { width: 360, height: 740 }, false],
  ] as const;
  for (const [label, viewport, touch] of bars) {
    it(`on ${label}: a finger-sized bar along the bottom edge, above which the last line can be scrolled`, async () => {
      const page = await signedInPage(viewport, touch, 'tot-de-rand.html');
      await page.getByRole('button', { name: /^Kantlijn:/ }).waitFor();
      const { box, view } = await toggleAndCoveredLines(page);
      expect(box.height).toBeGreaterThanOrEqual(44);
      expect(box.width).toBe(view.width);
      expect(box.bottom).toBe(view.height);
      await page.evaluate(() => window.scrollTo(0, document.scrollingElement!.scrollHeight));
      await expect.poll(async () => (await toggleAndCoveredLines(page)).covered).toEqual([]);
      expect(await page.getByText('Laatste regel van het rapport.').isVisible()).toBe(true);
      expect(await seriousViolations(page)).toEqual([]);
      await page.context().close();
    });
  }

  it('on a wide screen: a tab at the edge, in the margin beside the text', async () => {
    const page = await signedInPage({ width: 1280, height: 800 }, false);
    await page.getByRole('button', { name: /^Kantlijn:/ }).waitFor();
    const { box, covered, view } = await toggleAndCoveredLines(page);
    expect(box.right).toBe(view.width);
    expect(box.height).toBeGreaterThanOrEqual(24);
    expect(covered).toEqual([]);
    await page.context().close();
  });
});
