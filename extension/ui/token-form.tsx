import { useEffect, useState, type FormEvent } from 'react';
import { FormField } from './form-field';
import type { Messages } from './i18n';
import { SignInMessage } from './sign-in-message';
import { userParts } from './sign-in-texts';
import { useSignIn } from './use-sign-in';

/** What the token form needs of the page. */
export interface TokenFormProps {
  messages: Messages;
  /** The server of the current sign-in, to start the address field with; `null` when not signed in. */
  knownServer: string | null;
}

/**
 * Signs in with a server address and a token typed by hand. The token is saved only once the
 * server knows it; the stored one is never shown back.
 */
export function TokenForm({ messages, knownServer }: TokenFormProps) {
  const t = messages.options;
  const [server, setServer] = useState(knownServer ?? '');
  const [token, setToken] = useState('');
  const { state, submit, messageRef, edited } = useSignIn(knownServer);
  // Signed in elsewhere on the page (with an invitation): show that server, unless one was typed.
  useEffect(() => {
    if (knownServer) setServer((typed) => typed || knownServer);
  }, [knownServer]);
  const failure = state.kind === 'refused' ? state.failure : null;
  const errorOn = failure ? (failure.field === 'token' ? 'token' : 'server') : null;

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const signedIn = await submit({ method: 'token', token, serverAddress: server });
    if (!signedIn) return;
    setToken('');
    setServer(signedIn.serverUrl);
  };
  const success = state.kind === 'accepted' ? t.signedInAs(...userParts(messages, state.signedIn.user)) : null;
  return (
    <section aria-labelledby="token-title">
      <h2 id="token-title">{t.tokenTitle}</h2>
      <p>{t.tokenIntro}</p>
      <form noValidate onSubmit={(event) => void onSubmit(event)}>
        <FormField id="server-url" label={t.tokenServer} hint={t.tokenServerHint} value={server} onChange={edited(setServer)} type="url" inputMode="url" autoComplete="url" spellCheck={false}
          errorId={errorOn === 'server' ? 'token-message' : null} />
        <FormField id="token" label={t.token} hint={t.tokenHint} value={token} onChange={edited(setToken)} type="password" autoComplete="off" spellCheck={false}
          errorId={errorOn === 'token' ? 'token-message' : null} />
        <button type="submit" disabled={state.kind === 'busy'}>{state.kind === 'busy' ? t.signingIn : t.tokenSubmit}</button>
      </form>
      <SignInMessage id="token-message" messages={messages} state={state} success={success} knownServer={knownServer} messageRef={messageRef} />
    </section>
  );
}
