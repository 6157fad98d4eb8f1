/**
 * Escaping for Markdown, so that text people typed stays text: no emphasis, links, tables or
 * headings appear by accident, and no HTML reaches a renderer that would pass it through
 * (`<script>` becomes `&lt;script&gt;`, which every CommonMark renderer shows literally).
 */

/** Inline escaping for one line of text, also safe inside a table cell. */
export function escapeMarkdownInline(text: string): string {
  return text
    .replace(/\r\n?|\n/g, ' ')
    .replace(/[\\`*_[\]|~]/g, (char) => `\\${char}`)
    .replace(/&(?=#?[A-Za-z0-9]+;)/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

/** A line that would otherwise start a heading, list, rule or numbered item gets its marker escaped. */
function escapeLineStart(line: string): string {
  const trimmed = line.trimStart();
  if (/^[#+=-]/.test(trimmed)) return `\\${trimmed}`;
  return trimmed.replace(/^(\d+)([.)])/, '$1\\$2');
}

/**
 * Multi-line text as escaped lines; blank lines are kept ('') so callers can prefix each line
 * (`> ` for a quote, indentation in a list) and still keep paragraphs apart.
 */
export function markdownLines(text: string): string[] {
  return text.split(/\r\n?|\n/).map((line) => (line.trim() === '' ? '' : escapeLineStart(escapeMarkdownInline(line))));
}

/** Lines prefixed for a container, with hard breaks ("  ") inside paragraphs. */
export function markdownBlock(text: string, prefix: string): string {
  const lines = markdownLines(text);
  return lines
    .map((line, index) => {
      const next = lines[index + 1];
      const hardBreak = line !== '' && next !== undefined && next !== '' ? '  ' : '';
      return `${prefix}${line}`.trimEnd() + hardBreak;
    })
    .join('\n');
}
