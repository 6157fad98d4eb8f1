const REPLACEMENTS: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/**
 * Escapes a string for HTML text and for quoted attribute values alike, so that one function is
 * used for every dynamic string in the HTML digest and there is no choice to get wrong.
 */
export function escapeHtml(value: string | number): string {
  return String(value).replace(/[&<>"']/g, (char) => REPLACEMENTS[char] ?? char);
}
