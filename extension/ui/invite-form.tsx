import { useEffect, useState, type FormEvent } from 'react';
import { parseInvite } from '../lib/invite';
import { FormField } from './form-field';
import type { Messages } from './i18n';
import { SignInMessage } from './sign-in-message';
import { userParts } from './sign-in-texts';
import { useSignIn } from './use-sign-in';

/** What the invitation form needs of the page. */
export interface InviteFormProps {
  messages: Messages;
  /** The server of the current sign-in, used for a bare code; `null` when not signed in. */
  knownServer: string | null;
}

/**
 * Signs in with the invitation from the secretariat's e-mail: the link, or the bare code. For a
 * bare code without a current sign-in it asks for the server's address, in a councillor's words.
 */
export function InviteForm({ messages, knownServer }: InviteFormProps) {
  const t = messages.options;
  const [invite, setInvite] = useState('');
  const [name, setName] = useState('');
  const [server, setServer] = useState('');
  const { state, submit, messageRef, edited } = useSignIn(knownServer);
  const parsed = parseInvite(invite);
  const failure = state.kind === 'refused' ? state.failure : null;
  // Only a bare code leaves the server open; with a current sign-in it is asked for once that failed
  // there, and then stays while the reader corrects it.
  const [serverAsked, setServerAsked] = useState(false);
  useEffect(() => {
    if (failure?.field === 'server') setServerAsked(true);
  }, [failure]);
  const askServer = parsed !== null && parsed.serverUrl === null && (!knownServer || serverAsked);
  const errorOn = failure ? (failure.field === 'server' && !askServer ? 'invite' : failure.field) : null;

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const signedIn = await submit({ method: 'invite', invite, name, serverAddress: askServer ? server : '' });
    if (!signedIn) return;
    setInvite('');
    setName('');
  };
  const success = state.kind === 'accepted' ? t.welcome(...userParts(messages, state.signedIn.user)) : null;
  return (
    <section aria-labelledby="invite-title">
      <h2 id="invite-title">{t.inviteTitle}</h2>
      <p>{t.inviteIntro}</p>
      <form noValidate onSubmit={(event) => void onSubmit(event)}>
        <FormField id="invite" label={t.invite} hint={t.inviteHint} value={invite} onChange={edited(setInvite)} required autoComplete="off" spellCheck={false}
          errorId={errorOn === 'invite' ? 'invite-message' : null} />
        {askServer && (
          <FormField id="invite-server" label={t.server} hint={t.serverHint} value={server} onChange={edited(setServer)} type="url" inputMode="url" autoComplete="url" spellCheck={false}
            errorId={errorOn === 'server' ? 'invite-message' : null} />
        )}
        <FormField id="invite-name" label={t.name} hint={t.nameHint} value={name} onChange={edited(setName)} autoComplete="name"
          errorId={errorOn === 'name' ? 'invite-message' : null} />
        <button type="submit" disabled={state.kind === 'busy'}>{state.kind === 'busy' ? t.signingIn : t.signIn}</button>
      </form>
      <SignInMessage id="invite-message" messages={messages} state={state} success={success} knownServer={knownServer} messageRef={messageRef} />
    </section>
  );
}
