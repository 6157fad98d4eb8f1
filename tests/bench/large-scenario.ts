import { describeQuote } from '../../shared/anchoring/describe-quote';
import { normaliseText } from '../../shared/anchoring/normalise-text';
import { createRandom, type Random } from '../fixtures/anchoring/prng';
import { PARAGRAPH_BREAK, isHeading } from '../fixtures/anchoring/report-document';
import { generateParagraph, generateReportParagraphs } from '../fixtures/anchoring/report-generator';
import { choosePassage } from '../fixtures/anchoring/revision-corpus';

/** One annotation of the large scenario; `expected` undefined = excluded (truth ambiguous). */
export interface LargeAnnotation {
  readonly quote: { exact: string; prefix: string; suffix: string };
  readonly hint: number;
  readonly expected: { start: number; end: number } | null | undefined;
}

/** The revised report and its annotations (selectors described on the report before revision). */
export interface LargeScenario {
  readonly oldLength: number;
  readonly text: string;
  readonly annotations: LargeAnnotation[];
}

interface Span {
  id: number;
  start: number;
  end: number;
  state: 'alive' | 'gone' | 'excluded';
}

function offsets(paragraphs: readonly string[]): number[] {
  const result: number[] = [];
  let at = 0;
  for (const paragraph of paragraphs) {
    result.push(at);
    at += paragraph.length + PARAGRAPH_BREAK.length;
  }
  return result;
}

/** Inserts a word before a random word of the paragraph and moves the spans it shifts. */
function editParagraph(random: Random, paragraph: string, spans: Span[]): string {
  const words = [...paragraph.matchAll(/\S+/g)];
  const word = words[random.int(1, Math.max(1, words.length - 1))];
  if (word === undefined) return paragraph;
  const at = word.index ?? 0;
  const inserted = `${random.pick(['ook', 'inmiddels', 'nog', 'wel'])} `;
  for (const span of spans) {
    if (span.state !== 'alive') continue;
    if (at < span.start) {
      span.start += inserted.length;
      span.end += inserted.length;
    } else if (at === span.start || at >= span.end) {
      if (at === span.start) span.state = 'excluded';
    } else {
      span.end += inserted.length;
    }
  }
  return paragraph.slice(0, at) + inserted + paragraph.slice(at);
}

/**
 * A report of `length` characters with `count` annotations described on it, then revised the way a
 * secretariat revises a report between versions: 20 paragraphs inserted, 10 deleted, 40 edited
 * (a word inserted). Annotations in deleted paragraphs are expected gone; those whose text still
 * occurs verbatim elsewhere, and those touched by an edit at their very first word, are excluded.
 */
export function buildLargeScenario(length = 400_000, count = 1000, seed = 4242): LargeScenario {
  const random = createRandom(seed);
  const paragraphs = generateReportParagraphs(seed, length);
  const oldText = paragraphs.join(PARAGRAPH_BREAK);
  const oldOffsets = offsets(paragraphs);
  const spansByParagraph = new Map<number, Span[]>();
  const annotations: { quote: LargeAnnotation['quote']; hint: number; span: Span; paragraph: number }[] = [];
  for (let id = 0; id < count; id += 1) {
    const passage = choosePassage(random, paragraphs, 12);
    if (passage === null) continue;
    const start = (oldOffsets[passage.index] ?? 0) + passage.start;
    const end = (oldOffsets[passage.index] ?? 0) + passage.end;
    const span: Span = { id, start: passage.start, end: passage.end, state: 'alive' };
    const list = spansByParagraph.get(passage.index) ?? [];
    list.push(span);
    spansByParagraph.set(passage.index, list);
    annotations.push({ quote: describeQuote(oldText, start, end), hint: start, span, paragraph: passage.index });
  }

  // Revise: edits and deletions address the old paragraphs; insertions come last.
  const revised: (string | null)[] = [...paragraphs];
  for (let i = 0; i < 40; i += 1) {
    const index = random.int(1, paragraphs.length - 1);
    const paragraph = revised[index];
    if (paragraph === null || paragraph === undefined || isHeading(paragraph)) continue;
    revised[index] = editParagraph(random, paragraph, spansByParagraph.get(index) ?? []);
  }
  for (let i = 0; i < 10; i += 1) {
    const index = random.int(1, paragraphs.length - 1);
    if (isHeading(revised[index] ?? '')) continue;
    revised[index] = null;
    for (const span of spansByParagraph.get(index) ?? []) if (span.state === 'alive') span.state = 'gone';
  }
  const kept: { text: string; old: number }[] = [];
  revised.forEach((paragraph, old) => {
    if (paragraph !== null) kept.push({ text: paragraph, old });
  });
  for (let i = 0; i < 20; i += 1) {
    kept.splice(random.int(1, kept.length), 0, { text: generateParagraph(random, random.int(1, 9), random.int(1, 6)), old: -1 });
  }
  const newParagraphs = kept.map((item) => item.text);
  const text = newParagraphs.join(PARAGRAPH_BREAK);
  const newOffsets = offsets(newParagraphs);
  const newIndexOf = new Map<number, number>();
  kept.forEach((item, index) => {
    if (item.old >= 0) newIndexOf.set(item.old, index);
  });
  const normalisedNew = normaliseText(text).text;

  return {
    oldLength: oldText.length,
    text,
    annotations: annotations.map(({ quote, hint, span, paragraph }) => {
      let expected: LargeAnnotation['expected'];
      if (span.state === 'excluded') expected = undefined;
      else if (span.state === 'gone') expected = normalisedNew.includes(normaliseText(quote.exact).text) ? undefined : null;
      else {
        const base = newOffsets[newIndexOf.get(paragraph) ?? -1] ?? 0;
        expected = { start: base + span.start, end: base + span.end };
      }
      return { quote, hint, expected };
    }),
  };
}
