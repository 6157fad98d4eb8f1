import { useCallback, useEffect, useState } from 'react';
import type { DocumentIntegration, ShownAnnotation } from '../annotator/document-integration';
import { useAnnounce } from './announcer';
import { sameAnnotation } from '../../shared/w3c/read-annotation';

/** How long the visible confirmation stays; the spoken one is in the live region anyway. */
const CONFIRMATION_MS = 5_000;

/** What saving tells the person, and where focus goes afterwards. */
export interface SaveFeedback {
  /** The short confirmation shown on screen, or `null`. */
  confirmation: string | null;
  /**
   * Says `text` (live region and on screen) and, when `focusId` is given, moves focus to that
   * annotation's highlight as soon as it is drawn, so the person is where their work is.
   */
  confirm: (text: string, focusId?: string) => void;
}

/** Confirmation after saving, announced through the one live region (`useAnnounce`) and shown briefly. */
export function useSaveFeedback(integration: DocumentIntegration, shown: readonly ShownAnnotation[]): SaveFeedback {
  const announce = useAnnounce();
  const [confirmation, setConfirmation] = useState<string | null>(null);
  const [focusAfter, setFocusAfter] = useState<string | null>(null);
  useEffect(() => {
    if (!confirmation) return;
    const timer = setTimeout(() => setConfirmation(null), CONFIRMATION_MS);
    return () => clearTimeout(timer);
  }, [confirmation]);
  useEffect(() => {
    // Asked for by the client id it was saved under; shown by the id the server gave it.
    const saved = focusAfter ? shown.find((item) => sameAnnotation(item.annotation.id, focusAfter) && item.status !== 'orphan') : undefined;
    if (!saved) return;
    if (integration.focusAnnotation(saved.annotation.id)) setFocusAfter(null);
  }, [integration, shown, focusAfter]);
  const confirm = useCallback(
    (text: string, focusId?: string) => {
      announce(text);
      setConfirmation(text);
      setFocusAfter(focusId ?? null);
    },
    [announce],
  );
  return { confirmation, confirm };
}
