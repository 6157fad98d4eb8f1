import type { AnnotationRecord } from '../db/annotation-row';

/**
 * One change to an annotation: how it was before and after (`null` before a creation and after a
 * deletion). Each subscriber derives what the change means for it from what it could see before and
 * can see after: a hidden annotation is a deletion for most, an update for its author.
 */
export interface AnnotationChange {
  before: AnnotationRecord | null;
  after: AnnotationRecord | null;
}

/** In-process publish/subscribe of annotation changes, feeding the Server-Sent Events route. */
export interface EventBus {
  publish(change: AnnotationChange): void;
  /** Returns the unsubscribe function. */
  subscribe(listener: (change: AnnotationChange) => void): () => void;
  listenerCount(): number;
}

/** Creates an event bus. A listener that throws is dropped rather than allowed to stop the others. */
export function createEventBus(): EventBus {
  const listeners = new Set<(change: AnnotationChange) => void>();
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
    listenerCount: () => listeners.size,
  };
}
