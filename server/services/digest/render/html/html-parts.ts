import { ANCHOR_LABELS, ANSWER_LEAD, KIND_LABELS, STATUS_LABELS, pageLabel, personLabel, termNames } from '../../texts/labels';
import type { DigestRemark } from '../../model/digest-model';
import { escapeHtml } from './escape-html';
import { formatDay } from '../../texts/format-date';
import { isWebUrl } from '../safe-url';

/** A link only for http(s) URLs; any other URL is shown as text, so no `javascript:` can get in. */
export function linkHtml(text: string, url: string, className = ''): string {
  const cls = className ? ` class="${escapeHtml(className)}"` : '';
  if (isWebUrl(url)) return `<a${cls} href="${escapeHtml(url)}">${escapeHtml(text)}</a>`;
  return `${escapeHtml(text)}: <span class="url">${escapeHtml(url)}</span>`;
}

/** Text people typed: paragraphs at blank lines, line breaks kept. */
export function paragraphsHtml(text: string): string {
  return text
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph !== '')
    .map((paragraph) => `<p>${paragraph.split(/\r?\n/).map(escapeHtml).join('<br>')}</p>`)
    .join('');
}

const timeHtml = (iso: string): string => `<time datetime="${escapeHtml(iso)}">${escapeHtml(formatDay(iso))}</time>`;

/** One remark as an article: quote, remark, byline with its terms, then replies and SVMN's answer indented. */
export function remarkHtml(remark: DigestRemark, pseudonymised: boolean): string {
  const parts: string[] = ['<article class="remark">'];
  if (remark.quote !== null) parts.push(`<blockquote><p>${escapeHtml(remark.quote)}</p></blockquote>`);
  parts.push(
    remark.text === ''
      ? '<p class="none">Markering zonder opmerking.</p>'
      : `<div class="remark-text">${paragraphsHtml(remark.text)}</div>`,
  );
  const meta = [
    `<span class="kind">${escapeHtml(KIND_LABELS[remark.kind])}</span>`,
    escapeHtml(personLabel(remark.author, pseudonymised)),
    timeHtml(remark.created),
    ...(remark.page === null ? [] : [escapeHtml(pageLabel(remark.page))]),
    linkHtml('naar de passage', remark.link),
  ];
  if (remark.anchor === 'orphan' || remark.anchor === 'moved') meta.push(`<em>${escapeHtml(ANCHOR_LABELS[remark.anchor])}</em>`);
  parts.push(`<p class="meta">${meta.join(' · ')}<br>Bij: ${escapeHtml(termNames(remark.terms))}</p>`);
  if (remark.replies.length > 0) {
    const items = remark.replies.map(
      (reply) =>
        `<li class="depth-${Math.min(reply.depth, 4)}"><p class="meta">Reactie van ${escapeHtml(personLabel(reply.author, pseudonymised))} · ` +
        `${timeHtml(reply.created)}${reply.depth > 1 ? ` · reactie op reactie (niveau ${reply.depth})` : ''}</p>${paragraphsHtml(reply.text)}</li>`,
    );
    parts.push(`<ol class="replies" aria-label="Reacties">${items.join('')}</ol>`);
  }
  if (remark.response) {
    const { response } = remark;
    parts.push(
      `<div class="response"><p><strong>${escapeHtml(ANSWER_LEAD)}: ${escapeHtml(STATUS_LABELS[response.status].toLowerCase())}</strong> · ` +
        `${escapeHtml(personLabel(response.by, pseudonymised))} · ${timeHtml(response.at)}</p>${paragraphsHtml(response.text)}</div>`,
    );
  }
  parts.push('</article>');
  return parts.join('\n');
}

/** Remarks, or a line saying there are none. */
export function remarksHtml(remarks: readonly DigestRemark[], pseudonymised: boolean, none = 'Geen.'): string {
  if (remarks.length === 0) return `<p class="none">${escapeHtml(none)}</p>`;
  return remarks.map((remark) => remarkHtml(remark, pseudonymised)).join('\n');
}

/** A data table with a caption, column headers and (first column) row headers; zeros stay visible. */
export function tableHtml(
  caption: string,
  header: readonly string[],
  rows: ReadonlyArray<readonly [string, ...Array<string | number>]>,
  describedBy?: string,
): string {
  const numeric = header.map((_, index) => typeof rows[0]?.[index] === 'number');
  const head = header.map((cell, index) => `<th scope="col"${numeric[index] ? ' class="num"' : ''}>${escapeHtml(cell)}</th>`).join('');
  const body = rows
    .map(([first, ...rest]) => {
      const cells = rest.map((cell) =>
        typeof cell === 'number'
          ? `<td class="num ${cell === 0 ? 'zero' : 'some'}">${cell}</td>`
          : `<td>${escapeHtml(cell)}</td>`,
      );
      return `<tr><th scope="row">${escapeHtml(first)}</th>${cells.join('')}</tr>`;
    })
    .join('\n');
  const described = describedBy ? ` aria-describedby="${escapeHtml(describedBy)}"` : '';
  return `<table${described}><caption>${escapeHtml(caption)}</caption><thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table>`;
}
