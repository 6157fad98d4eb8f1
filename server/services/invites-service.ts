import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { roleSchema } from '../../shared/schemas/roles';
import type { User } from '../db/users-repository';
import { ApiFailure } from '../http/api-failure';
import type { ServiceContext } from './service-context';
import { hashToken } from './tokens';
import { createUserWithToken } from './users-service';

/** What the secretariat fills in to invite someone. */
export const inviteInputSchema = z.object({
  role: roleSchema,
  organisation: z.string().trim().min(1).max(200),
  name: z.string().trim().min(1).max(200).optional(),
  /** Days until the invite expires; a week by default, at most three months. */
  expiresInDays: z.number().int().min(1).max(90).default(7),
});

/** What the invited person sends to redeem: their name, unless the invite already carries one. */
export const redeemInputSchema = z.object({ name: z.string().trim().min(1).max(200).optional() });

/** Invite codes: 128 random bits, base64url, shown once. */
export const INVITE_CODE_PATTERN = /^[A-Za-z0-9_-]{22}$/;

/** Where invitation links land: the page that explains how to sign in (`invite-page-routes.ts`). */
export const INVITE_PAGE_PATH = '/uitnodiging';

/** The link an invited person opens: `origin` (see `publicOrigin`) followed by the page and code. */
export function invitationLink(origin: string, code: string): string {
  return `${origin}${INVITE_PAGE_PATH}/${encodeURIComponent(code)}`;
}

/** Creates an invite and returns its code once; only the code's hash is stored. */
export function createInvite(context: ServiceContext, creator: User, input: z.infer<typeof inviteInputSchema>) {
  const code = randomBytes(16).toString('base64url');
  const now = context.now();
  const expiresAt = new Date(now.getTime() + input.expiresInDays * 86_400_000).toISOString();
  context.db.transaction(() => {
    context.db.invites.insert({
      codeHash: hashToken(code),
      role: input.role,
      organisation: input.organisation,
      name: input.name ?? null,
      createdBy: creator.id,
      createdAt: now.toISOString(),
      expiresAt,
      redeemedAt: null,
      redeemedBy: null,
    });
    context.db.audit.record({ at: now.toISOString(), actorId: creator.id, action: 'invite.create', subject: `invite:${hashToken(code).slice(0, 12)}`, detail: { role: input.role, organisation: input.organisation } });
  });
  return { code, role: input.role, organisation: input.organisation, name: input.name ?? null, expiresAt };
}

/**
 * Redeems an invite for a new account and its token. An invite works once and until it expires;
 * unknown, used and expired codes all answer alike except for the reason, so codes cannot be probed.
 */
export function redeemInvite(context: ServiceContext, code: string, input: z.infer<typeof redeemInputSchema>): { user: User; token: string } {
  if (!INVITE_CODE_PATTERN.test(code)) throw new ApiFailure(404, 'invite_not_found', 'Deze uitnodiging bestaat niet.');
  const codeHash = hashToken(code);
  return context.db.transaction(() => {
    const invite = context.db.invites.findByHash(codeHash);
    if (!invite) throw new ApiFailure(404, 'invite_not_found', 'Deze uitnodiging bestaat niet.');
    const now = context.now();
    if (invite.redeemedAt) throw new ApiFailure(410, 'invite_used', 'Deze uitnodiging is al gebruikt.');
    if (now.toISOString() >= invite.expiresAt) throw new ApiFailure(410, 'invite_expired', 'Deze uitnodiging is verlopen.');
    const name = input.name ?? invite.name;
    if (!name) throw new ApiFailure(400, 'invalid_input', 'Vul uw naam in.', [{ path: 'name', message: 'verplicht' }]);
    const created = createUserWithToken(context.db, { name, role: invite.role, organisation: invite.organisation }, now, null);
    context.db.invites.markRedeemed(codeHash, now.toISOString(), created.user.id);
    return created;
  });
}
