import { useEffect } from 'react';
import { knownServerOf } from '../lib/sign-in';
import { AllowedSites } from './allowed-sites';
import { messagesFor } from './i18n';
import { InviteForm } from './invite-form';
import { KeyboardHelp } from './keyboard-help';
import { LanguagePicker } from './language-picker';
import { MailSettings } from './mail-settings';
import { NotificationsPanel } from './notifications-panel';
import { ReadingList } from './reading-list';
import { SignInStatus } from './sign-in-status';
import { TokenForm } from './token-form';
import { extensionHost } from '../lib/extension-host';
import { useSettings } from './use-settings';

/**
 * The options page: who is signed in, what is new for them, the round's reading list, signing in with an invitation or a token, the language, and
 * the sites where Kantlijn starts by itself. It follows the stored settings, so a sign-in or a
 * language chosen anywhere shows here at once.
 */
export function OptionsApp() {
  const settings = useSettings(extensionHost);
  const language = settings?.language ?? 'nl';
  const messages = messagesFor(language);
  useEffect(() => {
    document.documentElement.lang = language;
    document.title = messages.options.title;
  }, [language, messages]);
  if (!settings) return null;
  const knownServer = knownServerOf(settings);
  return (
    <main>
      <h1>{messages.options.title}</h1>
      <SignInStatus messages={messages} settings={settings} />
      <NotificationsPanel messages={messages} language={language} token={settings.token} />
      <MailSettings messages={messages} session={settings.token} />
      <ReadingList messages={messages} settings={settings} />
      <InviteForm messages={messages} knownServer={knownServer} />
      <TokenForm messages={messages} knownServer={knownServer} />
      <LanguagePicker messages={messages} language={language} />
      <AllowedSites messages={messages} />
      <KeyboardHelp language={language} />
    </main>
  );
}
