import { useEffect, useState } from 'react';
import { loadSettings, watchSettings, type Settings } from '../lib/settings';

/** The current settings, kept up to date when they change anywhere; `null` while loading. */
export function useSettings(): Settings | null {
  const [settings, setSettings] = useState<Settings | null>(null);
  useEffect(() => {
    let live = true;
    void loadSettings().then((loaded) => live && setSettings(loaded));
    const unwatch = watchSettings((next) => live && setSettings(next));
    return () => {
      live = false;
      unwatch();
    };
  }, []);
  return settings;
}
