import { useEffect, useRef, useState, type FormEvent } from 'react';
import { browser } from 'wxt/browser';
import { isSitePattern, sitePattern } from '../lib/auto-run-sites';
import { FormField } from './form-field';
import type { Messages } from './i18n';

/** The sites where Kantlijn runs by itself: optional host permissions the user grants or removes here. */
export function AllowedSites({ messages }: { messages: Messages }) {
  const t = messages.options.sites;
  const [sites, setSites] = useState<string[]>([]);
  const [address, setAddress] = useState('');
  const [error, setError] = useState<'invalid' | 'refused' | null>(null);
  const errorRef = useRef<HTMLParagraphElement>(null);
  const refresh = async () => {
    const builtIn = new Set((browser.runtime.getManifest().content_scripts ?? []).flatMap((script) => script.matches ?? []));
    const granted = (await browser.permissions.getAll()).origins ?? [];
    setSites(granted.filter((origin) => !builtIn.has(origin) && isSitePattern(origin)).sort());
  };
  useEffect(() => {
    void refresh();
  }, []);
  useEffect(() => {
    if (error) errorRef.current?.focus();
  }, [error]);
  const add = async (event: FormEvent) => {
    event.preventDefault();
    const pattern = sitePattern(address);
    setError(null);
    if (!pattern) return setError('invalid');
    // Asked from this click: browsers only grant optional permissions during a user gesture.
    const granted = await browser.permissions.request({ origins: [pattern] });
    if (granted) setAddress('');
    else setError('refused');
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
        <ul className="sites">
          {sites.map((site) => (
            <li key={site}>
              <span className="site">{site.replace(/\/\*$/, '')}</span>{' '}
              <button type="button" className="secondary" aria-label={t.remove(site.replace(/\/\*$/, ''))} onClick={() => void remove(site)}>
                {t.removeShort}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form noValidate onSubmit={(event) => void add(event)}>
        <FormField id="site" label={t.site} hint={t.siteHint} value={address} onChange={(typed) => {
            setAddress(typed);
            setError(null);
          }} inputMode="url" spellCheck={false}
          errorId={error ? 'site-message' : null} />
        <button type="submit">{t.add}</button>
      </form>
      {error && (
        <p id="site-message" ref={errorRef} tabIndex={-1} role="alert" className="message message--error">
          {t[error]}
        </p>
      )}
    </section>
  );
}
