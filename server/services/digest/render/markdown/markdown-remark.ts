import { ANCHOR_LABELS, ANSWER_LEAD, KIND_LABELS, STATUS_LABELS, pageLabel, personLabel, termNames } from '../../texts/labels';
import type { DigestRemark } from '../../model/digest-model';
import { escapeMarkdownInline, markdownBlock } from './escape-markdown';
import { formatDay } from '../../texts/format-date';
import { isWebUrl } from '../safe-url';

/** A link when the URL is http(s) and fits `<…>` link syntax; otherwise the URL as plain text. */
export function markdownLink(text: string, url: string): string {
  if (isWebUrl(url) && !/[\s<>]/.test(url)) return `[${escapeMarkdownInline(text)}](<${url}>)`;
  return `${escapeMarkdownInline(text)}: ${escapeMarkdownInline(url)}`;
}

/** One remark: the quoted passage, the remark, who said it and where, then the thread and SVMN's answer indented. */
export function markdownRemark(remark: DigestRemark, pseudonymised: boolean): string {
  const parts: string[] = [];
  if (remark.quote !== null) parts.push(markdownBlock(remark.quote, '> '));
  parts.push(remark.text === '' ? '_(markering zonder opmerking)_' : markdownBlock(remark.text, ''));
  const meta = [
    `**${KIND_LABELS[remark.kind]}**`,
    escapeMarkdownInline(personLabel(remark.author, pseudonymised)),
    formatDay(remark.created),
    ...(remark.page === null ? [] : [pageLabel(remark.page)]),
    markdownLink('naar de passage', remark.link),
  ];
  if (remark.anchor === 'orphan' || remark.anchor === 'moved') meta.push(ANCHOR_LABELS[remark.anchor]);
  parts.push(`${meta.join(' · ')}  \nBij: ${escapeMarkdownInline(termNames(remark.terms))}`);
  if (remark.replies.length > 0) {
    const replies = remark.replies.map((reply) => {
      const indent = '  '.repeat(reply.depth - 1);
      const head = `${indent}- Reactie van ${escapeMarkdownInline(personLabel(reply.author, pseudonymised))}, ${formatDay(reply.created)}:`;
      return `${head}  \n${markdownBlock(reply.text, `${indent}  `)}`;
    });
    parts.push(replies.join('\n'));
  }
  if (remark.response) {
    const { response } = remark;
    parts.push(
      `> **${ANSWER_LEAD}: ${STATUS_LABELS[response.status].toLowerCase()}** · ${escapeMarkdownInline(personLabel(response.by, pseudonymised))} · ` +
        `${formatDay(response.at)}  \n${markdownBlock(response.text, '> ')}`,
    );
  }
  return parts.join('\n\n');
}

/** A list of remarks separated by rules, or a line saying there are none. */
export function markdownRemarks(remarks: readonly DigestRemark[], pseudonymised: boolean, none = '_Geen._'): string {
  if (remarks.length === 0) return none;
  return remarks.map((remark) => markdownRemark(remark, pseudonymised)).join('\n\n---\n\n');
}

/** A Markdown table; cells are escaped here so callers pass plain text. */
export function markdownTable(header: readonly string[], rows: ReadonlyArray<ReadonlyArray<string | number>>, numeric: readonly boolean[]): string {
  const line = (cells: ReadonlyArray<string | number>): string =>
    `| ${cells.map((cell) => (typeof cell === 'number' ? String(cell) : escapeMarkdownInline(cell))).join(' | ')} |`;
  const rule = `|${header.map((_, index) => (numeric[index] ? ' ---: ' : ' --- ')).join('|')}|`;
  return [line(header), rule, ...rows.map(line)].join('\n');
}
