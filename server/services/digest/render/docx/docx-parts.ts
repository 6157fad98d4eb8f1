import {
  AlignmentType,
  BorderStyle,
  ExternalHyperlink,
  HeadingLevel,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
  type ParagraphChild,
} from 'docx';
import { isWebUrl } from '../safe-url';
import { PORTRAIT_TEXT_WIDTH } from './docx-page';

/**
 * Characters XML 1.0 forbids even escaped. docx drops C0 controls itself; lone surrogates and
 * U+FFFE/U+FFFF would still make Word refuse the file, so they go too.
 */
export function xmlSafe(text: string): string {
  return text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]|[\uFFFE\uFFFF]/g, '');
}

/** Runs for text with line breaks: Word ignores "\n" inside a run, so each line is a run of its own. */
export function textRuns(text: string, options: { bold?: boolean; italics?: boolean; size?: number } = {}): TextRun[] {
  return xmlSafe(text)
    .split(/\r?\n/)
    .map((line, index) => new TextRun({ text: line, ...options, ...(index > 0 ? { break: 1 } : {}) }));
}

/** Paragraphs at blank lines, line breaks kept inside them. */
export function textParagraphs(text: string, options: { style?: string; indent?: number; firstSpacingBefore?: number } = {}): Paragraph[] {
  return text
    .split(/\n\s*\n/)
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .map(
      (part, index) =>
        new Paragraph({
          children: textRuns(part),
          ...(index === 0 && options.firstSpacingBefore ? { spacing: { before: options.firstSpacingBefore } } : {}),
          ...(options.style ? { style: options.style } : {}),
          ...(options.indent ? { indent: { left: options.indent } } : {}),
        }),
    );
}

/** A plain paragraph of text. */
export const plain = (text: string, style?: string): Paragraph => new Paragraph({ children: textRuns(text), ...(style ? { style } : {}) });

/** A hyperlink for http(s) URLs only; anything else is written out as plain text. */
export function linkRun(text: string, url: string): ParagraphChild {
  if (isWebUrl(url)) return new ExternalHyperlink({ link: url, children: [new TextRun({ text: xmlSafe(text), style: 'Hyperlink' })] });
  return new TextRun({ text: xmlSafe(`${text}: ${url}`) });
}

/** Each heading paragraph's text and level, so the table of contents can list them without searching the document. */
const HEADINGS = new WeakMap<object, { title: string; level: number }>();

/** A Heading 1–3 paragraph: Word's own styles, so its navigation pane and table of contents see them. */
export function heading(text: string, level: 1 | 2 | 3): Paragraph {
  const headingLevel = level === 1 ? HeadingLevel.HEADING_1 : level === 2 ? HeadingLevel.HEADING_2 : HeadingLevel.HEADING_3;
  const paragraph = new Paragraph({ heading: headingLevel, children: [new TextRun(xmlSafe(text))] });
  HEADINGS.set(paragraph, { title: xmlSafe(text), level });
  return paragraph;
}

/** The headings among `children` up to `maxLevel`, in order: the entries of a table of contents. */
export function headingEntries(children: readonly object[], maxLevel: number): Array<{ title: string; level: number }> {
  return children.flatMap((child) => {
    const entry = HEADINGS.get(child);
    return entry && entry.level <= maxLevel ? [entry] : [];
  });
}

/** One cell of a data table: text or a number (right-aligned), optionally shaded and bold. */
export interface CellSpec {
  value: string | number;
  fill?: string;
  bold?: boolean;
  /** Makes the text a link to this URL (http(s) only; see linkRun). */
  link?: string;
  /** Paler text for zeros: still readable (7:1 on white), but not what the eye goes to. */
  muted?: boolean;
}

const border = { style: BorderStyle.SINGLE, size: 4, color: '8A8A8A' };
const cellBorders = { top: border, bottom: border, left: border, right: border };
/** Cell padding in twips: a little air, so a number never touches the grid. */
const CELL_MARGINS = { top: 20, bottom: 20, left: 80, right: 80 };
/** Cell paragraphs without the body text's spacing: tables stay compact. */
const CELL_SPACING = { before: 0, after: 0, line: 240 };

/**
 * The narrowest column in which a one-word header fits without breaking inside the word: a
 * generous estimate of a bold character's width at `size` half-points, plus the cell's padding.
 */
export function headerFitWidth(header: string, size: number): number {
  const longestWord = Math.max(...header.split(/\s+/).map((word) => word.length));
  return Math.ceil(longestWord * size * 6.2) + CELL_MARGINS.left + CELL_MARGINS.right + 40;
}

const specOf = (spec: CellSpec | string | number): CellSpec => (typeof spec === 'object' ? spec : { value: spec });

const COMPACT_MARGINS = { ...CELL_MARGINS, top: 0, bottom: 0 };

function cell(spec: CellSpec | string | number, width: number, header: boolean, size: number, numeric: boolean, compact: boolean): TableCell {
  const { value, fill, bold, muted, link } = specOf(spec);
  const text = xmlSafe(typeof value === 'number' ? value.toLocaleString('nl') : value);
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    borders: cellBorders,
    margins: compact ? COMPACT_MARGINS : CELL_MARGINS,
    ...(header ? { shading: { fill: 'E8E8E8' } } : fill ? { shading: { fill } } : {}),
    children: [
      new Paragraph({
        spacing: CELL_SPACING,
        ...(numeric ? { alignment: AlignmentType.RIGHT } : {}),
        children: [
          link !== undefined
            ? linkRun(text, link)
            : new TextRun({ text, bold: header || bold === true, size, ...(muted ? { color: '595959' } : {}) }),
        ],
      }),
    ],
  });
}

/** How a data table is laid out. */
export interface TableLayout {
  /** Total width in twips: the text width of the page, so tables fill it. */
  width?: number;
  /** Width of every column; the one marked 'rest' takes what the others leave (default: the first). */
  columnWidths?: ReadonlyArray<number | 'rest'>;
  /** Font size in half-points. */
  size?: number;
  /** No padding above and below cell text: for the matrix, which must fit one landscape page. */
  compact?: boolean;
}

/**
 * A real Word table across the full text width: the header row repeats on every page, no row is
 * split over two pages, numbers are right-aligned, zeros are written out so "none" is visible.
 */
export function dataTable(header: readonly string[], rows: ReadonlyArray<ReadonlyArray<CellSpec | string | number>>, layout: TableLayout = {}): Table {
  const total = layout.width ?? PORTRAIT_TEXT_WIDTH;
  const size = layout.size ?? 20;
  // A fixed column is never narrower than its header's longest word: headers do not break inside words.
  const planned = (layout.columnWidths ?? header.map((_, index) => (index === 0 ? 'rest' : 0))).map((width, index) =>
    width === 'rest' ? width : Math.max(width, headerFitWidth(header[index] ?? '', size)),
  );
  const fixed = planned.reduce<number>((sum, width) => sum + (width === 'rest' ? 0 : width), 0);
  const widths = planned.map((width) => (width === 'rest' ? total - fixed : width));
  const compact = layout.compact === true;
  // A column of numbers is right-aligned, its header too, so digits line up under it.
  const numeric = header.map((_, index) => typeof specOf(rows[0]?.[index] ?? '').value === 'number');
  return new Table({
    width: { size: total, type: WidthType.DXA },
    layout: TableLayoutType.FIXED,
    columnWidths: widths,
    rows: [
      new TableRow({ tableHeader: true, cantSplit: true, children: header.map((text, index) => cell(text, widths[index] ?? 1300, true, size, numeric[index] === true, compact)) }),
      ...rows.map((row) => new TableRow({ cantSplit: true, children: row.map((value, index) => cell(value, widths[index] ?? 1300, false, size, numeric[index] === true, compact)) })),
    ],
  });
}
