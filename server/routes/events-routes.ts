import { Hono } from 'hono';
import { streamSSE } from 'hono/streaming';
import { z } from 'zod';
import { normaliseSource } from '../../shared/urls/normalise-source';
import type { AnnotationRecord } from '../db/annotation-row';
import type { AppEnv } from '../http/app-env';
import { parseOrFail } from '../http/validate';
import { isVisibleTo } from '../services/annotation-access';
import { toAnnotationJson } from '../services/annotation-view';
import type { AnnotationChange } from '../services/event-bus';
import type { ServiceContext } from '../services/service-context';

const sourcesSchema = z.array(z.string().min(1).max(2048)).min(1).max(50);

/** Seconds between keep-alive comments, below common proxy idle time-outs. */
const HEARTBEAT_MS = 20_000;

/**
 * `GET /api/events?source=URL[&source=URL…]`: Server-Sent Events about annotations on the watched
 * documents, as this user may see them. What a change means is decided per user: an annotation that
 * becomes invisible to them arrives as `annotation.deleted`.
 */
export function createEventsRoutes(context: ServiceContext) {
  return new Hono<AppEnv>().get('/', (c) => {
    const sources = new Set(parseOrFail(sourcesSchema, c.req.queries('source') ?? [], 'de query').map(normaliseSource));
    const user = c.get('user');
    const seen = (record: AnnotationRecord | null) => record !== null && sources.has(record.source) && isVisibleTo(record, user);
    return streamSSE(c, async (stream) => {
      const queue: { event: string; data: string }[] = [];
      let wake: (() => void) | null = null;
      const unsubscribe = context.events.subscribe((change: AnnotationChange) => {
        const before = seen(change.before);
        const after = seen(change.after);
        if (!before && !after) return;
        const record = (after ? change.after : change.before)!;
        const event = after && !before ? 'annotation.created' : after ? 'annotation.updated' : 'annotation.deleted';
        const data = event === 'annotation.deleted' ? { id: record.id, source: record.source } : toAnnotationJson(record, user);
        queue.push({ event, data: JSON.stringify(data) });
        wake?.();
      });
      stream.onAbort(() => {
        unsubscribe();
        wake?.();
      });
      await stream.writeSSE({ event: 'ready', data: JSON.stringify({ sources: [...sources] }) });
      while (!stream.aborted && !stream.closed) {
        const next = queue.shift();
        if (next) {
          await stream.writeSSE(next);
          continue;
        }
        await new Promise<void>((resolve) => {
          wake = resolve;
          setTimeout(resolve, HEARTBEAT_MS);
        });
        wake = null;
        if (queue.length === 0 && !stream.aborted) await stream.write(': keep-alive\n\n');
      }
      unsubscribe();
    });
  });
}
