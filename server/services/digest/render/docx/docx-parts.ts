import {
  AlignmentType,
  BorderStyle,
  ExternalHyperlink,
  HeadingLevel,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type ParagraphChild,
} from 'docx';
import { ANCHOR_LABELS, KIND_LABELS, STATUS_LABELS, personLabel, termCodes } from '../../texts/labels';
import type { DigestRemark } from '../../model/digest-model';
import { formatDateTime } from '../../texts/format-date';
import { isWebUrl } from '../safe-url';

/** Text width of an A4 page with 2 cm margins, in twips: tables are laid out to fill it. */
export const TEXT_WIDTH = 9638;

/**
 * Characters XML 1.0 forbids even escaped. docx drops C0 controls itself; lone surrogates and
 * U+FFFE/U+FFFF would still make Word refuse the file, so they go too.
 */
export function xmlSafe(text: string): string {
  return text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]|[\uFFFE\uFFFF]/g, '');
}

/** Runs for text with line breaks: Word ignores "\n" inside a run, so each line is a run of its own. */
export function textRuns(text: string, options: { bold?: boolean; italics?: boolean } = {}): TextRun[] {
  return xmlSafe(text)
    .split(/\r?\n/)
    .map((line, index) => new TextRun({ text: line, ...options, ...(index > 0 ? { break: 1 } : {}) }));
}

/** Paragraphs at blank lines, line breaks kept inside them. */
export function textParagraphs(text: string, style?: string, indent = 0): Paragraph[] {
  return text
    .split(/\n\s*\n/)
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .map((part) => new Paragraph({ children: textRuns(part), ...(style ? { style } : {}), ...(indent ? { indent: { left: indent } } : {}) }));
}

/** A hyperlink for http(s) URLs only; anything else is written out as plain text. */
export function linkRun(text: string, url: string): ParagraphChild {
  if (isWebUrl(url)) return new ExternalHyperlink({ link: url, children: [new TextRun({ text: xmlSafe(text), style: 'Hyperlink' })] });
  return new TextRun({ text: xmlSafe(`${text}: ${url}`) });
}

/** A Heading 1–3 paragraph: Word's own styles, so its navigation pane and table of contents see them. */
export function heading(text: string, level: 1 | 2 | 3): Paragraph {
  const headingLevel = level === 1 ? HeadingLevel.HEADING_1 : level === 2 ? HeadingLevel.HEADING_2 : HeadingLevel.HEADING_3;
  return new Paragraph({ heading: headingLevel, children: [new TextRun(xmlSafe(text))] });
}

const border = { style: BorderStyle.SINGLE, size: 4, color: '8A8A8A' };
const cellBorders = { top: border, bottom: border, left: border, right: border };

function cell(value: string | number, width: number, header: boolean): TableCell {
  const numeric = typeof value === 'number';
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    borders: cellBorders,
    ...(header ? { shading: { fill: 'E8E8E8' } } : numeric && value === 0 ? { shading: { fill: 'F3F3F3' } } : {}),
    children: [
      new Paragraph({
        ...(numeric ? { alignment: AlignmentType.RIGHT } : {}),
        children: [new TextRun({ text: xmlSafe(String(value)), bold: header || (numeric && value > 0) })],
      }),
    ],
  });
}

/**
 * A real Word table: the header row repeats on every page, the first column takes what the
 * others leave, zeros are written out (and shaded) so "no remarks" is visible, not blank.
 */
export function dataTable(header: readonly string[], rows: ReadonlyArray<ReadonlyArray<string | number>>, numberWidth = 1100): Table {
  const first = TEXT_WIDTH - numberWidth * (header.length - 1);
  const widths = header.map((_, index) => (index === 0 ? first : numberWidth));
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    rows: [
      new TableRow({ tableHeader: true, cantSplit: true, children: header.map((text, index) => cell(text, widths[index] ?? numberWidth, true)) }),
      ...rows.map((row) => new TableRow({ cantSplit: true, children: row.map((value, index) => cell(value, widths[index] ?? numberWidth, false)) })),
    ],
  });
}

/** One remark: quote (Quote style), metadata, remark text, thread and response. */
export function remarkParagraphs(remark: DigestRemark, pseudonymised: boolean): Paragraph[] {
  const result: Paragraph[] = [];
  // Space above each remark separates it from the one before, without a paragraph of its own.
  const separated = { spacing: { before: 280 } };
  if (remark.quote !== null) result.push(new Paragraph({ style: 'Quote', ...separated, children: textRuns(remark.quote) }));
  const meta: ParagraphChild[] = [
    new TextRun({ text: KIND_LABELS[remark.kind], bold: true }),
    new TextRun(xmlSafe(` · ${personLabel(remark.author, pseudonymised)} · ${formatDateTime(remark.created)} · `)),
    linkRun('naar de passage', remark.link),
  ];
  if (remark.anchor === 'orphan' || remark.anchor === 'moved') meta.push(new TextRun({ text: ` · ${ANCHOR_LABELS[remark.anchor]}`, italics: true }));
  // Terms on a line of their own but in the same paragraph: one paragraph less per remark keeps a
  // digest of ten thousand remarks fast to write.
  meta.push(new TextRun({ text: xmlSafe(`Termen: ${termCodes(remark.terms)}`), break: 1 }));
  result.push(new Paragraph({ style: 'Meta', keepNext: true, ...(remark.quote === null ? separated : {}), children: meta }));
  result.push(...(remark.text === '' ? [new Paragraph({ children: [new TextRun({ text: 'Markering zonder opmerking.', italics: true })] })] : textParagraphs(remark.text)));
  for (const reply of remark.replies) {
    const indent = 360 * reply.depth;
    result.push(
      new Paragraph({
        style: 'Meta',
        indent: { left: indent },
        keepNext: true,
        children: [new TextRun(xmlSafe(`Reactie van ${personLabel(reply.author, pseudonymised)} · ${formatDateTime(reply.created)}`))],
      }),
      ...textParagraphs(reply.text, undefined, indent),
    );
  }
  if (remark.response) {
    const { response } = remark;
    result.push(
      new Paragraph({
        style: 'Meta',
        keepNext: true,
        children: [
          new TextRun({ text: `Antwoord: ${STATUS_LABELS[response.status]}`, bold: true }),
          new TextRun(xmlSafe(` · ${personLabel(response.by, pseudonymised)} · ${formatDateTime(response.at)}`)),
        ],
      }),
      ...textParagraphs(response.text),
    );
  }
  return result;
}

/**
 * A remark in a list that repeats it from the term sections (open questions, dilemmas, orphans):
 * passage, remark and who/when in one paragraph. The full remark with its thread stands under its
 * terms; repeating it whole would double the document of a large round for no new information.
 */
export function compactRemarkParagraph(remark: DigestRemark, pseudonymised: boolean): Paragraph {
  const children: ParagraphChild[] = [];
  if (remark.quote !== null) children.push(new TextRun({ text: xmlSafe(remark.quote), italics: true }), new TextRun({ text: '', break: 1 }));
  children.push(new TextRun(xmlSafe(remark.text === '' ? 'Markering zonder opmerking.' : remark.text)));
  children.push(
    new TextRun({
      text: xmlSafe(`${KIND_LABELS[remark.kind]} · ${personLabel(remark.author, pseudonymised)} · ${formatDateTime(remark.created)} · ${termCodes(remark.terms) || 'geen termen'}`),
      break: 1,
      size: 18,
    }),
  );
  return new Paragraph({ children, spacing: { before: 200 } });
}
