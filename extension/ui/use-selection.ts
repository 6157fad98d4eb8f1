import { useEffect, useState } from 'react';
import type { DescribedSelection, DocumentIntegration } from '../annotator/document-integration';

/** How long the selection must rest before the toolbar follows it (avoids work on every drag step). */
const SETTLE_MS = 120;

/**
 * The user's current selection in the document, described as selectors. It is kept while the user
 * works in Kantlijn's own UI (whose clicks would otherwise clear it), until `clear` is called.
 */
export function useSelection(integration: DocumentIntegration, frozen: boolean): DescribedSelection | null {
  const [selection, setSelection] = useState<DescribedSelection | null>(null);
  useEffect(() => {
    if (frozen) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const update = () => {
      clearTimeout(timer);
      timer = setTimeout(() => setSelection(integration.describeSelection()), SETTLE_MS);
    };
    // When the editor closes the selection may have gone meanwhile (saved, cleared): look again.
    setSelection(integration.describeSelection());
    document.addEventListener('selectionchange', update);
    document.addEventListener('mouseup', update);
    document.addEventListener('keyup', update);
    return () => {
      clearTimeout(timer);
      document.removeEventListener('selectionchange', update);
      document.removeEventListener('mouseup', update);
      document.removeEventListener('keyup', update);
    };
  }, [integration, frozen]);
  return selection;
}
