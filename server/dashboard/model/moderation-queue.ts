import type { Role } from '../../../shared/schemas/roles';
import type { AnnotationRecord } from '../../db/annotation-row';
import type { User } from '../../db/users-repository';
import type { DigestKind } from '../../services/digest/model/digest-model';
import { remarkText } from '../../../shared/schemas/annotation-bodies';
import { documentName } from '../../../shared/urls/document-name';
import { documentTitleLookup, type DocumentTitleLookup } from '../../services/document-titles';
import type { ServiceContext } from '../../services/service-context';

/** One annotation as the moderation queue shows it. */
export interface QueueItem {
  uuid: string;
  source: string;
  /** How the document is named to people (`documentName`): its registered title, or its short address. */
  document: string;
  quote: string | null;
  text: string;
  kind: DigestKind;
  isReply: boolean;
  created: string;
  author: { name: string; role: Role; organisation: string };
  hidden: { at: string; reason: string; byName: string } | null;
}

/** The queue: the newest shared annotations, and every hidden one. */
export interface ModerationQueue {
  recent: QueueItem[];
  hidden: QueueItem[];
}

/** How many recent annotations the queue shows, and at most how many hidden ones. */
export const RECENT_LIMIT = 100;
const HIDDEN_LIMIT = 500;

function toItem(record: AnnotationRecord, nameOf: (id: string) => string, titleOf: DocumentTitleLookup): QueueItem {
  const target = typeof record.target === 'string' ? null : record.target;
  const quote = target?.selector.find((selector) => selector.type === 'TextQuoteSelector');
  return {
    uuid: record.uuid,
    source: record.source,
    document: documentName(record.source, titleOf(record.source)),
    quote: quote ? quote.exact : null,
    text: remarkText(record.body),
    kind: record.kind ?? 'none',
    isReply: record.parentUuid !== null,
    created: record.created,
    author: { name: record.author.name, role: record.author.role, organisation: record.author.organisation },
    hidden: record.hidden ? { at: record.hidden.at, reason: record.hidden.reason, byName: nameOf(record.hidden.by) } : null,
  };
}

/** The newest shared annotations and the newest hidden ones, read by two bounded queries. */
export function loadModerationQueue(context: ServiceContext, moderator: User): ModerationQueue {
  const names = new Map<string, string>();
  const nameOf = (id: string): string => {
    if (!names.has(id)) names.set(id, context.db.users.findById(id)?.name ?? 'onbekend');
    return names.get(id)!;
  };
  const titleOf = documentTitleLookup(context);
  const list = (hidden: boolean, limit: number) =>
    context.db.annotations.listForModeration({ hidden, limit }, moderator).map((record) => toItem(record, nameOf, titleOf));
  return { recent: list(false, RECENT_LIMIT), hidden: list(true, HIDDEN_LIMIT) };
}
