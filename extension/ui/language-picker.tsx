import { saveSettings } from '../lib/settings';
import type { Language, Messages } from './i18n';

/** The languages offered, each named in itself so a reader finds their own. */
const LANGUAGES: ReadonlyArray<{ value: Language; name: string }> = [
  { value: 'nl', name: 'Nederlands' },
  { value: 'en', name: 'English' },
];

/** Chooses the interface language; it is saved at once and every screen of Kantlijn follows it. */
export function LanguagePicker({ messages, language }: { messages: Messages; language: Language }) {
  const t = messages.options;
  return (
    <section aria-labelledby="language-title">
      <h2 id="language-title">{t.languageTitle}</h2>
      <div className="field">
        <label htmlFor="language">{t.language}</label>
        <select id="language" value={language} onChange={(event) => void saveSettings({ language: event.target.value === 'en' ? 'en' : 'nl' })}>
          {LANGUAGES.map((option) => (
            <option key={option.value} value={option.value} lang={option.value}>
              {option.name}
            </option>
          ))}
        </select>
      </div>
    </section>
  );
}
