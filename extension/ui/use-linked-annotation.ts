import { useEffect, useState } from 'react';
import type { ShownAnnotation } from '../annotator/document-integration';
import { requestedAnnotation } from '../lib/annotation-link';

/**
 * The annotation this page was opened at (`#kantlijn=ID`, from "Nieuw voor u"), once it is shown,
 * so the sidebar opens at its card; given up for good as soon as the reader opens another one
 * (`focusId`), so it never pulls the sidebar back. An orphan opens too: its card says it was not
 * found in this version.
 */
export function useLinkedAnnotation(shown: ShownAnnotation[], focusId: string | null): string | null {
  const [wanted, setWanted] = useState(() => requestedAnnotation(window.location.hash));
  useEffect(() => {
    if (focusId && focusId !== wanted) setWanted(null);
  }, [focusId, wanted]);
  return wanted && shown.some((item) => item.annotation.id === wanted) ? wanted : null;
}
