import { useEffect, useRef, useState } from 'react';
import { requestServerAccess } from '../lib/server-access';
import { serverOfRequest, signIn, type SignedIn, type SignInFailure, type SignInRequest } from '../lib/sign-in';

/** Where a sign-in form stands: nothing yet, refused (and why), or accepted (as whom). */
export type SignInState = { kind: 'idle' } | { kind: 'busy' } | { kind: 'refused'; failure: SignInFailure } | { kind: 'accepted'; signedIn: SignedIn };

/**
 * Runs sign-ins for one form. After a refusal, focus moves to the form's message (given to
 * `messageRef`), so keyboard and screen-reader users land on what went wrong and what to do.
 */
export function useSignIn(knownServer: string | null) {
  const [state, setState] = useState<SignInState>({ kind: 'idle' });
  const messageRef = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (state.kind === 'refused') messageRef.current?.focus();
  }, [state]);
  const submit = async (request: SignInRequest): Promise<SignedIn | null> => {
    // Asked before the first await: Firefox grants a permission only while it handles the click.
    const serverUrl = serverOfRequest(request, knownServer);
    const access = serverUrl ? requestServerAccess(serverUrl) : undefined;
    setState({ kind: 'busy' });
    const outcome = await signIn(request, access ? { access } : {});
    setState(outcome.ok ? { kind: 'accepted', signedIn: outcome.value } : { kind: 'refused', failure: outcome.failure });
    return outcome.ok ? outcome.value : null;
  };
  /** Takes a refusal away once the reader changes what it was about. */
  const edited = <T,>(set: (value: T) => void) => (value: T) => {
    set(value);
    setState((current) => (current.kind === 'refused' ? { kind: 'idle' } : current));
  };
  return { state, submit, messageRef, edited };
}
