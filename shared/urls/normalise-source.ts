/**
 * Query parameters that only track where a visitor came from; two URLs that differ only in these
 * name the same report.
 */
const TRACKING_PARAMETER = /^(utm_[a-z_]+|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|_hsenc|_hsmi|mkt_tok|ref_src|igshid)$/i;

/**
 * The canonical form of a document URL, used as the key under which annotations are stored and
 * looked up: the fragment is dropped (it names a place in the document, not another document),
 * tracking parameters are dropped, the host is lower-cased and a default port removed (the URL
 * parser does both). Everything else, including the order of the remaining parameters, is kept:
 * other parameters may well select another document. Returns the input unchanged if it is not a URL.
 */
export function normaliseSource(url: string): string {
  if (!URL.canParse(url)) return url;
  const parsed = new URL(url);
  parsed.hash = '';
  const kept = [...parsed.searchParams].filter(([name]) => !TRACKING_PARAMETER.test(name));
  parsed.search = '';
  for (const [name, value] of kept) parsed.searchParams.append(name, value);
  return parsed.toString();
}
