import { useId, useState, type FormEvent } from 'react';
import type { Term } from '../../shared/schemas/taxonomy';
import type { Messages } from './i18n';
import { TermPicker } from './term-picker';

/** What the editor hands back on save. */
export interface EditorResult {
  remark: string;
  termIds: string[];
}

interface AnnotationEditorProps {
  quote: string;
  terms: readonly Term[];
  messages: Messages;
  busy: boolean;
  error: string | null;
  onSave: (result: EditorResult) => void;
  onCancel: () => void;
}

/** The form for a new annotation: the passage, a remark, term links, save and cancel. */
export function AnnotationEditor({ quote, terms, messages, busy, error, onSave, onCancel }: AnnotationEditorProps) {
  const [remark, setRemark] = useState('');
  const [termIds, setTermIds] = useState<ReadonlySet<string>>(new Set());
  const remarkId = useId();
  const toggle = (termId: string) =>
    setTermIds((current) => {
      const next = new Set(current);
      if (!next.delete(termId)) next.add(termId);
      return next;
    });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSave({ remark, termIds: [...termIds] });
  };
  return (
    <form className="editor" onSubmit={submit} aria-busy={busy}>
      <blockquote className="quote" aria-label={messages.selectedPassage}>
        {quote.length > 300 ? `${quote.slice(0, 300)}…` : quote}
      </blockquote>
      <label htmlFor={remarkId}>{messages.comment}</label>
      <textarea id={remarkId} value={remark} onChange={(event) => setRemark(event.target.value)} rows={4} autoFocus />
      <TermPicker terms={terms} selected={termIds} onToggle={toggle} messages={messages} />
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      <div className="actions">
        <button type="button" onClick={onCancel} disabled={busy}>
          {messages.cancel}
        </button>
        <button type="submit" className="primary" disabled={busy}>
          {busy ? messages.saving : messages.save}
        </button>
      </div>
    </form>
  );
}
