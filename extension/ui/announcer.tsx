import { createContext, useCallback, useContext, useState, type ReactNode } from 'react';

type Announce = (text: string) => void;

const AnnounceContext = createContext<Announce>(() => {});

/**
 * One polite live region for the whole in-page UI: what a component passes to `useAnnounce()` is read
 * out by screen readers ("Opmerking opgeslagen", "Reactie verstuurd") without moving focus.
 */
export function AnnouncerProvider({ children }: { children: ReactNode }) {
  const [message, setMessage] = useState({ text: '', serial: 0 });
  // A serial in the key re-creates the text node, so the same words announced twice are read twice.
  const announce = useCallback<Announce>((text) => setMessage((previous) => ({ text, serial: previous.serial + 1 })), []);
  return (
    <AnnounceContext.Provider value={announce}>
      {children}
      <div className="visually-hidden" role="status" aria-live="polite" aria-atomic="true" data-kantlijn-announcer="">
        <span key={message.serial}>{message.text}</span>
      </div>
    </AnnounceContext.Provider>
  );
}

/** The function that announces a short text in the live region of the nearest `AnnouncerProvider`. */
export function useAnnounce(): Announce {
  return useContext(AnnounceContext);
}
