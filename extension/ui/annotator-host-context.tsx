import { createContext, useContext, type ReactNode } from 'react';
import type { AnnotatorHost } from '../lib/annotator-host';

const HostContext = createContext<AnnotatorHost | null>(null);

/** Gives the annotator UI below it the host it runs in (the extension, or the reader in the browser). */
export function AnnotatorHostProvider({ host, children }: { host: AnnotatorHost; children: ReactNode }) {
  return <HostContext.Provider value={host}>{children}</HostContext.Provider>;
}

/** The host the annotator runs in; every mount point provides one, so a missing one is a bug. */
export function useAnnotatorHost(): AnnotatorHost {
  const host = useContext(HostContext);
  if (!host) throw new Error('Kantlijn: AnnotatorHostProvider ontbreekt rond de annotator.');
  return host;
}
