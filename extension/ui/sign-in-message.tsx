import type { RefObject } from 'react';
import type { Messages } from './i18n';
import { problemText } from './sign-in-texts';
import type { SignInState } from './use-sign-in';

/** What a sign-in form's message needs. */
export interface SignInMessageProps {
  id: string;
  messages: Messages;
  state: SignInState;
  /** The sentence for an accepted sign-in. */
  success: string | null;
  knownServer: string | null;
  messageRef: RefObject<HTMLParagraphElement | null>;
}

/**
 * A sign-in form's outcome: a refusal as an alert that takes the focus (the field it belongs to
 * points here with `aria-describedby`), an accepted sign-in as a polite status.
 */
export function SignInMessage({ id, messages, state, success, knownServer, messageRef }: SignInMessageProps) {
  if (state.kind === 'refused') {
    return (
      <p id={id} ref={messageRef} tabIndex={-1} role="alert" className="message message--error">
        {problemText(messages, state.failure, knownServer !== null)}
      </p>
    );
  }
  return (
    <p id={id} role="status" className={success ? 'message message--ok' : 'message'}>
      {success ?? ''}
    </p>
  );
}
