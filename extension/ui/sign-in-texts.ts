import type { Me } from '../../shared/schemas/roles';
import type { SignInFailure } from '../lib/sign-in';
import type { Messages } from './i18n';

/**
 * The sentence for a refused sign-in: what went wrong, naming the address that was tried where
 * that matters, and what to do next; when the reader was signed in before, that this still holds.
 */
export function problemText(messages: Messages, failure: SignInFailure, signedInBefore: boolean): string {
  const wording = messages.options.problems[failure.problem];
  const text = typeof wording === 'function' ? wording(failure.serverUrl ?? '') : wording;
  return signedInBefore ? `${text} ${messages.options.keptPrevious}` : text;
}

/** "Name (role, organisation)" parts with the role in words, never its key. */
export function userParts(messages: Messages, user: Pick<Me, 'name' | 'role' | 'organisation'>): [string, string, string] {
  return [user.name, messages.roles[user.role] ?? user.role, user.organisation];
}
