import type { NotificationSettings, NotificationSettingsView } from '../../shared/schemas/notification';
import type { User } from '../db/users-repository';
import { ApiFailure } from '../http/api-failure';
import type { ServiceContext } from './service-context';
import { hashToken } from './tokens';

/** What `user` chose for notifications by e-mail. */
export function notificationSettingsOf(context: ServiceContext, user: User, available: boolean): NotificationSettingsView {
  return { email: context.db.users.emailOf(user.id), mail: context.db.mail.modeOf(user.id), available };
}

/**
 * Stores `user`'s choice. Mail needs an address; choosing no mail, or removing the address, drops
 * whatever mail was still waiting for them.
 */
export function saveNotificationSettings(context: ServiceContext, user: User, input: NotificationSettings, available: boolean): NotificationSettingsView {
  if (input.mail !== 'off' && !input.email) {
    throw new ApiFailure(400, 'invalid_input', 'Vul een e-mailadres in om meldingen per e-mail te krijgen.', [{ path: 'email', message: 'nodig voor e-mail' }]);
  }
  const at = context.now().toISOString();
  context.db.transaction(() => {
    context.db.users.setEmail(user.id, input.email);
    context.db.mail.setMode(user.id, input.mail, at);
    if (input.mail === 'off' || !input.email) context.db.mail.dropPendingFor(user.id, at);
  });
  return notificationSettingsOf(context, user, available);
}

/** True when `token` is a live unsubscribe token (the page asks before it acts). */
export function isUnsubscribeToken(context: ServiceContext, token: string): boolean {
  return token.length <= 200 && context.db.mail.userOfUnsubscribeToken(hashToken(token)) !== null;
}

/**
 * One-click unsubscribe: the person the token was made for gets no more mail, and what was still
 * waiting for them is dropped. The token stays valid, so a second click says the same. Returns false
 * for an unknown token.
 */
export function unsubscribe(context: ServiceContext, token: string): boolean {
  const userId = token.length <= 200 ? context.db.mail.userOfUnsubscribeToken(hashToken(token)) : null;
  if (!userId) return false;
  const at = context.now().toISOString();
  context.db.transaction(() => {
    context.db.mail.setMode(userId, 'off', at);
    context.db.mail.dropPendingFor(userId, at);
  });
  return true;
}
