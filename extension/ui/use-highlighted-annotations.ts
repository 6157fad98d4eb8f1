import { useEffect, useState } from 'react';
import type { Annotation } from '../../shared/schemas/annotation';
import type { Term } from '../../shared/schemas/taxonomy';
import type { DocumentIntegration, ShownAnnotation } from '../annotator/document-integration';
import { highlightColour, highlightLabel } from './annotation-colour';
import type { Messages } from './i18n';

/**
 * Shows the document's annotations (not replies) as highlights, again whenever they, the
 * vocabulary or the language change, and when the page's own content settles after a change (a
 * report that renders late). Returns how each one fared, for the sidebar; on a long page that
 * list grows while the integration anchors in the background.
 */
export function useHighlightedAnnotations(
  integration: DocumentIntegration,
  annotations: readonly Annotation[],
  termsById: ReadonlyMap<string, Term>,
  messages: Messages,
): ShownAnnotation[] {
  const [shown, setShown] = useState<ShownAnnotation[]>([]);
  const [pageVersion, setPageVersion] = useState(0);
  useEffect(() => integration.watchDocument(() => setPageVersion((version) => version + 1)), [integration]);

  useEffect(() => {
    const anchored = annotations.filter((annotation) => typeof annotation.target !== 'string');
    const styleOf = (annotation: Annotation) => ({
      colour: highlightColour(annotation, termsById),
      label: highlightLabel(annotation, messages),
      hint: messages.openHint,
    });
    setShown(integration.showAnnotations(anchored, styleOf, setShown));
  }, [annotations, integration, termsById, messages, pageVersion]);
  return shown;
}
