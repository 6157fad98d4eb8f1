/**
 * Whether a URL may become a clickable link in a digest: only http(s). Anything else (file:, a
 * `javascript:` smuggled in as a source, a malformed value) is shown as text, never as a link.
 */
export function isWebUrl(url: string): boolean {
  if (!URL.canParse(url)) return false;
  const { protocol } = new URL(url);
  return protocol === 'http:' || protocol === 'https:';
}
