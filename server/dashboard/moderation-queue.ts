import type { Role } from '../../shared/schemas/roles';
import type { AnnotationRecord } from '../db/annotation-row';
import type { User } from '../db/users-repository';
import type { DigestKind } from '../services/digest/digest-model';
import { remarkText } from '../services/digest/digest-remarks';
import type { ServiceContext } from '../services/service-context';

/** One annotation as the moderation queue shows it. */
export interface QueueItem {
  uuid: string;
  source: string;
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
const PAGE = 1000;

function toItem(record: AnnotationRecord, nameOf: (id: string) => string): QueueItem {
  const target = typeof record.target === 'string' ? null : record.target;
  const quote = target?.selector.find((selector) => selector.type === 'TextQuoteSelector');
  return {
    uuid: record.uuid,
    source: record.source,
    quote: quote ? quote.exact : null,
    text: remarkText(record.body),
    kind: record.kind ?? 'none',
    isReply: record.parentUuid !== null,
    created: record.created,
    author: { name: record.author.name, role: record.author.role, organisation: record.author.organisation },
    hidden: record.hidden ? { at: record.hidden.at, reason: record.hidden.reason, byName: nameOf(record.hidden.by) } : null,
  };
}

/**
 * Walks the annotations the secretariat may see (its own view: shared ones, hidden ones included)
 * in pages, keeping the newest shared ones and all hidden ones. The repository lists oldest first,
 * so the walk reads everything once; for the few thousand remarks of a review year that is cheap,
 * and it needs no new query in the repository.
 */
export function loadModerationQueue(context: ServiceContext, moderator: User): ModerationQueue {
  const names = new Map<string, string>();
  const nameOf = (id: string): string => {
    if (!names.has(id)) names.set(id, context.db.users.findById(id)?.name ?? 'onbekend');
    return names.get(id)!;
  };
  const recent: AnnotationRecord[] = [];
  const hidden: AnnotationRecord[] = [];
  let after: { created: string; seq: number } | undefined;
  for (;;) {
    const page = context.db.annotations.list({ limit: PAGE, ...(after ? { after } : {}) }, moderator);
    for (const record of page) {
      // Private notes are nobody's business, tombstones have nothing left to moderate.
      if (record.deletedAt !== null || record.visibility === 'private') continue;
      if (record.hidden) {
        if (hidden.length < HIDDEN_LIMIT) hidden.push(record);
      } else {
        recent.push(record);
        if (recent.length > RECENT_LIMIT) recent.shift();
      }
    }
    const last = page.at(-1);
    if (page.length < PAGE || !last) break;
    after = { created: last.created, seq: last.seq };
  }
  return {
    recent: recent.reverse().map((record) => toItem(record, nameOf)),
    hidden: hidden.reverse().map((record) => toItem(record, nameOf)),
  };
}
