// @vitest-environment node
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { describeQuote } from '../../../shared/anchoring/describe-quote';
import { matchQuote } from '../../../shared/anchoring/text-quote';
import type { DocumentText } from '../../../extension/annotator/pdf-document-text';
import { anchorPdfSelectors, describePdfSpan } from '../../../extension/annotator/pdf-selectors';
import { extractDocumentText } from '../../../extension/annotator/read-pdf-text';
import { PROGRESS_REPORT, REFLECTION } from '../../fixtures/anchoring/model-reports-b';
import { sentenceSpans } from '../../fixtures/anchoring/report-document';

/*
 * PDFs printed by Chromium with a running head (title, publisher) and foot ("pagina N van 5") on
 * every page, once from its header and footer templates and once from CSS @page margin boxes
 * (tests/fixtures/pdf/make-running-heads-pdfs.ts makes them). Read with pdf.js as the viewer
 * reads them.
 */

const FIXTURES = path.resolve(import.meta.dirname, '../../fixtures/pdf');
const STANDARD_FONTS = `${path.resolve(import.meta.dirname, '../../../node_modules/pdfjs-dist/standard_fonts')}/`;

async function documentTextOf(file: string): Promise<DocumentText> {
  const data = new Uint8Array(readFileSync(path.join(FIXTURES, file)));
  const pdf = await getDocument({ data, isEvalSupported: false, standardFontDataUrl: STANDARD_FONTS, verbosity: 0 }).promise;
  try {
    return await extractDocumentText({ numPages: pdf.numPages, textContentOf: async (pageNumber) => (await pdf.getPage(pageNumber)).getTextContent() });
  } finally {
    await pdf.destroy();
  }
}

/** Text compared as a reader reads it: one space for every run of whitespace. */
const reading = (text: string): string => text.replace(/\s+/g, ' ').trim();

/**
 * A sentence of the printed report that a page break cuts, as the report's own text has it (its
 * paragraph, and where it starts there), found from the first break that falls inside a sentence.
 */
function sentenceAcrossBreak(document: DocumentText): { paragraph: string; start: number; end: number } | undefined {
  const paragraphs = [...PROGRESS_REPORT.paragraphs, ...REFLECTION.paragraphs].filter((paragraph) => !paragraph.includes('\t'));
  for (const page of document.pages.slice(1)) {
    const before = reading(document.text.slice(Math.max(0, page.start - 40), page.start));
    if (/[.!?:]$/.test(before)) continue;
    const junction = `${before} ${reading(document.text.slice(page.start, page.start + 20))}`;
    for (const paragraph of paragraphs) {
      const at = paragraph.indexOf(junction);
      if (at === -1) continue;
      const span = sentenceSpans(paragraph).find(([from, to]) => from <= at + before.length && at + before.length < to);
      if (span !== undefined) return { paragraph, start: span[0], end: span[1] };
    }
  }
  return undefined;
}

describe.each(['running-heads-templates.pdf', 'running-heads-margin-boxes.pdf'])('%s', (file) => {
  it('leaves the running head and foot of every page out of the document text', async () => {
    const document = await documentTextOf(file);
    expect(document.pages.length).toBe(5);
    for (const page of document.pages) expect(page.runningItems?.length ?? 0).toBeGreaterThan(0);
    expect(document.text).not.toMatch(/pagina \d+ van \d+/);
    // The title stands once in the body (the report's own first line), not on every page.
    expect(document.text.split('Voortgangsrapportage veranderagenda').length - 1).toBe(1);
  });

  it('finds a passage across a page break as the reader means it, and describes it without head or foot', async () => {
    const document = await documentTextOf(file);
    const cut = sentenceAcrossBreak(document);
    expect(cut).toBeDefined();
    const sentence = cut!.paragraph.slice(cut!.start, cut!.end);

    // Quoted from the report's text (or its HTML version), without page furniture.
    const quote = describeQuote(cut!.paragraph, cut!.start, cut!.end);
    const found = matchQuote(document.text, quote);
    expect(found).not.toBeNull();
    expect(reading(document.text.slice(found!.start, found!.end))).toBe(reading(sentence));
    // It does run across a page break.
    expect(document.pages.some((page) => found!.start < page.start && page.start < found!.end)).toBe(true);

    // Selected across the break in the viewer: the stored quote is the sentence alone, and it anchors again.
    const selectors = describePdfSpan(document, found!);
    const stored = selectors.find((selector) => selector.type === 'TextQuoteSelector');
    expect(stored?.type === 'TextQuoteSelector' ? reading(stored.exact) : null).toBe(reading(sentence));
    const again = anchorPdfSelectors(document, selectors);
    expect(again.status).toBe('anchored');
  });
});
