import { useEffect, useState } from 'react';
import type { Me } from '../../shared/schemas/roles';
import { sendToBackground } from '../lib/messaging';
import type { Failure } from '../lib/result';
import { saveSettings, type Settings } from '../lib/settings';
import type { Messages } from './i18n';
import { userParts } from './sign-in-texts';

type Check = { kind: 'checking' } | { kind: 'ok'; user: Me } | { kind: 'failed'; failure: Failure };

/** The line that says what the current sign-in is, checked with the server, and the way to sign out. */
export function SignInStatus({ messages, settings }: { messages: Messages; settings: Settings }) {
  const t = messages.options;
  const { serverUrl, token } = settings;
  const [check, setCheck] = useState<Check>({ kind: 'checking' });
  const [signedOut, setSignedOut] = useState(false);
  useEffect(() => {
    if (!token) return;
    let live = true;
    setCheck({ kind: 'checking' });
    setSignedOut(false);
    // The background asks with the stored token: what it answers is what every page will get.
    void sendToBackground('me:get', {}).then((me) => live && setCheck(me.ok ? { kind: 'ok', user: me.value } : { kind: 'failed', failure: me.error }));
    return () => {
      live = false;
    };
  }, [serverUrl, token]);

  const signOut = async () => {
    await saveSettings({ token: '' });
    setSignedOut(true);
  };
  let text: string;
  if (!token) text = signedOut ? t.signedOut : t.notSignedIn;
  else if (check.kind === 'checking') text = t.checking;
  else if (check.kind === 'ok') text = t.signedInAs(...userParts(messages, check.user));
  else if (check.failure.code === 'offline') text = t.signedInUnreachable(serverUrl);
  else if (check.failure.code === 'unauthorized') text = t.signedInRefused;
  else text = check.failure.message;
  return (
    <section className="sign-in-status" aria-label={t.statusLabel}>
      <p role="status" id="sign-in-status">
        {text}
      </p>
      {token && (
        <>
          <p className="hint">{t.serverIs(serverUrl)}</p>
          <button type="button" className="secondary" onClick={() => void signOut()}>
            {t.signOut}
          </button>
        </>
      )}
    </section>
  );
}
