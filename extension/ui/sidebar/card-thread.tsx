import type { Annotation } from '../../../shared/schemas/annotation';
import { plural } from '../../../shared/i18n/plural';
import type { CardContext } from './annotation-card';
import { CardMeta } from './card-meta';
import { FoldedParagraph } from './folded-text';
import { remarkOf } from '../../../shared/schemas/annotation-bodies';
import type { Thread } from './sidebar-model';

/** SVMN's answer to a remark, with its status in words; a long answer folds like a remark. */
export function ResponseBox({ response, context }: { response: NonNullable<Annotation['response']>; context: CardContext }) {
  const { messages } = context;
  return (
    <div className="response">
      <p className="response-label">
        {messages.responseLabel} ({messages.statuses[response.status] ?? response.status})
      </p>
      <FoldedParagraph text={response.text} className="response-text" messages={messages} />
    </div>
  );
}

/** The replies of a thread in the order written, nested ones indented (at most three steps, to keep the width). */
export function Replies({ replies, context }: { replies: Thread['replies']; context: CardContext }) {
  const { messages, language, pendingIds, meCreator } = context;
  if (replies.length === 0) return null;
  return (
    <ol className="replies" aria-label={plural(language, replies.length, messages.replyCount)}>
      {replies.map(({ annotation: reply, depth }) => (
        <li key={reply.id} style={{ marginInlineStart: `${Math.min(depth - 1, 3) * 10}px` }}>
          <FoldedParagraph text={remarkOf(reply.body)} className="remark" messages={messages} />
          <CardMeta
            annotation={reply}
            messages={messages}
            language={language}
            pending={pendingIds.has(reply.id)}
            own={reply.creator.id === meCreator || pendingIds.has(reply.id) ? 'reply' : null}
          />
        </li>
      ))}
    </ol>
  );
}
