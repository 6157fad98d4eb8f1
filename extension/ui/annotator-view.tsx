import type { RefObject } from 'react';
import type { Annotation } from '../../shared/schemas/annotation';
import type { Term } from '../../shared/schemas/taxonomy';
import type { DescribedSelection, ShownAnnotation } from '../annotator/document-integration';
import { AnnotationEditor } from './annotation-editor';
import { editorFieldsOf } from './build-annotation';
import { defaultVisibility } from './default-visibility';
import { EditorDialog } from './editor-dialog';
import type { Language, Messages } from './i18n';
import { SelectionToolbar } from './selection-toolbar';
import { quoteOf } from './sidebar/sidebar-model';
import { Sidebar } from './sidebar/sidebar';
import type { SearchResults } from '../lib/api-client';
import type { Result } from '../lib/result';
import type { AnnotationCommands } from './use-annotation-commands';

/** Everything the in-page UI shows, already worked out by `AnnotatorApp`. */
export interface AnnotatorViewProps {
  appRef: RefObject<HTMLDivElement | null>;
  language: Language;
  messages: Messages;
  terms: readonly Term[];
  annotations: readonly Annotation[];
  shown: readonly ShownAnnotation[];
  pendingIds: ReadonlySet<string>;
  me: string | null;
  notice: string | null;
  /** The selection the toolbar offers to annotate, or `null`. */
  selection: DescribedSelection | null;
  /** The annotation the sidebar should move focus to, from a click or Enter on its highlight. */
  focusId: string | null;
  confirmation: string | null;
  commands: AnnotationCommands;
  onShow: (id: string) => void;
  /** Searches this document's remarks on the server. */
  onSearch: (q: string) => Promise<Result<SearchResults>>;
}

/** The line under the page: a problem, passages not found, remarks still waiting to be sent. */
function statusText(notice: string | null, orphanCount: number, pendingCount: number, messages: Messages): string {
  return [notice, orphanCount > 0 ? messages.orphans(orphanCount) : null, pendingCount > 0 ? messages.pending(pendingCount) : null].filter(Boolean).join(' ');
}

/** The in-page UI: selection toolbar, the two editors (new and edit), the sidebar and the status lines. */
export function AnnotatorView(props: AnnotatorViewProps) {
  const { language, messages, terms, selection, commands } = props;
  const { draft, editing } = commands;
  const orphanCount = props.shown.filter((item) => item.status === 'orphan').length;
  return (
    <div className="kantlijn" lang={language} ref={props.appRef}>
      {selection && !draft && (
        <SelectionToolbar
          rect={selection.rect}
          messages={messages}
          onAnnotate={() => commands.setDraft(selection)}
          onHighlight={() => void commands.save({ remark: '', termIds: [], kind: null, visibility: defaultVisibility(''), tags: [] }, selection)}
        />
      )}
      {draft && (
        <EditorDialog title={messages.annotate} onClose={commands.cancelDraft}>
          <AnnotationEditor
            quote={draft.quote}
            terms={terms}
            messages={messages}
            busy={commands.busy}
            error={commands.saveError}
            language={language}
            onSave={(result) => void commands.save(result)}
            onCancel={commands.cancelDraft}
          />
        </EditorDialog>
      )}
      <Sidebar
        shown={props.shown}
        annotations={props.annotations}
        terms={terms}
        pendingIds={props.pendingIds}
        me={props.me}
        messages={messages}
        language={language}
        onShow={props.onShow}
        onReply={commands.reply}
        onEdit={(id) => void commands.startEdit(id)}
        onDelete={(id) => void commands.remove(id)}
        onSearch={props.onSearch}
        focusId={props.focusId}
      />
      {editing && (
        <EditorDialog title={messages.edit} onClose={commands.cancelEdit}>
          <AnnotationEditor
            quote={quoteOf(editing.annotation)}
            terms={terms}
            messages={messages}
            busy={commands.busy}
            error={commands.saveError}
            initial={editorFieldsOf(editing.annotation)}
            // After a conflict the message asks; saving again then overwrites with the user's text.
            language={language}
            onSave={(result) => void commands.saveEdit(result, commands.conflict)}
            onCancel={commands.cancelEdit}
          />
        </EditorDialog>
      )}
      {props.confirmation && (
        <p className="confirmation" aria-hidden="true">
          {props.confirmation}
        </p>
      )}
      {(props.notice || orphanCount > 0 || props.pendingIds.size > 0) && !draft && (
        <p className="status" role="status">
          {statusText(props.notice, orphanCount, props.pendingIds.size, messages)}
        </p>
      )}
    </div>
  );
}
