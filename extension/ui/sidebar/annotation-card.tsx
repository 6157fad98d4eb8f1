import { useRef, useState } from 'react';
import type { Term } from '../../../shared/schemas/taxonomy';
import { useAnnounce } from '../announcer';
import type { Language, Messages } from '../i18n';
import { CardMeta } from './card-meta';
import { Replies, ResponseBox } from './card-thread';
import { FoldedParagraph } from './folded-text';
import { Icon } from './icons';
import { ReplyForm } from './reply-form';
import { remarkOf, termIdsOf } from '../../../shared/schemas/annotation-bodies';
import { quoteOf, type Thread } from './sidebar-model';
import { TermChips } from './term-chips';

/** What a card needs besides its thread: the texts, and what the reader may do with it. */
export interface CardContext {
  terms: ReadonlyMap<string, Term>;
  pendingIds: ReadonlySet<string>;
  messages: Messages;
  language: Language;
  /** The signed-in user's creator id (`urn:kantlijn:user:…`), to tell their own words (waiting ones are always theirs). */
  meCreator: string;
  onShow: (id: string) => void;
  onReply: (parentId: string, text: string) => Promise<boolean>;
  onEdit: (id: string) => void;
  onDelete: (id: string) => void;
}

interface AnnotationCardProps {
  thread: Thread;
  context: CardContext;
  /** The card of the highlight just clicked: shown marked (and announced as current). */
  marked: boolean;
}

/**
 * One remark in the sidebar: passage, kind and linked terms, the remark (folded when long), who and
 * when, SVMN's answer, the replies, and its actions. The reply box sits right after "Reageren" in
 * the tab order; the owner's Bewerken and Verwijderen come after it.
 */
export function AnnotationCard({ thread, context, marked }: AnnotationCardProps) {
  const { annotation, status } = thread.shown;
  const { messages, language, pendingIds, meCreator } = context;
  const announce = useAnnounce();
  const [replying, setReplying] = useState(false);
  const replyButton = useRef<HTMLButtonElement | null>(null);
  const mine = annotation.creator.id === meCreator;
  const pending = pendingIds.has(annotation.id);
  const linked = termIdsOf(annotation.body).flatMap((id) => context.terms.get(id) ?? []);
  const remark = remarkOf(annotation.body);
  const replyDone = (sent: boolean) => {
    setReplying(false);
    replyButton.current?.focus();
    if (sent) announce(messages.replySent);
  };
  return (
    <article className={marked ? 'card card--marked' : 'card'} aria-label={quoteOf(annotation).slice(0, 80)} aria-current={marked ? 'true' : undefined} data-card-id={annotation.id} tabIndex={-1}>
      <blockquote className="quote">{quoteOf(annotation)}</blockquote>
      {annotation.kind && <span className={`badge badge--${annotation.kind}`}>{messages.kinds[annotation.kind] ?? annotation.kind}</span>}
      <TermChips terms={linked} messages={messages} />
      {remark && <FoldedParagraph text={remark} className="remark" messages={messages} />}
      <CardMeta annotation={annotation} messages={messages} language={language} pending={pending} own={mine || pending ? 'remark' : null} />
      {annotation.response && <ResponseBox response={annotation.response} context={context} />}
      <Replies replies={thread.replies} context={context} />
      <div className="card-actions">
        {status !== 'orphan' && (
          <button type="button" onClick={() => context.onShow(annotation.id)}>
            <Icon name="show" />
            {messages.showInText}
          </button>
        )}
        <button type="button" ref={replyButton} aria-expanded={replying} onClick={() => setReplying(!replying)}>
          <Icon name="reply" />
          {messages.reply}
        </button>
      </div>
      {replying && <ReplyForm messages={messages} onSend={(text) => context.onReply(annotation.id, text)} onDone={replyDone} />}
      {mine && !pending && (
        <div className="card-actions card-actions--own">
          <button type="button" onClick={() => context.onEdit(annotation.id)}>
            <Icon name="edit" />
            {messages.edit}
          </button>
          <button type="button" onClick={() => context.onDelete(annotation.id)}>
            <Icon name="remove" />
            {messages.remove}
          </button>
        </div>
      )}
    </article>
  );
}
