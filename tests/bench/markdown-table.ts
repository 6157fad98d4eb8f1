import type { BenchSection } from './bench-types';

function cell(value: string | number): string {
  return String(value).replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

/** Renders a bench section as a markdown heading, table and bullet notes. */
export function renderSection(section: BenchSection): string {
  const lines = [`## ${section.title}`, ''];
  lines.push(`| ${section.columns.map(cell).join(' | ')} |`);
  lines.push(`| ${section.columns.map(() => '---').join(' | ')} |`);
  for (const row of section.rows) lines.push(`| ${row.map(cell).join(' | ')} |`);
  if (section.notes !== undefined && section.notes.length > 0) {
    lines.push('');
    for (const note of section.notes) lines.push(`- ${note}`);
  }
  return lines.join('\n');
}
