import type { AnnotationRecord } from '../../../db/annotation-row';
import { compareText } from './compare';

/** A reply with its place in the thread. */
export interface ThreadEntry {
  record: AnnotationRecord;
  depth: number;
}

/** Oldest first; insertion order, then the id, break ties so equal timestamps still give one order. */
export function byCreated(a: AnnotationRecord, b: AnnotationRecord): number {
  return compareText(a.created, b.created) || a.seq - b.seq || compareText(a.id, b.id);
}

/**
 * The replies under each top-level annotation, flattened depth-first in thread order: each reply
 * is followed by the replies to it before its next sibling, as a threaded view reads. Replies whose
 * parent is not among `records` (left out by the caller, e.g. hidden) are dropped with their
 * subtree: a reply read without what it answers misleads.
 */
export function flattenThreads(
  topLevel: readonly AnnotationRecord[],
  records: readonly AnnotationRecord[],
): Map<string, ThreadEntry[]> {
  const children = new Map<string, AnnotationRecord[]>();
  for (const record of records) {
    if (record.parentUuid === null) continue;
    const siblings = children.get(record.parentUuid) ?? [];
    siblings.push(record);
    children.set(record.parentUuid, siblings);
  }
  for (const siblings of children.values()) siblings.sort(byCreated);

  const threads = new Map<string, ThreadEntry[]>();
  for (const top of topLevel) {
    const entries: ThreadEntry[] = [];
    const seen = new Set<string>([top.uuid]);
    // Explicit stack rather than recursion: a long back-and-forth must not exhaust the call stack.
    const stack: ThreadEntry[] = (children.get(top.uuid) ?? []).map((record) => ({ record, depth: 1 })).reverse();
    while (stack.length > 0) {
      const entry = stack.pop();
      if (entry === undefined || seen.has(entry.record.uuid)) continue;
      seen.add(entry.record.uuid);
      entries.push(entry);
      const next = children.get(entry.record.uuid) ?? [];
      for (let index = next.length - 1; index >= 0; index -= 1) {
        const child = next[index];
        if (child !== undefined) stack.push({ record: child, depth: entry.depth + 1 });
      }
    }
    threads.set(top.uuid, entries);
  }
  return threads;
}
