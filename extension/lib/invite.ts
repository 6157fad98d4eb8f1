import { z } from 'zod';
import { apiErrorSchema } from '../../shared/schemas/api-error';
import { meSchema, type Me } from '../../shared/schemas/roles';
import { fail, ok, type Result } from './result';

/** What a Kantlijn server answers to a redeemed invite (anything else is not one). */
const redeemedSchema = z.object({ token: z.string().min(1), user: meSchema });

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

/** Longest wait for the server's answer; after it the server counts as unreachable. */
const REDEEM_TIMEOUT_MS = 15_000;

/**
 * Redeems an invite at `serverUrl` for a token; `fetchImpl` is injectable for tests. Failures carry
 * the server's code (`invite_used`, …), `offline` when nothing answered, or `bad_response` when what
 * answered is no Kantlijn server; messages are for logs, screens translate the code.
 */
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
      signal: AbortSignal.timeout(REDEEM_TIMEOUT_MS),
    });
  } catch {
    return fail('offline', 'De Kantlijn-server is niet bereikbaar.');
  }
  const payload: unknown = await response.json().catch(() => null);
  const redeemed = redeemedSchema.safeParse(payload);
  if (response.ok && redeemed.success) return ok(redeemed.data);
  const refused = apiErrorSchema.safeParse(payload);
  return refused.success
    ? fail(refused.data.error.code, refused.data.error.message, response.status)
    : fail('bad_response', `De server antwoordde met status ${response.status}.`, response.status);
}
