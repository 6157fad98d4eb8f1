/** Id of the dynamically registered content script for the sites the user allowed. */
export const AUTO_RUN_SCRIPT_ID = 'kantlijn-auto-run';

/** The built content script, as the manifest names it. */
export const ANNOTATOR_SCRIPT = '/content-scripts/annotator.js';

/** What syncing needs from the browser (`permissions` and `scripting`), injectable for tests. */
export interface AutoRunApi {
  /** Host patterns the user granted through optional host permissions. */
  grantedOrigins(): Promise<string[]>;
  /** Patterns the manifest's own content script already runs on (the browser reports them as granted too). */
  staticPatterns(): string[];
  /** The patterns the auto-run script is registered for now, or `null` when it is not registered. */
  registeredMatches(): Promise<string[] | null>;
  register(matches: string[]): Promise<void>;
  update(matches: string[]): Promise<void>;
  unregister(): Promise<void>;
}

/**
 * Only whole web origins count: `<all_urls>`-like grants are never turned into automatic running,
 * and neither is the server's API path granted for reaching the server (server-access.ts).
 */
export function isSitePattern(pattern: string): boolean {
  return /^https?:\/\/[^/*]+(?::\d+)?\/\*$/.test(pattern) || /^https?:\/\/\*\.[^/*]+\/\*$/.test(pattern);
}

/**
 * Makes the annotator run automatically on exactly the sites the user allowed (optional host
 * permissions granted in the options), and nowhere else: registers, updates or removes the dynamic
 * content script to match the grants. Returns the patterns it now runs on.
 */
export async function syncAutoRunSites(api: AutoRunApi): Promise<string[]> {
  const already = new Set(api.staticPatterns());
  const wanted = [...new Set((await api.grantedOrigins()).filter((pattern) => isSitePattern(pattern) && !already.has(pattern)))].sort();
  const current = await api.registeredMatches();
  if (wanted.length === 0) {
    if (current !== null) await api.unregister();
    return [];
  }
  if (current === null) await api.register(wanted);
  else if ([...current].sort().join('\n') !== wanted.join('\n')) await api.update(wanted);
  return wanted;
}

/** The origin pattern (`https://host/*`) of a site address the user typed, or `null`. */
export function sitePattern(address: string): string | null {
  const withScheme = /^https?:\/\//i.test(address.trim()) ? address.trim() : `https://${address.trim()}`;
  if (!URL.canParse(withScheme)) return null;
  const url = new URL(withScheme);
  if (!url.hostname.includes('.') && url.hostname !== 'localhost') return null;
  return `${url.protocol}//${url.host}/*`;
}
