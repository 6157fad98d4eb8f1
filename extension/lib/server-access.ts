import { browser } from 'wxt/browser';

/** What asking for access needs from `browser.permissions`; injectable for tests. */
export interface PermissionRequester {
  request(permissions: { origins: string[] }): Promise<boolean>;
}

/**
 * The host permission that lets the Firefox add-on call a server's API: `http://host/api/*`.
 * Only the API path, so the grant never counts as a site where Kantlijn runs by itself
 * (auto-run-sites.ts takes only whole-site patterns), and without the port, which match patterns
 * cannot hold. `null` when `serverUrl` is not an http(s) address.
 */
export function serverAccessPattern(serverUrl: string): string | null {
  if (!URL.canParse(serverUrl)) return null;
  const url = new URL(serverUrl);
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  return `${url.protocol}//${url.hostname}/api/*`;
}

/**
 * Makes sure the extension may reach the server at `serverUrl`; resolves whether it may.
 *
 * Firefox gives each installation a random extension origin, so the server cannot allow Kantlijn
 * by CORS there (server/http/extension-cors.ts); an extension page holding a host permission for
 * the server is not subject to CORS, so Firefox asks the user once for that server. Chrome and Edge
 * have a fixed id the server allows, so nothing is asked there.
 *
 * Call it synchronously from the click or submit handler, before any `await`: Firefox grants
 * optional permissions only while it is handling the user's action. Asking again for a server
 * already allowed (loopback is allowed by the manifest) resolves true without a prompt.
 */
export function requestServerAccess(
  serverUrl: string,
  permissions: PermissionRequester = browser.permissions,
  needed: boolean = import.meta.env.FIREFOX,
): Promise<boolean> {
  if (!needed) return Promise.resolve(true);
  const pattern = serverAccessPattern(serverUrl);
  if (pattern === null) return Promise.resolve(false);
  return permissions.request({ origins: [pattern] }).catch(() => false);
}
