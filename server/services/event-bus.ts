import type { AnnotationRecord } from '../db/annotation-row';
import { createLiveStreams, type LiveStreams } from './live-streams';

/**
 * One change to an annotation: how it was before and after (`null` before a creation and after a
 * deletion). Each subscriber derives what the change means for it from what it could see before and
 * can see after: a hidden annotation is a deletion for most, an update for its author.
 */
export interface AnnotationChange {
  before: AnnotationRecord | null;
  after: AnnotationRecord | null;
}

/**
 * The live-update hub: in-process publish/subscribe of annotation changes, feeding the
 * Server-Sent Events route, and the registry of open streams. Whatever takes access away (sign-out,
 * revoked tokens, a deleted account, a changed role) tells `streams`, which ends the streams
 * concerned at once.
 */
export interface EventBus {
  publish(change: AnnotationChange): void;
  /** Returns the unsubscribe function. */
  subscribe(listener: (change: AnnotationChange) => void): () => void;
  listenerCount(): number;
  /** Tells the open streams of `userId` that what is new for them changed (their unread count). */
  notifyUser(userId: string): void;
  /** Returns the unsubscribe function. */
  subscribeUserNotices(listener: (userId: string) => void): () => void;
  streams: LiveStreams;
}

/** How many live streams the hub lets open. */
export interface EventBusOptions {
  /** Open streams of the whole server at most (`EVENT_STREAMS_MAX`). */
  maxStreams?: number;
}

/** Creates an event bus. A listener that throws is dropped rather than allowed to stop the others. */
export function createEventBus(options: EventBusOptions = {}): EventBus {
  const listeners = new Set<(change: AnnotationChange) => void>();
  const noticeListeners = new Set<(userId: string) => void>();
  return {
    publish(change) {
      for (const listener of listeners) {
        try {
          listener(change);
        } catch {
          listeners.delete(listener);
        }
      }
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    listenerCount: () => listeners.size + noticeListeners.size,
    notifyUser(userId) {
      for (const listener of noticeListeners) {
        try {
          listener(userId);
        } catch {
          noticeListeners.delete(listener);
        }
      }
    },
    subscribeUserNotices(listener) {
      noticeListeners.add(listener);
      return () => noticeListeners.delete(listener);
    },
    streams: createLiveStreams(options.maxStreams),
  };
}
