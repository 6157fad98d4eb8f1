import { useEffect, useMemo, useState } from 'react';
import type { Annotation, AnnotationInput } from '../../shared/schemas/annotation';
import type { Term } from '../../shared/schemas/taxonomy';
import type { DescribedSelection, DocumentIntegration, ShownAnnotation } from '../annotator/html-integration';
import { sendToBackground } from '../lib/messaging';
import { AnnotationEditor, type EditorResult } from './annotation-editor';
import { highlightColour, highlightLabel } from './annotation-colour';
import { buildAnnotation, buildReply, editorFieldsOf } from './build-annotation';
import { fingerprintOfTarget, withFingerprint } from './document-identity';
import { quoteOf } from './sidebar/sidebar-model';
import { messagesFor } from './i18n';
import { outboxEntryFor, pendingAsAnnotation } from './pending-annotation';
import { Sidebar } from './sidebar/sidebar';
import { SelectionToolbar } from './selection-toolbar';
import { useDocumentAnnotations } from './use-document-annotations';
import { usePageGestures } from './use-page-gestures';
import { useSelection } from './use-selection';
import { useSettings } from './use-settings';

interface AnnotatorAppProps {
  integration: DocumentIntegration;
}

/**
 * Kantlijn in the page: loads the document's annotations and shows them as highlights, offers
 * "Annoteren" on a selection, and saves what the user writes through the background.
 */
export function AnnotatorApp({ integration }: AnnotatorAppProps) {
  const settings = useSettings();
  const messages = messagesFor(settings?.language ?? 'nl');
  const { annotations, pendingIds, taxonomy, me, notice, setNotice, remember, forget } = useDocumentAnnotations(integration, settings, messages);
  const [shown, setShown] = useState<ShownAnnotation[]>([]);
  const [draft, setDraft] = useState<DescribedSelection | null>(null);
  const [busy, setBusy] = useState(false);
  const [saveError, setSaveError] = useState<string | null>(null);
  const [editing, setEditing] = useState<{ annotation: Annotation; etag: string } | null>(null);
  const [conflict, setConflict] = useState(false);
  const selection = useSelection(integration, draft !== null);
  const focusId = usePageGestures(selection, draft !== null, setDraft);
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
      })),
    );
  }, [annotations, integration, termsById, messages, pageVersion]);
  const orphanCount = shown.filter((item) => item.status === 'orphan').length;

  /** Shows what the background answered to a create: the stored annotation, or the pending one. */
  const rememberCreated = (input: AnnotationInput, answer: { annotation: Annotation | null; pending: boolean }) =>
    remember(answer.annotation ?? pendingAsAnnotation(outboxEntryFor(input, integration.sourceUrl()), messages.you), answer.pending);

  const startEdit = async (id: string) => {
    const current = await sendToBackground('annotations:get', { id });
    if (!current.ok) {
      setNotice(`${messages.saveFailed}: ${current.error.message}`);
      return;
    }
    setSaveError(null);
    setConflict(false);
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
      setSaveError(saved.error.code === 'version_conflict' ? messages.conflict : `${messages.saveFailed}: ${saved.error.message}`);
      return;
    }
    remember(saved.value, false);
    setEditing(null);
    setConflict(false);
  };

  const remove = async (id: string) => {
    if (!window.confirm(messages.confirmDelete)) return;
    const removed = await sendToBackground('annotations:delete', { id });
    if (!removed.ok) setNotice(`${messages.saveFailed}: ${removed.error.message}`);
    else forget(id);
  };

  const reply = async (parentId: string, text: string): Promise<boolean> => {
    const input = buildReply({ id: crypto.randomUUID(), parentId, remark: text, language: settings?.language ?? 'nl' });
    const sent = await sendToBackground('annotations:create', { input, source: integration.sourceUrl() });
    if (!sent.ok) {
      setNotice(`${messages.saveFailed}: ${sent.error.message}`);
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
      setSaveError(`${messages.saveFailed}: ${saved.error.message}`);
      if (!draft) setNotice(`${messages.saveFailed}: ${saved.error.message}`);
      return;
    }
    rememberCreated(input, saved.value);
    setDraft(null);
    document.getSelection()?.removeAllRanges();
  };

  return (
    <div className="kantlijn" lang={settings?.language ?? 'nl'}>
      {selection && !draft && (
        <SelectionToolbar
          rect={selection.rect}
          messages={messages}
          onAnnotate={() => setDraft(selection)}
          onHighlight={() => void save({ remark: '', termIds: [], kind: null, visibility: 'round', tags: [] }, selection)}
        />
      )}
      {draft && (
        <div className="panel" role="dialog" aria-label={messages.annotate}>
          <AnnotationEditor
            quote={draft.quote}
            terms={taxonomy?.terms ?? []}
            messages={messages}
            busy={busy}
            error={saveError}
            onSave={(result) => void save(result)}
            onCancel={() => {
              setDraft(null);
              setSaveError(null);
            }}
          />
        </div>
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
        <div className="panel" role="dialog" aria-label={messages.edit}>
          <AnnotationEditor
            quote={quoteOf(editing.annotation)}
            terms={taxonomy?.terms ?? []}
            messages={messages}
            busy={busy}
            error={saveError}
            initial={editorFieldsOf(editing.annotation)}
            // After a conflict the message asks; saving again then overwrites with the user's text.
            onSave={(result) => void saveEdit(result, conflict)}
            onCancel={() => {
              setEditing(null);
              setSaveError(null);
            }}
          />
        </div>
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
