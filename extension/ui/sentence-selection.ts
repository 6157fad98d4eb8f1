import { HIGHLIGHT_TAG } from '../annotator/highlighter';
import { KANTLIJN_UI_ATTRIBUTE } from '../annotator/text-index';

/** Elements that hold running text; the sentences of the leaf ones are what keyboard selection walks. */
const BLOCKS = 'p, li, h1, h2, h3, h4, h5, h6, blockquote, td, th, dd, dt, figcaption, pre';

/** One sentence of a block, as offsets into the block's text. */
interface Sentence {
  start: number;
  end: number;
}

/** The text blocks of the page in reading order: leaf blocks with words, outside Kantlijn's UI. */
function textBlocks(document: Document): HTMLElement[] {
  return [...document.body.querySelectorAll<HTMLElement>(BLOCKS)].filter(
    (block) => !block.querySelector(BLOCKS) && !block.closest(`[${KANTLIJN_UI_ATTRIBUTE}]`) && (block.textContent ?? '').trim() !== '',
  );
}

function textNodes(block: HTMLElement): Text[] {
  const walker = block.ownerDocument.createTreeWalker(block, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
  return nodes;
}

/**
 * The sentences of a block, white space at their ends left out; `Intl.Segmenter` knows the rules.
 * Line breaks in the page's source are only layout, so they count as spaces (offsets stay the same).
 */
export function sentencesOf(text: string, language: string): Sentence[] {
  const segmenter = new Intl.Segmenter(language, { granularity: 'sentence' });
  const sentences: Sentence[] = [];
  for (const { segment, index } of segmenter.segment(text.replace(/\s/g, ' '))) {
    const start = index + (segment.length - segment.trimStart().length);
    const end = index + segment.trimEnd().length;
    if (end > start) sentences.push({ start, end });
  }
  return sentences;
}

/** The DOM point at `offset` characters into the block's text. */
function pointAt(block: HTMLElement, offset: number): { node: Node; offset: number } {
  let passed = 0;
  const nodes = textNodes(block);
  for (const node of nodes) {
    if (offset <= passed + node.length) return { node, offset: offset - passed };
    passed += node.length;
  }
  const last = nodes.at(-1);
  return last ? { node: last, offset: last.length } : { node: block, offset: block.childNodes.length };
}

/** How many characters of the block's text lie before the DOM point. */
function offsetIn(block: HTMLElement, node: Node, offset: number): number {
  const range = block.ownerDocument.createRange();
  range.selectNodeContents(block);
  range.setEnd(node, offset);
  return range.toString().length;
}

/** The block where the person is: the focused element's (e.g. a highlight), else the first one in view. */
function readingBlock(document: Document, blocks: HTMLElement[], focused: Element | null): HTMLElement | null {
  const fromFocus = focused && focused !== document.body ? blocks.find((block) => block.contains(focused)) : undefined;
  if (fromFocus) return fromFocus;
  const height = document.defaultView?.innerHeight ?? 0;
  return blocks.find((block) => {
    const box = block.getBoundingClientRect();
    return box.bottom > 0 && box.top < height && box.height > 0;
  }) ?? null;
}

function select(document: Document, from: { block: HTMLElement; offset: number }, to: { block: HTMLElement; offset: number }): string {
  const start = pointAt(from.block, from.offset);
  const end = pointAt(to.block, to.offset);
  const range = document.createRange();
  range.setStart(start.node, start.offset);
  range.setEnd(end.node, end.offset);
  const selection = document.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
  to.block.scrollIntoView({ block: 'nearest' });
  return range.toString();
}

/**
 * Keyboard selection by sentence, for people who do not use a mouse or caret browsing. With nothing
 * selected, `direction` 1 selects the sentence at the focused highlight, or the first sentence of the
 * first text block in view; with a selection, it grows by one sentence (into the next block at a
 * block's end), and -1 shrinks it by one. Returns the selected text, or `null` when there was none.
 */
export function selectBySentence(document: Document, direction: 1 | -1, focused: Element | null): string | null {
  const language = document.documentElement.lang || 'nl';
  const blocks = textBlocks(document);
  const selection = document.getSelection();
  const range = selection && selection.rangeCount > 0 && !selection.isCollapsed ? selection.getRangeAt(0) : null;
  const startBlock = range ? blocks.find((block) => block.contains(range.startContainer)) : undefined;
  const endBlock = range ? blocks.find((block) => block.contains(range.endContainer)) : undefined;
  if (!range || !startBlock || !endBlock) {
    if (direction < 0) return null;
    const block = readingBlock(document, blocks, focused);
    if (!block) return null;
    const sentences = sentencesOf(block.textContent ?? '', language);
    const mark = focused?.closest(HIGHLIGHT_TAG);
    const at = mark && block.contains(mark) ? offsetIn(block, mark, 0) : 0;
    const sentence = sentences.find((candidate) => candidate.end > at) ?? sentences[0];
    return sentence ? select(document, { block, offset: sentence.start }, { block, offset: sentence.end }) : null;
  }
  const from = { block: startBlock, offset: offsetIn(startBlock, range.startContainer, range.startOffset) };
  const endOffset = offsetIn(endBlock, range.endContainer, range.endOffset);
  const ends = sentencesOf(endBlock.textContent ?? '', language).map((sentence) => sentence.end);
  const floor = endBlock === startBlock ? from.offset : 0;
  if (direction > 0) {
    const next = ends.find((end) => end > endOffset);
    if (next !== undefined) return select(document, from, { block: endBlock, offset: next });
    const following = blocks[blocks.indexOf(endBlock) + 1];
    const firstEnd = following ? sentencesOf(following.textContent ?? '', language)[0]?.end : undefined;
    return following && firstEnd !== undefined ? select(document, from, { block: following, offset: firstEnd }) : range.toString();
  }
  const previous = ends.filter((end) => end < endOffset && end > floor).at(-1);
  if (previous !== undefined) return select(document, from, { block: endBlock, offset: previous });
  const preceding = blocks[blocks.indexOf(endBlock) - 1];
  if (endBlock === startBlock || !preceding) return range.toString();
  return select(document, from, { block: preceding, offset: (preceding.textContent ?? '').trimEnd().length });
}
