import { useEffect, useState } from 'react';
import type { AnnotatorHost } from '../lib/annotator-host';
import type { Settings } from '../lib/settings';

/** Where settings come from: the extension's storage, or the reader's page. */
export type SettingsSource = Pick<AnnotatorHost, 'loadSettings' | 'watchSettings'>;

/** The current settings of `source`, kept up to date when they change anywhere; `null` while loading. */
export function useSettings(source: SettingsSource): Settings | null {
  const [settings, setSettings] = useState<Settings | null>(null);
  useEffect(() => {
    let live = true;
    void source.loadSettings().then((loaded) => live && setSettings(loaded));
    const unwatch = source.watchSettings((next) => live && setSettings(next));
    return () => {
      live = false;
      unwatch();
    };
  }, [source]);
  return settings;
}
