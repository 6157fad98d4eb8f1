import type { Annotation } from '../../../shared/schemas/annotation';
import type { Language, Messages } from '../i18n';
import { formatDateTime } from './format-date';

interface CardMetaProps {
  annotation: Annotation;
  messages: Messages;
  language: Language;
  pending: boolean;
  /** The signed-in user's own words: named "Uw opmerking"/"Uw reactie" instead of by name. */
  own: 'remark' | 'reply' | null;
}

/**
 * Who wrote it and when: name (or "Uw opmerking"), role in words, organisation, and the date and
 * time as the reader writes them. Each part keeps together; long names wrap, the date never splits.
 */
export function CardMeta({ annotation, messages, language, pending, own }: CardMetaProps) {
  const { creator } = annotation;
  const author = own === 'remark' ? messages.yourRemark : own === 'reply' ? messages.yourReply : creator.name;
  return (
    <p className="meta">
      <span className="meta-part meta-author">{author}</span>
      <span className="meta-part">{messages.roles[creator.role] ?? creator.role}</span>
      {creator.organisation && <span className="meta-part meta-organisation">{creator.organisation}</span>}
      <time className="meta-part meta-date" dateTime={annotation.created}>
        {formatDateTime(annotation.created, language)}
      </time>
      {pending && <span className="badge badge--pending">{messages.pendingBadge}</span>}
    </p>
  );
}
