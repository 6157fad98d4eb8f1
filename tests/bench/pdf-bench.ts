import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { anchorPdfSelectors, describePdfSpan } from '../../extension/annotator/pdf-selectors';
import { joinPages, pageTextOf, type DocumentText } from '../../extension/annotator/pdf-document-text';
import { createTextContentCache, extractDocumentText, textItemsOf } from '../../extension/annotator/read-pdf-text';
import type { Selector } from '../../shared/schemas/selectors';
import { createRandom } from '../fixtures/anchoring/prng';
import { generateParagraph, generateReportParagraphs } from '../fixtures/anchoring/report-generator';
import { buildTextPdf, LINES_PER_PAGE, paginate, wrapParagraphs } from '../fixtures/pdf/text-pdf';
import type { BenchSection } from './bench-types';

const PAGES = 100;
const ANNOTATIONS = 100;
const STANDARD_FONTS = `${path.resolve(import.meta.dirname, '../../node_modules/pdfjs-dist/standard_fonts')}/`;

/** The report's pages: generated Dutch progress-report text, 60 lines a page, exactly 100 pages. */
function reportPages(revised: boolean): string[][] {
  const paragraphs = generateReportParagraphs(606, PAGES * LINES_PER_PAGE * 90);
  if (revised) {
    // The version a council republishes: a paragraph added up front and one halfway.
    const random = createRandom(7);
    paragraphs.splice(1, 0, generateParagraph(random, 1, 1));
    paragraphs.splice(Math.floor(paragraphs.length / 2), 0, generateParagraph(random, 4, 2));
  }
  return paginate(wrapParagraphs(paragraphs)).slice(0, PAGES);
}

interface Extracted {
  text: DocumentText;
  openMs: number;
  extractMs: number;
  /** The viewer's own main-thread share: turning text items into the document text. */
  buildMs: number;
  longestPageBuildMs: number;
}

async function extract(data: Uint8Array): Promise<Extracted> {
  let started = performance.now();
  const pdf = await getDocument({ data, isEvalSupported: false, standardFontDataUrl: STANDARD_FONTS, verbosity: 0 }).promise;
  const openMs = performance.now() - started;
  const textContentOf = createTextContentCache(async (pageNumber) => (await pdf.getPage(pageNumber)).getTextContent());
  started = performance.now();
  const text = await extractDocumentText({ numPages: pdf.numPages, textContentOf });
  const extractMs = performance.now() - started;
  // The same step again on the cached items alone, to separate our share from pdf.js's parsing.
  const contents = await Promise.all(Array.from({ length: pdf.numPages }, (_, index) => textContentOf(index + 1)));
  let longestPageBuildMs = 0;
  started = performance.now();
  const pages = contents.map((content, index) => {
    const pageStarted = performance.now();
    const page = pageTextOf(textItemsOf(content), index + 1);
    longestPageBuildMs = Math.max(longestPageBuildMs, performance.now() - pageStarted);
    return page;
  });
  joinPages(pages);
  const buildMs = performance.now() - started;
  await pdf.destroy();
  return { text, openMs, extractMs, buildMs, longestPageBuildMs };
}

/** 100 passages of one to three lines, every tenth across a page break. */
function choosePassages(text: DocumentText): { start: number; end: number }[] {
  const random = createRandom(42);
  const passages: { start: number; end: number }[] = [];
  while (passages.length < ANNOTATIONS) {
    const crossing = passages.length % 10 === 0;
    const page = text.pages[random.int(0, text.pages.length - 2)]!;
    const from = crossing ? page.start + page.text.length - random.int(20, 60) : page.start + random.int(0, Math.max(0, page.text.length - 300));
    const start = text.text.indexOf(' ', from) + 1;
    const end = text.text.indexOf(' ', start + random.int(40, 200));
    if (start > 0 && end > start && text.text.slice(start, end).trim() !== '') passages.push({ start, end });
  }
  return passages;
}

function anchorAll(text: DocumentText, selectorLists: Selector[][], quotes: string[]) {
  let longest = 0;
  let found = 0;
  const started = performance.now();
  selectorLists.forEach((selectors, index) => {
    const one = performance.now();
    const result = anchorPdfSelectors(text, selectors);
    longest = Math.max(longest, performance.now() - one);
    if (result.span && text.text.slice(result.span.start, result.span.end).replace(/\s+/g, ' ') === quotes[index]!.replace(/\s+/g, ' ')) found += 1;
  });
  return { totalMs: performance.now() - started, longestMs: longest, found };
}

const ms = (value: number) => value.toFixed(1);

/**
 * PDF section: a 100-page report of our own making read with pdf.js (legacy build, in Node), its
 * text extracted page by page as the viewer does, and 100 annotations (ten across a page break)
 * described and anchored: on the same file, and on a revised file where every position moved.
 */
export async function runPdfBench(): Promise<BenchSection> {
  const original = buildTextPdf(reportPages(false), 'voortgangsrapportage-2025');
  const revised = buildTextPdf(reportPages(true), 'voortgangsrapportage-2025-herzien');
  // pdf.js takes over (detaches) the bytes it is given, so the size is read first.
  const size = `${(original.byteLength / 1024).toFixed(0)} KiB`;
  const first = await extract(original);
  const second = await extract(revised);

  const passages = choosePassages(first.text);
  let describeLongest = 0;
  const describeStarted = performance.now();
  const selectorLists = passages.map((span) => {
    const one = performance.now();
    const selectors = describePdfSpan(first.text, span);
    describeLongest = Math.max(describeLongest, performance.now() - one);
    return selectors;
  });
  const describeMs = performance.now() - describeStarted;
  const quotes = passages.map((span) => first.text.text.slice(span.start, span.end));
  const same = anchorAll(first.text, selectorLists, quotes);
  const moved = anchorAll(second.text, selectorLists, quotes);

  return {
    title: `PDF viewer: ${PAGES}-page report, ${ANNOTATIONS} annotations (pdf.js legacy build in Node)`,
    columns: ['step', 'total ms', 'per item ms', 'longest ms', 'result'],
    rows: [
      ['open the PDF (getDocument)', ms(first.openMs), '–', '–', `${size}, ${first.text.pages.length} pages`],
      ['extract all text, page by page', ms(first.extractMs), ms(first.extractMs / PAGES), '–', `${first.text.text.length.toLocaleString('en')} characters`],
      ['of which: build the document text (main thread)', ms(first.buildMs), ms(first.buildMs / PAGES), ms(first.longestPageBuildMs), 'the rest is pdf.js parsing (a worker in the browser)'],
      ['describe 100 selections', ms(describeMs), ms(describeMs / ANNOTATIONS), ms(describeLongest), '10 across a page break'],
      ['anchor 100, same file', ms(same.totalMs), ms(same.totalMs / ANNOTATIONS), ms(same.longestMs), `${same.found}/${ANNOTATIONS} found`],
      ['anchor 100, revised file (all positions stale)', ms(moved.totalMs), ms(moved.totalMs / ANNOTATIONS), ms(moved.longestMs), `${moved.found}/${ANNOTATIONS} found`],
      ['extract all text, revised file', ms(second.extractMs), ms(second.extractMs / PAGES), '–', `${second.text.text.length.toLocaleString('en')} characters`],
    ],
    notes: [
      'In the viewer, pdf.js parses in its worker; the main thread only builds the document text (a fraction of a millisecond per page) and yields to the event loop every 8 ms while extracting.',
      'Anchoring runs once per annotation (results are cached: pages rendering later only draw). "Longest" is the longest single step on the main thread; one frame is 16.7 ms.',
    ],
  };
}
