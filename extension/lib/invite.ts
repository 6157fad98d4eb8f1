import type { Me } from '../../shared/schemas/roles';
import { fail, ok, type Result } from './result';

/** Invite codes: 128 random bits, base64url (the server's format). */
const CODE = /^[A-Za-z0-9_-]{22}$/;

/**
 * Reads what the user pasted: a bare invite code, or an invite link from the secretariat's e-mail
 * (`https://server/uitnodiging/CODE`, or any link whose last path segment or `code` parameter is the
 * code). A link also tells the server's address.
 */
export function parseInvite(text: string): { code: string; serverUrl: string | null } | null {
  const trimmed = text.trim();
  if (CODE.test(trimmed)) return { code: trimmed, serverUrl: null };
  if (!URL.canParse(trimmed)) return null;
  const url = new URL(trimmed);
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  const candidates = [url.searchParams.get('code'), url.hash.slice(1), ...url.pathname.split('/').reverse()];
  const code = candidates.find((candidate): candidate is string => Boolean(candidate && CODE.test(candidate)));
  return code ? { code, serverUrl: url.origin } : null;
}

/** Redeems an invite at `serverUrl` for a token; `fetchImpl` is injectable for tests. */
export async function redeemInvite(
  serverUrl: string,
  code: string,
  name: string,
  fetchImpl: typeof fetch = fetch,
): Promise<Result<{ token: string; user: Me }>> {
  let response: Response;
  try {
    response = await fetchImpl(new URL(`/api/invites/${encodeURIComponent(code)}/redeem`, serverUrl), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(name.trim() ? { name: name.trim() } : {}),
    });
  } catch {
    return fail('offline', 'De Kantlijn-server is niet bereikbaar.');
  }
  const payload = (await response.json().catch(() => null)) as { token?: string; user?: Me; error?: { code: string; message: string } } | null;
  if (response.ok && payload?.token && payload.user) return ok({ token: payload.token, user: payload.user });
  return fail(payload?.error?.code ?? 'bad_response', payload?.error?.message ?? `De server antwoordde met status ${response.status}.`, response.status);
}
