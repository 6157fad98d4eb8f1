import { useCallback, useState } from 'react';
import type { Annotation, AnnotationInput } from '../../shared/schemas/annotation';
import type { DescribedSelection, DocumentIntegration } from '../annotator/document-integration';
import type { AnnotatorHost } from '../lib/annotator-host';
import type { Settings } from '../lib/settings';
import type { EditorResult } from './annotation-editor';
import { buildAnnotation, buildReply } from './build-annotation';
import { fingerprintOfTarget, withFingerprint } from './document-identity';
import type { Language, Messages } from './i18n';
import { outboxEntryFor, pendingAsAnnotation } from './pending-annotation';
import { saveErrorText } from './save-error-text';
import type { DocumentAnnotations } from './use-document-annotations';
import type { ReturnFocus } from './use-return-focus';
import { annotationUuid } from '../../shared/w3c/iris';

/** What the commands work with: the document, the person's settings and how the page answers. */
export interface CommandContext {
  /** Where requests go: the extension's background, or the reader's API connection. */
  host: AnnotatorHost;
  integration: DocumentIntegration;
  settings: Settings | null;
  messages: Messages;
  language: Language;
  documentAnnotations: Pick<DocumentAnnotations, 'remember' | 'forget' | 'setNotice'>;
  returnFocus: ReturnFocus;
  /** Says that something was saved, and moves focus to its highlight when an id is given. */
  confirm: (text: string, focusId?: string) => void;
}

/** The editors' state and what the person can do with annotations in the page. */
export interface AnnotationCommands {
  /** The passage the new-annotation editor is open on, or `null`. */
  draft: DescribedSelection | null;
  /** Opens (or closes) the new-annotation editor, remembering where focus was. */
  setDraft: (next: DescribedSelection | null) => void;
  /** The annotation the edit dialog is open on, with the version it started from. */
  editing: { annotation: Annotation; etag: string } | null;
  busy: boolean;
  saveError: string | null;
  /** The last save of an edit met a newer version: saving again overwrites it. */
  conflict: boolean;
  save: (result: EditorResult, passage?: DescribedSelection | null) => Promise<void>;
  startEdit: (id: string) => Promise<void>;
  saveEdit: (result: EditorResult, overwrite?: boolean) => Promise<void>;
  remove: (id: string) => Promise<void>;
  reply: (parentId: string, text: string) => Promise<boolean>;
  cancelDraft: () => void;
  cancelEdit: () => void;
}

/** Creating, editing, deleting and replying, each through the host; failures say what to do next. */
export function useAnnotationCommands(context: CommandContext): AnnotationCommands {
  const { host, integration, settings, messages, language, documentAnnotations, returnFocus, confirm } = context;
  const sendToBackground = host.send;
  const { remember, forget, setNotice } = documentAnnotations;
  const { remember: rememberFocus, restore: restoreFocus } = returnFocus;
  const [draft, setDraftState] = useState<DescribedSelection | null>(null);
  const setDraft = useCallback((next: DescribedSelection | null) => {
    if (next) rememberFocus();
    setDraftState(next);
  }, [rememberFocus]);
  const [busy, setBusy] = useState(false);
  const [saveError, setSaveError] = useState<string | null>(null);
  const [editing, setEditing] = useState<{ annotation: Annotation; etag: string } | null>(null);
  const [conflict, setConflict] = useState(false);

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
        id: annotationUuid(editing.annotation.id) ?? editing.annotation.id,
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

  return { draft, setDraft, editing, busy, saveError, conflict, save, startEdit, saveEdit, remove, reply, cancelDraft, cancelEdit };
}
