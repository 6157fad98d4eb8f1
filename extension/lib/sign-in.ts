import { meSchema, type Me } from '../../shared/schemas/roles';
import { createApiClient } from './api-client';
import { parseInvite, redeemInvite } from './invite';
import type { Failure } from './result';
import { serverAddressOf } from './server-address';
import { loadSettings, saveSettings, type Settings } from './settings';

/** What a reader asks for on the options page: an invitation (link or code), or a token by hand. */
export type SignInRequest =
  | { method: 'invite'; invite: string; name: string; serverAddress: string }
  | { method: 'token'; token: string; serverAddress: string };

/** Why a sign-in did not happen; the options page words each one, saying what to do next. */
export type SignInProblem =
  | 'invite_unreadable'
  | 'server_needed'
  | 'server_invalid'
  | 'unreachable'
  | 'not_kantlijn'
  | 'invite_not_found'
  | 'invite_used'
  | 'invite_expired'
  | 'name_needed'
  | 'token_needed'
  | 'token_unknown'
  | 'rate_limited'
  | 'server_error'
  | 'access_refused';

/** A refused sign-in: the problem, the field it belongs to, and the server address that was tried. */
export interface SignInFailure {
  problem: SignInProblem;
  field: 'invite' | 'name' | 'server' | 'token';
  serverUrl?: string;
}

/** A sign-in the server accepted. */
export interface SignedIn {
  serverUrl: string;
  token: string;
  user: Me;
}

/** The outcome of `signIn`. */
export type SignInOutcome = { ok: true; value: SignedIn } | { ok: false; failure: SignInFailure };

/** What `signIn` may be given besides the request. */
export interface SignInSteps {
  fetchImpl?: typeof fetch;
  /**
   * The browser's answer to Kantlijn's request to reach the server (Firefox asks; see
   * server-access.ts). Asked by the caller during the reader's click; `false` stops the sign-in
   * before the server is contacted.
   */
  access?: Promise<boolean>;
  /** Runs once the server accepted, before anything is saved; a failure it returns stops the sign-in. */
  beforeSave?: (accepted: SignedIn) => Promise<SignInFailure | null>;
}

/**
 * The server of the current sign-in, for a bare invitation code; `null` when not signed in, since
 * the address a fresh install starts with is nobody's council's server.
 */
export function knownServerOf(settings: Pick<Settings, 'serverUrl' | 'token'>): string | null {
  return settings.token ? settings.serverUrl : null;
}

const refused = (failure: SignInFailure): SignInOutcome => ({ ok: false, failure });

/**
 * Signs in: asks the server first, and saves server address and token to the settings only once
 * the server accepted them, so a mistyped token or a used invitation never replaces a sign-in that
 * works. The server is the invitation link's, else the address the reader typed, else (for a bare
 * code) the one of the current sign-in; with none of these the reader is asked for it.
 */
export async function signIn(request: SignInRequest, steps: SignInSteps = {}): Promise<SignInOutcome> {
  const current = await loadSettings();
  const knownServer = knownServerOf(current);
  if (steps.access && !(await steps.access)) {
    const serverUrl = serverOfRequest(request, knownServer);
    return refused({ problem: 'access_refused', field: 'server', ...(serverUrl ? { serverUrl } : {}) });
  }
  const accepted = request.method === 'invite' ? await redeem(request, knownServer, steps.fetchImpl) : await checkToken(request, knownServer, steps.fetchImpl);
  if (!accepted.ok) return accepted;
  // After the server accepted the sign-in, before saving: what must hold before the extension uses
  // this server (such as the browser's permission for its address) goes in `beforeSave`.
  const stopped = steps.beforeSave ? await steps.beforeSave(accepted.value) : null;
  if (stopped) return refused(stopped);
  await saveSettings({ serverUrl: accepted.value.serverUrl, token: accepted.value.token });
  return accepted;
}

/**
 * The server a sign-in request will contact, worked out without waiting for anything (so that the
 * browser's permission for it can be asked during the reader's click); `null` when there is none yet.
 */
export function serverOfRequest(request: SignInRequest, knownServer: string | null): string | null {
  if (request.method === 'invite') {
    const parsed = parseInvite(request.invite);
    if (!parsed) return null;
    if (parsed.serverUrl) return parsed.serverUrl;
  }
  const server = serverFor(request.serverAddress, knownServer);
  return server.ok ? server.serverUrl : null;
}

/** The server to use: the one the reader typed, else `fallback`; a failure when neither is one. */
function serverFor(typed: string, fallback: string | null): { ok: true; serverUrl: string } | { ok: false; failure: SignInFailure } {
  if (!typed.trim()) return fallback ? { ok: true, serverUrl: fallback } : { ok: false, failure: { problem: 'server_needed', field: 'server' } };
  const serverUrl = serverAddressOf(typed);
  return serverUrl ? { ok: true, serverUrl } : { ok: false, failure: { problem: 'server_invalid', field: 'server' } };
}

async function redeem(request: Extract<SignInRequest, { method: 'invite' }>, knownServer: string | null, fetchImpl?: typeof fetch): Promise<SignInOutcome> {
  const parsed = parseInvite(request.invite);
  if (!parsed) return refused({ problem: 'invite_unreadable', field: 'invite' });
  const server = parsed.serverUrl ? { ok: true as const, serverUrl: parsed.serverUrl } : serverFor(request.serverAddress, knownServer);
  if (!server.ok) return refused(server.failure);
  const redeemed = await redeemInvite(server.serverUrl, parsed.code, request.name, fetchImpl);
  if (!redeemed.ok) return refused(problemOf(redeemed.error, server.serverUrl, 'invite'));
  return { ok: true, value: { serverUrl: server.serverUrl, token: redeemed.value.token, user: redeemed.value.user } };
}

async function checkToken(request: Extract<SignInRequest, { method: 'token' }>, knownServer: string | null, fetchImpl?: typeof fetch): Promise<SignInOutcome> {
  const token = request.token.trim();
  if (!token) return refused({ problem: 'token_needed', field: 'token' });
  const server = serverFor(request.serverAddress, knownServer);
  if (!server.ok) return refused(server.failure);
  const me = await createApiClient({ serverUrl: server.serverUrl, token }, fetchImpl).me();
  if (!me.ok) return refused(problemOf(me.error, server.serverUrl, 'token'));
  const user = meSchema.safeParse(me.value);
  if (!user.success) return refused({ problem: 'not_kantlijn', field: 'server', serverUrl: server.serverUrl });
  return { ok: true, value: { serverUrl: server.serverUrl, token, user: user.data } };
}

/** The sign-in problem a failed call stands for; `field` is what the reader entered as credential. */
function problemOf(failure: Failure, serverUrl: string, field: 'invite' | 'token'): SignInFailure {
  switch (failure.code) {
    case 'offline':
      return { problem: 'unreachable', field: 'server', serverUrl };
    case 'bad_response':
    case 'not_found':
      return { problem: 'not_kantlijn', field: 'server', serverUrl };
    case 'invite_not_found':
    case 'invite_used':
    case 'invite_expired':
      return { problem: failure.code, field: 'invite', serverUrl };
    case 'invalid_input':
      return field === 'invite' ? { problem: 'name_needed', field: 'name', serverUrl } : { problem: 'server_error', field, serverUrl };
    case 'unauthorized':
      return { problem: 'token_unknown', field: 'token', serverUrl };
    case 'rate_limited':
      return { problem: 'rate_limited', field, serverUrl };
    default:
      return { problem: 'server_error', field, serverUrl };
  }
}
