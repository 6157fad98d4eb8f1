import { useEffect, useState } from 'react';
import type { ShownAnnotation } from '../annotator/document-integration';
import { requestedAnnotation } from '../lib/annotation-link';
import { sameAnnotation } from '../../shared/w3c/read-annotation';

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
  // A link may name it by its urn:uuid (older links) or by the IRI it is shown under.
  return (wanted && shown.find((item) => sameAnnotation(item.annotation.id, wanted))?.annotation.id) ?? null;
}
