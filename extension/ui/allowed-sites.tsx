import { useEffect, useState, type FormEvent } from 'react';
import { browser } from 'wxt/browser';
import { isSitePattern, sitePattern } from '../lib/auto-run-sites';
import type { Language } from './i18n';

const texts = {
  nl: {
    title: 'Automatisch op deze sites',
    intro:
      'Kantlijn leest alleen mee op pagina’s waar u dat wilt: klik op de knop van Kantlijn in de werkbalk (of Alt+Shift+K) om het op een pagina te starten. Op sites die u hier toevoegt, zoals die van SVMN of uw gemeente, start het vanzelf.',
    site: 'Site (bijv. www.samenveiligmiddennederland.nl)',
    add: 'Toevoegen',
    remove: 'Verwijderen',
    none: 'Nog geen sites toegevoegd.',
    invalid: 'Dit is geen geldig webadres.',
    refused: 'De browser gaf geen toestemming.',
  },
  en: {
    title: 'Automatically on these sites',
    intro:
      'Kantlijn only reads along on pages where you want it: click Kantlijn’s toolbar button (or Alt+Shift+K) to start it on a page. On sites you add here, such as SVMN’s or your council’s, it starts by itself.',
    site: 'Site (e.g. www.samenveiligmiddennederland.nl)',
    add: 'Add',
    remove: 'Remove',
    none: 'No sites added yet.',
    invalid: 'This is not a valid web address.',
    refused: 'The browser did not grant permission.',
  },
};

/** The sites where Kantlijn runs by itself: optional host permissions the user grants or removes here. */
export function AllowedSites({ language }: { language: Language }) {
  const t = texts[language];
  const [sites, setSites] = useState<string[]>([]);
  const [address, setAddress] = useState('');
  const [error, setError] = useState('');
  const refresh = async () => {
    const builtIn = new Set((browser.runtime.getManifest().content_scripts ?? []).flatMap((script) => script.matches ?? []));
    const granted = (await browser.permissions.getAll()).origins ?? [];
    setSites(granted.filter((origin) => !builtIn.has(origin) && isSitePattern(origin)).sort());
  };
  useEffect(() => {
    void refresh();
  }, []);
  const add = async (event: FormEvent) => {
    event.preventDefault();
    const pattern = sitePattern(address);
    if (!pattern) return setError(t.invalid);
    // Asked from this click: browsers only grant optional permissions during a user gesture.
    const granted = await browser.permissions.request({ origins: [pattern] });
    setError(granted ? '' : t.refused);
    if (granted) setAddress('');
    await refresh();
  };
  const remove = async (pattern: string) => {
    await browser.permissions.remove({ origins: [pattern] });
    await refresh();
  };
  return (
    <section aria-labelledby="sites-title">
      <h2 id="sites-title">{t.title}</h2>
      <p>{t.intro}</p>
      {sites.length === 0 ? (
        <p>{t.none}</p>
      ) : (
        <ul>
          {sites.map((site) => (
            <li key={site}>
              {site.replace(/\/\*$/, '')}{' '}
              <button type="button" onClick={() => void remove(site)}>
                {t.remove}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form onSubmit={(event) => void add(event)}>
        <label htmlFor="site">{t.site}</label>
        <input id="site" type="text" inputMode="url" value={address} onChange={(event) => setAddress(event.target.value)} />
        <button type="submit">{t.add}</button>
      </form>
      {error && <p role="alert">{error}</p>}
    </section>
  );
}
