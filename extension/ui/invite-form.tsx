import { useState, type FormEvent } from 'react';
import { parseInvite, redeemInvite } from '../lib/invite';
import { requestServerAccess } from '../lib/server-access';
import { saveSettings, type Settings } from '../lib/settings';

const texts = {
  nl: {
    title: 'Aanmelden met een uitnodiging',
    intro: 'Plak de uitnodigingscode of de link uit de e-mail van het secretariaat.',
    invite: 'Uitnodigingscode of -link',
    name: 'Uw naam',
    submit: 'Aanmelden',
    invalid: 'Dit is geen geldige uitnodigingscode of -link.',
    serverRefused: 'Kantlijn mag de server van deze uitnodiging niet bereiken. Kies opnieuw Aanmelden en sta de toegang tot de server toe.',
    welcome: (name: string, organisation: string) => `Welkom, ${name} (${organisation}). U bent aangemeld.`,
  },
  en: {
    title: 'Sign in with an invitation',
    intro: 'Paste the invitation code or the link from the secretariat’s e-mail.',
    invite: 'Invitation code or link',
    name: 'Your name',
    submit: 'Sign in',
    invalid: 'This is not a valid invitation code or link.',
    serverRefused: 'Kantlijn may not reach the server of this invitation. Choose Sign in again and allow access to the server.',
    welcome: (name: string, organisation: string) => `Welcome, ${name} (${organisation}). You are signed in.`,
  },
};

/** Redeems an invitation for a token and stores it (with the server from an invite link). */
export function InviteForm({ settings, onSignedIn }: { settings: Settings; onSignedIn: (settings: Settings) => void }) {
  const t = texts[settings.language];
  const [invite, setInvite] = useState('');
  const [name, setName] = useState('');
  const [status, setStatus] = useState<{ text: string; error: boolean } | null>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const parsed = parseInvite(invite);
    if (!parsed) {
      setStatus({ text: t.invalid, error: true });
      return;
    }
    const serverUrl = parsed.serverUrl ?? settings.serverUrl;
    // Asked before the first await: Firefox grants the server's permission only during the user's action.
    if (!(await requestServerAccess(serverUrl))) {
      setStatus({ text: t.serverRefused, error: true });
      return;
    }
    const redeemed = await redeemInvite(serverUrl, parsed.code, name);
    if (!redeemed.ok) {
      setStatus({ text: redeemed.error.message, error: true });
      return;
    }
    onSignedIn(await saveSettings({ serverUrl, token: redeemed.value.token }));
    setStatus({ text: t.welcome(redeemed.value.user.name, redeemed.value.user.organisation), error: false });
    setInvite('');
  };
  return (
    <section aria-labelledby="invite-title">
      <h2 id="invite-title">{t.title}</h2>
      <p>{t.intro}</p>
      <form onSubmit={(event) => void submit(event)}>
        <label htmlFor="invite">{t.invite}</label>
        <input id="invite" type="text" autoComplete="off" required value={invite} onChange={(event) => setInvite(event.target.value)} />
        <label htmlFor="invite-name">{t.name}</label>
        <input id="invite-name" type="text" autoComplete="name" value={name} onChange={(event) => setName(event.target.value)} />
        <button type="submit">{t.submit}</button>
      </form>
      {status && <p role={status.error ? 'alert' : 'status'}>{status.text}</p>}
    </section>
  );
}
