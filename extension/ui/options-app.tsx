import { useEffect, useState, type FormEvent } from 'react';
import { sendToBackground } from '../lib/messaging';
import { loadSettings, saveSettings, type Settings } from '../lib/settings';
import type { Language } from './i18n';
import { AllowedSites } from './allowed-sites';
import { InviteForm } from './invite-form';
import { KeyboardHelp } from './keyboard-help';

const texts = {
  nl: {
    title: 'Kantlijn – instellingen',
    manual: 'Server en token',
    server: 'Server-URL',
    serverHint: 'Het adres van de Kantlijn-server van uw secretariaat.',
    token: 'Token',
    tokenHint: 'Het token dat u van het secretariaat kreeg. Het blijft alleen in deze browser.',
    language: 'Taal',
    save: 'Opslaan',
    saved: (name: string, role: string) => `Opgeslagen. Aangemeld als ${name} (${role}).`,
    savedOffline: (message: string) => `Opgeslagen, maar de server antwoordt niet zoals verwacht: ${message}`,
    signOut: 'Afmelden',
    signedOut: 'Afgemeld: het token is verwijderd.',
  },
  en: {
    title: 'Kantlijn – settings',
    manual: 'Server and token',
    server: 'Server URL',
    serverHint: 'The address of your secretariat’s Kantlijn server.',
    token: 'Token',
    tokenHint: 'The token you received from the secretariat. It stays in this browser only.',
    language: 'Language',
    save: 'Save',
    saved: (name: string, role: string) => `Saved. Signed in as ${name} (${role}).`,
    savedOffline: (message: string) => `Saved, but the server does not answer as expected: ${message}`,
    signOut: 'Sign out',
    signedOut: 'Signed out: the token was removed.',
  },
};

/** The options page: server URL, token and language, checked against the server on save. */
export function OptionsApp() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [status, setStatus] = useState('');
  useEffect(() => {
    void loadSettings().then(setSettings);
  }, []);
  if (!settings) return null;
  const t = texts[settings.language];

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const saved = await saveSettings(settings);
    const me = await sendToBackground('me:get', {});
    setStatus(me.ok ? t.saved(me.value.name, me.value.role) : t.savedOffline(me.error.message));
    setSettings(saved);
  };
  const signOut = async () => {
    setSettings(await saveSettings({ token: '' }));
    setStatus(t.signedOut);
  };

  return (
    <main lang={settings.language}>
      <h1>{t.title}</h1>
      <InviteForm settings={settings} onSignedIn={setSettings} />
      <h2>{t.manual}</h2>
      <form onSubmit={(event) => void submit(event)}>
        <label htmlFor="server-url">{t.server}</label>
        <input id="server-url" type="url" required value={settings.serverUrl} aria-describedby="server-hint"
          onChange={(event) => setSettings({ ...settings, serverUrl: event.target.value })} />
        <p id="server-hint" className="hint">{t.serverHint}</p>
        <label htmlFor="token">{t.token}</label>
        <input id="token" type="password" autoComplete="off" value={settings.token} aria-describedby="token-hint"
          onChange={(event) => setSettings({ ...settings, token: event.target.value.trim() })} />
        <p id="token-hint" className="hint">{t.tokenHint}</p>
        <label htmlFor="language">{t.language}</label>
        <select id="language" value={settings.language}
          onChange={(event) => setSettings({ ...settings, language: event.target.value as Language })}>
          <option value="nl">Nederlands</option>
          <option value="en">English</option>
        </select>
        <button type="submit">{t.save}</button>{' '}
        <button type="button" onClick={() => void signOut()}>{t.signOut}</button>
      </form>
      <p role="status">{status}</p>
      <AllowedSites language={settings.language} />
      <KeyboardHelp language={settings.language} />
    </main>
  );
}
