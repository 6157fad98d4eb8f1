import { useId, useState, type FormEvent } from 'react';
import type { Annotation } from '../../../shared/schemas/annotation';
import type { Term } from '../../../shared/schemas/taxonomy';
import type { Messages } from '../i18n';
import { quoteOf, remarkOf, termIdsOf, type Thread } from './sidebar-model';

interface AnnotationCardProps {
  thread: Thread;
  terms: ReadonlyMap<string, Term>;
  pendingIds: ReadonlySet<string>;
  messages: Messages;
  onShow: (id: string) => void;
  onReply: (parentId: string, text: string) => Promise<boolean>;
  /** True for the signed-in user's own annotation, which they may edit and delete. */
  mine: boolean;
  onEdit: (id: string) => void;
  onDelete: (id: string) => void;
}

function Meta({ annotation, messages, pending }: { annotation: Annotation; messages: Messages; pending: boolean }) {
  const { creator } = annotation;
  return (
    <p className="meta">
      {creator.name} · {messages.roles[creator.role] ?? creator.role}
      {creator.organisation ? ` · ${creator.organisation}` : ''} · <time dateTime={annotation.created}>{annotation.created.slice(0, 10)}</time>
      {pending && <span className="badge badge--pending"> {messages.pendingBadge}</span>}
    </p>
  );
}

/** One annotation in the sidebar: passage, remark, links, answer, and its thread with a reply form. */
export function AnnotationCard({ thread, terms, pendingIds, messages, mine, onShow, onReply, onEdit, onDelete }: AnnotationCardProps) {
  const { annotation, status } = thread.shown;
  const [replying, setReplying] = useState(false);
  const [text, setText] = useState('');
  const replyId = useId();
  const linked = termIdsOf(annotation).flatMap((id) => terms.get(id) ?? []);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (text.trim() && (await onReply(annotation.id, text.trim()))) {
      setText('');
      setReplying(false);
    }
  };
  return (
    <article className="card" aria-label={quoteOf(annotation).slice(0, 80)} data-card-id={annotation.id} tabIndex={-1}>
      <blockquote className="quote">{quoteOf(annotation)}</blockquote>
      {annotation.kind && <span className={`badge badge--${annotation.kind}`}>{messages.kinds[annotation.kind] ?? annotation.kind}</span>}
      {linked.map((term) => (
        <span key={term.id} className="badge badge--term" title={term.label}>
          {term.code}
        </span>
      ))}
      {remarkOf(annotation) && <p className="remark">{remarkOf(annotation)}</p>}
      <Meta annotation={annotation} messages={messages} pending={pendingIds.has(annotation.id)} />
      {annotation.response && (
        <p className="response">
          <strong>
            {messages.responseLabel} ({messages.statuses[annotation.response.status] ?? annotation.response.status}):
          </strong>{' '}
          {annotation.response.text}
        </p>
      )}
      {thread.replies.length > 0 && (
        <ol className="replies">
          {thread.replies.map(({ annotation: reply, depth }) => (
            <li key={reply.id} style={{ marginLeft: `${(depth - 1) * 12}px` }}>
              <p className="remark">{remarkOf(reply)}</p>
              <Meta annotation={reply} messages={messages} pending={pendingIds.has(reply.id)} />
            </li>
          ))}
        </ol>
      )}
      <div className="card-actions">
        {status !== 'orphan' && (
          <button type="button" onClick={() => onShow(annotation.id)}>
            {messages.showInText}
          </button>
        )}
        <button type="button" aria-expanded={replying} onClick={() => setReplying(!replying)}>
          {messages.reply}
        </button>
        {mine && !pendingIds.has(annotation.id) && (
          <>
            <button type="button" onClick={() => onEdit(annotation.id)}>
              {messages.edit}
            </button>
            <button type="button" onClick={() => onDelete(annotation.id)}>
              {messages.remove}
            </button>
          </>
        )}
      </div>
      {replying && (
        <form className="reply-form" onSubmit={(event) => void submit(event)}>
          <label htmlFor={replyId}>{messages.replyLabel}</label>
          <textarea id={replyId} rows={2} value={text} onChange={(event) => setText(event.target.value)} />
          <button type="submit" className="primary">
            {messages.send}
          </button>
        </form>
      )}
    </article>
  );
}
