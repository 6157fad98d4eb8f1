import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { MailMode } from '../../shared/schemas/notification';
import { sendToBackground } from '../lib/messaging';
import { FormField } from './form-field';
import type { Messages } from './i18n';

const MODES: readonly MailMode[] = ['off', 'immediate', 'daily'];

type Outcome = 'saved' | 'needs-address' | 'failed' | null;

/**
 * The reader's choice of notification mail: an address, and none, at once or a daily summary. The
 * server keeps both; the mail it sends never holds remark text. `session` only makes a new sign-in
 * load the choice afresh.
 */
export function MailSettings({ messages, session }: { messages: Messages; session: string }) {
  const t = messages.notifications;
  const [email, setEmail] = useState('');
  const [mode, setMode] = useState<MailMode>('off');
  const [available, setAvailable] = useState(true);
  const [loaded, setLoaded] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const message = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    setLoaded(false);
    if (!session) return;
    void sendToBackground('notifications:settings', {}).then((answer) => {
      if (!answer.ok) return;
      setEmail(answer.value.email ?? '');
      setMode(answer.value.mail);
      setAvailable(answer.value.available);
      setLoaded(true);
    });
  }, [session]);
  useEffect(() => {
    if (outcome && outcome !== 'saved') message.current?.focus();
  }, [outcome]);
  if (!session || !loaded) return null;
  const save = async (event: FormEvent) => {
    event.preventDefault();
    const address = email.trim();
    if (mode !== 'off' && !address) return setOutcome('needs-address');
    const answer = await sendToBackground('notifications:save-settings', { email: address || null, mail: mode });
    setOutcome(answer.ok ? 'saved' : 'failed');
  };
  const text = outcome === 'saved' ? t.mailSaved : outcome === 'needs-address' ? t.mailNeedsAddress : outcome === 'failed' ? t.mailFailed : '';
  const isError = outcome === 'needs-address' || outcome === 'failed';
  return (
    <section aria-labelledby="mail-title">
      <h2 id="mail-title">{t.mailTitle}</h2>
      <p>{t.mailIntro}</p>
      {!available && <p className="hint">{t.mailUnavailable}</p>}
      <form noValidate onSubmit={(event) => void save(event)}>
        <FormField
          id="mail-address"
          type="email"
          autoComplete="email"
          label={t.email}
          hint={t.emailHint}
          value={email}
          errorId={isError ? 'mail-message' : null}
          onChange={(typed) => {
            setEmail(typed);
            setOutcome(null);
          }}
        />
        <div className="field">
          <label htmlFor="mail-mode">{t.mailMode}</label>
          <select id="mail-mode" value={mode} onChange={(event) => setMode(MODES.find((item) => item === event.target.value) ?? 'off')}>
            {MODES.map((item) => (
              <option key={item} value={item}>
                {t.mailModes[item]}
              </option>
            ))}
          </select>
        </div>
        <button type="submit">{t.mailSave}</button>
      </form>
      <p id="mail-message" ref={message} tabIndex={-1} className={`message ${isError ? 'message--error' : text ? 'message--ok' : ''}`} role={isError ? 'alert' : 'status'}>
        {text}
      </p>
    </section>
  );
}
