import { useCallback, useMemo, useRef } from 'react';
import type { Term } from '../../shared/schemas/taxonomy';
import type { DocumentIntegration } from '../annotator/document-integration';
import { useAnnotatorHost } from './annotator-host-context';
import { AnnotatorView } from './annotator-view';
import { messagesFor } from './i18n';
import { useAnchorReports } from './use-anchor-reports';
import { useAnnotationCommands } from './use-annotation-commands';
import { useDocumentAnnotations } from './use-document-annotations';
import { useHighlightedAnnotations } from './use-highlighted-annotations';
import { useLinkedAnnotation } from './use-linked-annotation';
import { usePageGestures } from './use-page-gestures';
import { useReturnFocus } from './use-return-focus';
import { useSaveFeedback } from './use-save-feedback';
import { useSelection } from './use-selection';
import { useSettings } from './use-settings';

interface AnnotatorAppProps {
  integration: DocumentIntegration;
}

/**
 * Kantlijn in the page: loads the document's annotations and shows them as highlights, offers
 * "Annoteren" on a selection, and saves what the user writes through its host (the extension's
 * background, or the reader's own connection to the API in the browser). The state
 * lives in hooks (`useDocumentAnnotations`, `useHighlightedAnnotations`), what the person can do
 * in `useAnnotationCommands`, and what is shown in `AnnotatorView`.
 */
export function AnnotatorApp({ integration }: AnnotatorAppProps) {
  const host = useAnnotatorHost();
  const settings = useSettings(host);
  const language = settings?.language ?? 'nl';
  const messages = messagesFor(language);
  const documentAnnotations = useDocumentAnnotations(host, integration, settings, messages);
  const { annotations, taxonomy } = documentAnnotations;
  const termsById = useMemo(() => new Map<string, Term>((taxonomy?.terms ?? []).map((term) => [term.id, term])), [taxonomy]);
  const shown = useHighlightedAnnotations(integration, annotations, termsById, messages);
  useAnchorReports(integration.sourceUrl(), shown, documentAnnotations.pendingIds, Boolean(settings?.token));
  const { confirmation, confirm } = useSaveFeedback(integration, shown);
  const app = useRef<HTMLDivElement>(null);
  const returnFocus = useReturnFocus(app);
  const commands = useAnnotationCommands({ host, integration, settings, messages, language, documentAnnotations, returnFocus, confirm });
  const editorOpen = commands.draft !== null;
  const selection = useSelection(integration, editorOpen);
  const describe = useCallback(() => integration.describeSelection(), [integration]);
  const focusId = usePageGestures({ selection, describe, editorOpen, openEditor: commands.setDraft, messages });
  // Opened from "Nieuw voor u" (`#kantlijn=ID`): the sidebar opens at that remark once it is shown.
  const linkedId = useLinkedAnnotation(shown, focusId);

  return (
    <AnnotatorView
      appRef={app}
      language={language}
      messages={messages}
      terms={taxonomy?.terms ?? []}
      annotations={annotations}
      shown={shown}
      pendingIds={documentAnnotations.pendingIds}
      me={documentAnnotations.me}
      notice={documentAnnotations.notice}
      selection={selection}
      focusId={focusId ?? linkedId}
      confirmation={confirmation}
      commands={commands}
      onShow={(id) => integration.focusAnnotation(id)}
      onSearch={(q) => host.send('annotations:search', { source: integration.sourceUrl(), q })}
    />
  );
}
