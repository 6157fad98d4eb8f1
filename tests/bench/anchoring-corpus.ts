import { describeQuote } from '../../shared/anchoring/describe-quote';
import { normaliseText } from '../../shared/anchoring/normalise-text';
import { createRandom, type Random } from '../fixtures/anchoring/prng';
import { generateParagraph, generateReportParagraphs, longReportParagraphs } from '../fixtures/anchoring/report-generator';
import { assemble, isHeading, sentenceSpans, similarity, type Paragraph } from '../fixtures/anchoring/report-document';
import { addTypo, editWord, pdfArtifacts, reflowWhitespace } from '../fixtures/anchoring/text-mutations';

/** The kinds of revision a quoted passage goes through in the corpus. */
export const MUTATION_KINDS = [
  'unchanged',
  'paragraph inserted before',
  'paragraph deleted before',
  'whitespace reflow',
  'typo fixed in quote',
  'two edits in quote',
  'context rewritten',
  'sentence duplicated elsewhere',
  'PDF artifacts',
  'paragraph moved',
  'passage deleted',
  'passage replaced',
] as const;
/** One kind of revision of the corpus. */
export type MutationKind = (typeof MUTATION_KINDS)[number];

/** One annotation to re-anchor: selector and hint taken on the old text, the new text, and the truth. */
export interface AnchoringCase {
  readonly kind: MutationKind;
  readonly quote: { exact: string; prefix: string; suffix: string };
  readonly hint: number;
  readonly text: string;
  /** Where the passage now is, or null when it is gone. */
  readonly expected: { start: number; end: number } | null;
}

/** A passage: paragraph index and [start, end) inside that paragraph. */
export interface Passage {
  readonly index: number;
  readonly start: number;
  readonly end: number;
}

function chooseDocuments(): string[][] {
  const documents: string[][] = [];
  for (let seed = 1; seed <= 8; seed += 1) {
    documents.push(seed % 2 === 0 ? longReportParagraphs(seed, 24_000) : generateReportParagraphs(seed * 7919, 30_000));
  }
  return documents;
}

/** A random passage of at least `minLength` characters: a sentence, part of one, a few sentences or a whole paragraph. */
export function choosePassage(random: Random, paragraphs: readonly string[], minLength: number): Passage | null {
  for (let attempt = 0; attempt < 50; attempt += 1) {
    const index = random.int(1, paragraphs.length - 1);
    const paragraph = paragraphs[index] ?? '';
    if (isHeading(paragraph) || paragraph.length < 120) continue;
    const sentences = sentenceSpans(paragraph);
    const first = random.int(0, sentences.length - 1);
    const roll = random.next();
    let start: number;
    let end: number;
    if (roll < 0.45) {
      [start, end] = sentences[first] ?? [0, 0];
    } else if (roll < 0.7) {
      const [sentenceStart, sentenceEnd] = sentences[first] ?? [0, 0];
      const words = [...paragraph.slice(sentenceStart, sentenceEnd).matchAll(/\S+/g)];
      if (words.length < 4) continue;
      const from = random.int(0, words.length - 3);
      const to = random.int(from + 2, Math.min(words.length - 1, from + 12));
      const firstWord = words[from];
      const lastWord = words[to];
      if (firstWord === undefined || lastWord === undefined) continue;
      start = sentenceStart + (firstWord.index ?? 0);
      end = sentenceStart + (lastWord.index ?? 0) + lastWord[0].length;
    } else if (roll < 0.9) {
      const last = Math.min(sentences.length - 1, first + random.int(1, 2));
      start = sentences[first]?.[0] ?? 0;
      end = sentences[last]?.[1] ?? 0;
    } else {
      start = 0;
      end = paragraph.length;
    }
    if (end - start >= minLength) return { index, start, end };
  }
  return null;
}

function mark(paragraphs: readonly string[], passage: Passage, quote?: string): Paragraph[] {
  return paragraphs.map((paragraph, index) =>
    index === passage.index
      ? { before: paragraph.slice(0, passage.start), quote: quote ?? paragraph.slice(passage.start, passage.end), after: paragraph.slice(passage.end) }
      : paragraph,
  );
}

/** Sentences covering the passage, as [start, end) in its paragraph, with the whitespace after them unless `trailing` is false. */
function coveringSentences(paragraph: string, passage: Passage, trailing = true): [number, number] {
  const spans = sentenceSpans(paragraph);
  let start = passage.start;
  let end = passage.end;
  for (const [from, to] of spans) {
    if (to > passage.start && from < passage.end) {
      start = Math.min(start, from);
      end = Math.max(end, to);
    }
  }
  while (trailing && end < paragraph.length && /\s/.test(paragraph.charAt(end))) end += 1;
  return [start, end];
}

function normalisedIncludes(text: string, quote: string): boolean {
  return normaliseText(text).text.includes(normaliseText(quote).text);
}

function freshSentences(random: Random, count: number): string {
  const sentences = generateParagraph(random, random.int(1, 9), random.int(1, 6)).split(/(?<=[.”])\s+/);
  return sentences.slice(0, Math.max(1, count)).join(' ');
}

/** Builds one case of `kind`, or null when the drawn passage does not suit the kind. */
function buildCase(kind: MutationKind, random: Random, paragraphs: string[]): AnchoringCase | null {
  const passage = choosePassage(random, paragraphs, kind === 'two edits in quote' ? 60 : 12);
  if (passage === null) return null;
  const paragraph = paragraphs[passage.index] ?? '';
  const original = paragraph.slice(passage.start, passage.end);
  let oldQuote = original;
  let newQuote = original;
  let newParagraphs: Paragraph[] = mark(paragraphs, passage);
  let oldTransform = (piece: string): string => piece;
  let newTransform = (piece: string): string => piece;
  let gone = false;

  switch (kind) {
    case 'unchanged':
      break;
    case 'paragraph inserted before': {
      const at = Math.max(1, passage.index - random.int(0, 3));
      const inserted = Array.from({ length: random.int(1, 2) }, () => generateParagraph(random, random.int(1, 9), random.int(1, 6)));
      newParagraphs.splice(at, 0, ...inserted);
      break;
    }
    case 'paragraph deleted before': {
      if (passage.index < 2) return null;
      newParagraphs.splice(random.int(Math.max(1, passage.index - 4), passage.index - 1), 1);
      break;
    }
    case 'whitespace reflow': {
      const reflow = (piece: string): string => reflowWhitespace(piece, random);
      if (random.chance(0.7)) newTransform = reflow;
      else oldTransform = reflow;
      break;
    }
    case 'typo fixed in quote': {
      const typo = addTypo(original, random);
      if (typo === null) return null;
      oldQuote = typo;
      break;
    }
    case 'two edits in quote': {
      newQuote = editWord(editWord(original, random), random);
      // Small edits: together they change at most a fifth of the quote (else it is a rewrite).
      if (newQuote === original || similarity(original, newQuote) < 0.8) return null;
      break;
    }
    case 'context rewritten': {
      // The sentences around the quote's own sentence(s) are rewritten; the quote's sentence stays.
      const [sentenceStart, sentenceEnd] = coveringSentences(paragraph, passage, false);
      const before = paragraph.slice(0, sentenceStart);
      const after = paragraph.slice(sentenceEnd);
      const newBefore = before.length > 0 ? `${freshSentences(random, 2)} ` : '';
      const newAfter = after.trim().length > 0 ? ` ${freshSentences(random, 2)}` : '';
      newParagraphs[passage.index] = {
        before: newBefore + paragraph.slice(sentenceStart, passage.start),
        quote: original,
        after: paragraph.slice(passage.end, sentenceEnd) + newAfter,
      };
      const previous = paragraphs[passage.index - 1];
      if (before.length === 0 && previous !== undefined) {
        newParagraphs[passage.index - 1] = isHeading(previous) ? `Actie ${random.int(1, 9)}.${random.int(1, 6)}: Herziene aanpak` : freshSentences(random, 4);
      }
      const next = paragraphs[passage.index + 1];
      if (after.trim().length === 0 && next !== undefined) {
        newParagraphs[passage.index + 1] = isHeading(next) ? `Actie ${random.int(1, 9)}.${random.int(1, 6)}: Nieuwe opzet` : freshSentences(random, 4);
      }
      break;
    }
    case 'sentence duplicated elsewhere': {
      const copy = `${freshSentences(random, 2)} ${original} ${freshSentences(random, 1)}`;
      const at = random.chance(0.5) ? passage.index : random.int(1, paragraphs.length - 1);
      newParagraphs.splice(at, 0, copy);
      break;
    }
    case 'PDF artifacts': {
      const curly = random.chance(0.5);
      const artifacts = (piece: string): string => pdfArtifacts(piece, random, curly);
      if (random.chance(0.7)) newTransform = artifacts;
      else oldTransform = artifacts;
      break;
    }
    case 'paragraph moved': {
      const [moved] = newParagraphs.splice(passage.index, 1);
      if (moved === undefined) return null;
      let at = random.int(1, newParagraphs.length);
      if (Math.abs(at - passage.index) < 3) at = at > paragraphs.length / 2 ? 1 : newParagraphs.length;
      newParagraphs.splice(at, 0, moved);
      break;
    }
    case 'passage deleted':
    case 'passage replaced': {
      gone = true;
      const [from, to] = coveringSentences(paragraph, passage);
      const removed = paragraph.slice(from, to);
      let replacement = '';
      if (kind === 'passage replaced') {
        const count = Math.max(1, sentenceSpans(removed).length);
        replacement = freshSentences(random, count);
        if (similarity(normaliseText(removed).text, normaliseText(replacement).text) > 0.6) return null;
        replacement += to < paragraph.length ? ' ' : '';
      }
      const rest = (paragraph.slice(0, from) + replacement + paragraph.slice(to)).trim();
      newParagraphs = [...paragraphs];
      if (rest.length === 0) newParagraphs.splice(passage.index, 1);
      else newParagraphs[passage.index] = rest;
      break;
    }
  }

  const oldDocument = assemble(mark(paragraphs, passage, oldQuote), oldTransform);
  newParagraphs = newParagraphs.map((item) => (typeof item === 'string' ? item : { ...item, quote: newQuote }));
  const newDocument = assemble(newParagraphs, newTransform);
  const quote = describeQuote(oldDocument.text, oldDocument.start, oldDocument.end);
  if (gone && normalisedIncludes(newDocument.text, quote.exact)) return null;
  return {
    kind,
    quote,
    hint: oldDocument.start,
    text: newDocument.text,
    expected: gone ? null : { start: newDocument.start, end: newDocument.end },
  };
}

/**
 * The bench corpus: `perKind` cases of every mutation kind, drawn from eight generated reports
 * (20–30k characters each) with a seeded generator, so every run sees the same cases.
 * Definitions: "two edits" are two word-level edits changing at most a fifth of the quote (more is
 * a rewrite); "context rewritten" rewrites the sentences around the quote's own sentence(s) (or
 * the neighbouring paragraph when the quote is a whole paragraph); "passage replaced" uses
 * replacement text at most 60% similar to the removed sentences (more similar text is an edit);
 * gone cases whose quote still occurs verbatim (normalised) elsewhere are redrawn, because then
 * the passage is not gone.
 */
export function buildAnchoringCorpus(perKind = 40, seed = 20250101): AnchoringCase[] {
  const random = createRandom(seed);
  const documents = chooseDocuments();
  const cases: AnchoringCase[] = [];
  for (const kind of MUTATION_KINDS) {
    let made = 0;
    let attempts = 0;
    while (made < perKind && attempts < perKind * 50) {
      attempts += 1;
      const built = buildCase(kind, random, random.pick(documents));
      if (built === null) continue;
      cases.push(built);
      made += 1;
    }
  }
  return cases;
}
