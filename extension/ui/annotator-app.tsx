import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Annotation, AnnotationInput } from '../../shared/schemas/annotation';
import type { Term } from '../../shared/schemas/taxonomy';
import type { DescribedSelection, DocumentIntegration, ShownAnnotation } from '../annotator/html-integration';
import { AnnotationEditor, type EditorResult } from './annotation-editor';
import { useAnnotatorHost } from './annotator-host-context';
import { defaultVisibility } from './default-visibility';
import { EditorDialog } from './editor-dialog';
import { highlightColour, highlightLabel } from './annotation-colour';
import { buildAnnotation, buildReply, editorFieldsOf } from './build-annotation';
import { fingerprintOfTarget, withFingerprint } from './document-identity';
import { quoteOf } from './sidebar/sidebar-model';
import { messagesFor } from './i18n';
import { outboxEntryFor, pendingAsAnnotation } from './pending-annotation';
import { saveErrorText } from './save-error-text';
import { Sidebar } from './sidebar/sidebar';
import { SelectionToolbar } from './selection-toolbar';
import { useDocumentAnnotations } from './use-document-annotations';
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
 * background, or the reader's own connection to the API).
 */
export function AnnotatorApp({ integration }: AnnotatorAppProps) {
  const host = useAnnotatorHost();
  const sendToBackground = host.send;
  const settings = useSettings(host);
  const language = settings?.language ?? 'nl';
  const messages = messagesFor(language);
  const { annotations, pendingIds, taxonomy, me, notice, setNotice, remember, forget } = useDocumentAnnotations(host, integration, settings, messages);
  const [shown, setShown] = useState<ShownAnnotation[]>([]);
  const [draft, setDraftState] = useState<DescribedSelection | null>(null);
  const app = useRef<HTMLDivElement>(null);
  const { remember: rememberFocus, restore: restoreFocus } = useReturnFocus(app);
  /** Opens (or closes) the editor, remembering where focus was so it can go back there. */
  const setDraft = useCallback((next: DescribedSelection | null) => {
    if (next) rememberFocus();
    setDraftState(next);
  }, [rememberFocus]);
  const [busy, setBusy] = useState(false);
  const [saveError, setSaveError] = useState<string | null>(null);
  const [editing, setEditing] = useState<{ annotation: Annotation; etag: string } | null>(null);
  const [conflict, setConflict] = useState(false);
  const selection = useSelection(integration, draft !== null);
  const describe = useCallback(() => integration.describeSelection(), [integration]);
  const focusId = usePageGestures({ selection, describe, editorOpen: draft !== null, openEditor: setDraft, messages });
  const termsById = useMemo(() => new Map<string, Term>((taxonomy?.terms ?? []).map((term) => [term.id, term])), [taxonomy]);

  // Pages that render late or change: anchor again when their content settles.
  const [pageVersion, setPageVersion] = useState(0);
  useEffect(() => integration.watchDocument(() => setPageVersion((version) => version + 1)), [integration]);

  useEffect(() => {
    const anchored = annotations.filter((annotation) => typeof annotation.target !== 'string');
    setShown(
      integration.showAnnotations(anchored, (annotation) => ({
        colour: highlightColour(annotation, termsById),
        label: highlightLabel(annotation, messages),
        hint: messages.openHint,
      })),
    );
  }, [annotations, integration, termsById, messages, pageVersion]);
  const orphanCount = shown.filter((item) => item.status === 'orphan').length;
  const { confirmation, confirm } = useSaveFeedback(integration, shown);

  /** Shows what the background answered to a create: the stored annotation, or the pending one. */
  const rememberCreated = (input: AnnotationInput, answer: { annotation: Annotation | null; pending: boolean }) =>
    remember(answer.annotation ?? pendingAsAnnotation(outboxEntryFor(input, integration.sourceUrl()), messages.you), answer.pending);

  const startEdit = async (id: string) => {
    const current = await sendToBackground('annotations:get', { id });
    if (!current.ok) {
      setNotice(saveErrorText(current.error, messages, language));
      return;
    }
    setSaveError(null);
    setConflict(false);
    rememberFocus();
    setEditing(current.value);
  };

  /** Saves an edit; on a conflict the text stays in the editor and the user may overwrite. */
  const saveEdit = async (result: EditorResult, overwrite = false) => {
    if (!editing || !settings) return;
    setBusy(true);
    let etag = editing.etag;
    if (overwrite) {
      const latest = await sendToBackground('annotations:get', { id: editing.annotation.id });
      if (latest.ok) etag = latest.value.etag;
    }
    const target = editing.annotation.target;
    const input = withFingerprint({
      ...buildAnnotation({
        id: editing.annotation.id.replace(/^urn:uuid:/, ''),
        source: typeof target === 'string' ? integration.sourceUrl() : target.source,
        selectors: typeof target === 'string' ? [] : target.selector,
        ...result,
        language: settings.language,
      }),
      id: editing.annotation.id,
      ...(typeof target === 'string' ? { target, motivation: 'replying' as const } : {}),
    }, fingerprintOfTarget(target));
    const saved = await sendToBackground('annotations:update', { id: editing.annotation.id, input, etag });
    setBusy(false);
    if (!saved.ok) {
      setConflict(saved.error.code === 'version_conflict');
      setSaveError(saveErrorText(saved.error, messages, language, result.remark));
      return;
    }
    remember(saved.value, false);
    setEditing(null);
    setConflict(false);
    confirm(result.remark.trim() ? messages.savedRemark : messages.savedHighlight);
    restoreFocus();
  };

  const remove = async (id: string) => {
    if (!window.confirm(messages.confirmDelete)) return;
    const removed = await sendToBackground('annotations:delete', { id });
    if (!removed.ok) setNotice(saveErrorText(removed.error, messages, language));
    else forget(id);
  };

  const reply = async (parentId: string, text: string): Promise<boolean> => {
    const input = buildReply({ id: crypto.randomUUID(), parentId, remark: text, language: settings?.language ?? 'nl' });
    const sent = await sendToBackground('annotations:create', { input, source: integration.sourceUrl() });
    if (!sent.ok) {
      setNotice(saveErrorText(sent.error, messages, language, text));
      return false;
    }
    rememberCreated(input, sent.value);
    return true;
  };

  const save = async (result: EditorResult, passage: DescribedSelection | null = draft) => {
    if (!passage || !settings) return;
    setBusy(true);
    setSaveError(null);
    const input = withFingerprint(buildAnnotation({
      id: crypto.randomUUID(),
      source: integration.sourceUrl(),
      selectors: passage.selectors,
      remark: result.remark,
      termIds: result.termIds,
      language: settings.language,
      kind: result.kind,
      visibility: result.visibility,
      tags: result.tags,
    }), integration.documentFingerprint?.());
    const saved = await sendToBackground('annotations:create', { input, source: integration.sourceUrl() });
    setBusy(false);
    if (!saved.ok) {
      setSaveError(saveErrorText(saved.error, messages, language, result.remark));
      if (!draft) setNotice(saveErrorText(saved.error, messages, language, result.remark));
      return;
    }
    rememberCreated(input, saved.value);
    setDraft(null);
    document.getSelection()?.removeAllRanges();
    const done = result.remark.trim() ? messages.savedRemark : messages.savedHighlight;
    confirm(saved.value.pending ? `${done}. ${messages.savedPending}` : done, input.id);
  };

  const cancelDraft = () => {
    setDraft(null);
    setSaveError(null);
    restoreFocus();
  };
  const cancelEdit = () => {
    setEditing(null);
    setSaveError(null);
    restoreFocus();
  };

  return (
    <div className="kantlijn" lang={language} ref={app}>
      {selection && !draft && (
        <SelectionToolbar
          rect={selection.rect}
          messages={messages}
          onAnnotate={() => setDraft(selection)}
          onHighlight={() => void save({ remark: '', termIds: [], kind: null, visibility: defaultVisibility(''), tags: [] }, selection)}
        />
      )}
      {draft && (
        <EditorDialog title={messages.annotate} onClose={cancelDraft}>
          <AnnotationEditor
            quote={draft.quote}
            terms={taxonomy?.terms ?? []}
            messages={messages}
            busy={busy}
            error={saveError}
            language={language}
            onSave={(result) => void save(result)}
            onCancel={cancelDraft}
          />
        </EditorDialog>
      )}
      <Sidebar
        shown={shown}
        annotations={annotations}
        terms={taxonomy?.terms ?? []}
        pendingIds={pendingIds}
        me={me}
        messages={messages}
        language={settings?.language ?? 'nl'}
        onShow={(id) => integration.focusAnnotation(id)}
        onReply={reply}
        onEdit={(id) => void startEdit(id)}
        onDelete={(id) => void remove(id)}
        focusId={focusId}
      />
      {editing && (
        <EditorDialog title={messages.edit} onClose={cancelEdit}>
          <AnnotationEditor
            quote={quoteOf(editing.annotation)}
            terms={taxonomy?.terms ?? []}
            messages={messages}
            busy={busy}
            error={saveError}
            initial={editorFieldsOf(editing.annotation)}
            // After a conflict the message asks; saving again then overwrites with the user's text.
            language={language}
            onSave={(result) => void saveEdit(result, conflict)}
            onCancel={cancelEdit}
          />
        </EditorDialog>
      )}
      {confirmation && (
        <p className="confirmation" aria-hidden="true">
          {confirmation}
        </p>
      )}
      {(notice || orphanCount > 0 || pendingIds.size > 0) && !draft && (
        <p className="status" role="status">
          {[notice, orphanCount > 0 ? messages.orphans(orphanCount) : null, pendingIds.size > 0 ? messages.pending(pendingIds.size) : null]
            .filter(Boolean)
            .join(' ')}
        </p>
      )}
    </div>
  );
}
