import { Hono } from 'hono';
import { streamSSE, type SSEStreamingApi } from 'hono/streaming';
import { z } from 'zod';
import type { AnnotationRecord } from '../db/annotation-row';
import type { User } from '../db/users-repository';
import { documentAddresses } from '../services/document-addresses';
import type { AppEnv } from '../http/app-env';
import { ApiFailure } from '../http/api-failure';
import { parseOrFail } from '../http/validate';
import { isVisibleTo } from '../services/annotation-access';
import { toAnnotationJson } from '../services/annotation-view';
import { annotationIri } from '../../shared/w3c/iris';
import { publicOrigin } from '../http/public-origin';
import type { AnnotationChange } from '../services/event-bus';
import { MAX_STREAMS_PER_USER, type StreamRefusal } from '../services/live-streams';
import { unreadNotifications } from '../services/notifications-service';
import type { ServiceContext } from '../services/service-context';

const sourcesSchema = z.array(z.string().min(1).max(2048)).min(1).max(50);

/** Seconds between keep-alive comments, below common proxy idle time-outs. */
const HEARTBEAT_MS = 20_000;

type Message = { event: string; data: string };

const REFUSALS: Record<StreamRefusal, string> = {
  'per-user': `U hebt al ${MAX_STREAMS_PER_USER} live-verbindingen open. Sluit tabbladen die u niet gebruikt en probeer het opnieuw.`,
  total: 'De server heeft nu te veel live-verbindingen open. Probeer het over een minuut opnieuw.',
};

/** What `change` means for `user` watching `sources`: a message, or nothing for them. */
function messageFor(change: AnnotationChange, sources: Set<string>, user: User, base: string): Message | null {
  const seen = (record: AnnotationRecord | null) => record !== null && sources.has(record.source) && isVisibleTo(record, user);
  const before = seen(change.before);
  const after = seen(change.after);
  if (!before && !after) return null;
  const record = (after ? change.after : change.before)!;
  const event = after && !before ? 'annotation.created' : after ? 'annotation.updated' : 'annotation.deleted';
  const data = event === 'annotation.deleted' ? { id: annotationIri(record.uuid, base), source: record.source } : toAnnotationJson(record, user, base);
  return { event, data: JSON.stringify(data) };
}

/** A wake-up call for the stream's loop, with at most one heartbeat timer pending at a time. */
function createAlarm() {
  let ring: (() => void) | null = null;
  return {
    /** Resolves at `wake()` or after `ms`, whichever comes first; the timer never outlives it. */
    wait: (ms: number) =>
      new Promise<void>((resolve) => {
        const timer = setTimeout(() => {
          ring = null;
          resolve();
        }, ms);
        ring = () => {
          clearTimeout(timer);
          ring = null;
          resolve();
        };
      }),
    wake: () => ring?.(),
  };
}

/**
 * Runs one stream until the client leaves or the hub ends it. Before every message and heartbeat
 * the token is checked again (a lookup in the sign-in cache): should the hub not have been told, a
 * stream still never outlives its access, nor a change of its reader's role or organisation.
 */
async function runStream(stream: SSEStreamingApi, queue: Message[], alarm: ReturnType<typeof createAlarm>, stillAllowed: () => boolean, ended: () => boolean) {
  const open = () => !stream.aborted && !stream.closed && !ended() && stillAllowed();
  while (open()) {
    const next = queue.shift();
    if (next) {
      await stream.writeSSE(next);
      continue;
    }
    await alarm.wait(HEARTBEAT_MS);
    if (queue.length === 0 && open()) await stream.write(': keep-alive\n\n');
  }
}

/**
 * `GET /api/events?source=URL[&source=URL…]`: Server-Sent Events about annotations on the watched
 * documents, as this user may see them. What a change means is decided per user: an annotation that
 * becomes invisible to them arrives as `annotation.deleted`. Besides, `notification` with the
 * reader's unread count whenever what is new for them changes. Streams are capped per user and in
 * total (429 beyond), and end at once when their token, account or role goes.
 */
export function createEventsRoutes(context: ServiceContext, publicUrl?: string) {
  return new Hono<AppEnv>().get('/', (c) => {
    const base = publicOrigin(c, publicUrl);
    // Each watched document at all its addresses, as its list shows it (fixed when the stream opens).
    const sources = new Set(parseOrFail(sourcesSchema, c.req.queries('source') ?? [], 'de query').flatMap((source) => documentAddresses(context, source)));
    const user = c.get('user');
    const tokenHash = c.get('tokenHash');
    const alarm = createAlarm();
    let ended = false;
    const slot = context.events.streams.open({ userId: user.id, tokenHash }, () => {
      ended = true;
      alarm.wake();
    });
    if (typeof slot === 'string') {
      c.header('Retry-After', '60');
      throw new ApiFailure(429, 'too_many_streams', REFUSALS[slot]);
    }
    const stillAllowed = () => {
      const now = context.db.users.findByTokenHash(tokenHash);
      return now !== null && now.id === user.id && now.role === user.role && now.organisation === user.organisation;
    };
    return streamSSE(c, async (stream) => {
      const queue: Message[] = [];
      const unsubscribe = context.events.subscribe((change) => {
        const message = messageFor(change, sources, user, base);
        if (!message) return;
        queue.push(message);
        alarm.wake();
      });
      // What is new for this reader goes to every stream of theirs, whatever document it watches,
      // and to nobody else; only the count travels, computed through the visibility rule.
      const unsubscribeNotices = context.events.subscribeUserNotices((userId) => {
        if (userId !== user.id) return;
        const message = { event: 'notification', data: JSON.stringify({ unread: unreadNotifications(context, user) }) };
        const waiting = queue.findIndex((item) => item.event === 'notification');
        if (waiting >= 0) queue.splice(waiting, 1);
        queue.push(message);
        alarm.wake();
      });
      stream.onAbort(alarm.wake);
      try {
        await stream.writeSSE({ event: 'ready', data: JSON.stringify({ sources: [...sources] }) });
        await runStream(stream, queue, alarm, stillAllowed, () => ended);
      } finally {
        unsubscribe();
        unsubscribeNotices();
        slot.release();
        alarm.wake();
      }
    });
  });
}
