import { storage } from 'wxt/utils/storage';
import type { Annotation, AnnotationInput } from '../../shared/schemas/annotation';
import type { ApiClient } from './api-client';
import type { Failure } from './result';

/**
 * A change waiting to reach the server. Kept in `storage.local`, so it survives a closed tab, a
 * stopped service worker and a browser restart. Creates carry the client-chosen id, so sending one
 * twice (after a lost answer) still stores one annotation.
 */
export interface OutboxEntry {
  /** The annotation's id (`urn:uuid:…`). */
  id: string;
  operation: 'create';
  input: AnnotationInput;
  /** The document it belongs to, to show it as pending there. */
  source: string;
  queuedAt: string;
  attempts: number;
  /** `pending` is retried; `rejected` needs the user (the server refused it) and is never dropped silently. */
  state: 'pending' | 'rejected';
  error?: Failure;
}

const outboxItem = storage.defineItem<OutboxEntry[]>('local:outbox', { fallback: [] });

/** Failures after which a retry makes sense: the server was not reached or had a passing fault. */
function isTransient(failure: Failure): boolean {
  return failure.code === 'offline' || failure.code === 'not_signed_in' || failure.status === undefined || failure.status >= 500 || failure.status === 429;
}

/** Every entry, oldest first. */
export async function readOutbox(): Promise<OutboxEntry[]> {
  return (await outboxItem.getValue()) ?? [];
}

/** Adds (or replaces, by id) an entry. */
export async function enqueue(entry: Omit<OutboxEntry, 'attempts' | 'state'>): Promise<void> {
  const entries = await readOutbox();
  await outboxItem.setValue([...entries.filter((existing) => existing.id !== entry.id), { ...entry, attempts: 0, state: 'pending' }]);
}

/** Removes an entry (sent, or discarded by the user). */
export async function removeFromOutbox(id: string): Promise<void> {
  await outboxItem.setValue((await readOutbox()).filter((entry) => entry.id !== id));
}

/** What one flush did. */
export interface FlushResult {
  sent: Annotation[];
  /** Entries still waiting because the server was unreachable (or failing). */
  waiting: number;
  rejected: OutboxEntry[];
}

let running: Promise<FlushResult> | null = null;

/**
 * Sends waiting entries in order until the server is unreachable. Only one flush runs at a time
 * (a second caller shares the first's result), so no entry is sent twice in parallel.
 */
export function flushOutbox(client: ApiClient): Promise<FlushResult> {
  running ??= flushOnce(client).finally(() => {
    running = null;
  });
  return running;
}

async function flushOnce(client: ApiClient): Promise<FlushResult> {
  const result: FlushResult = { sent: [], waiting: 0, rejected: [] };
  for (const entry of await readOutbox()) {
    if (entry.state !== 'pending') {
      result.rejected.push(entry);
      continue;
    }
    const answer = await client.createAnnotation(entry.input);
    if (answer.ok) {
      await removeFromOutbox(entry.id);
      result.sent.push(answer.value);
      continue;
    }
    const updated: OutboxEntry = { ...entry, attempts: entry.attempts + 1, error: answer.error, state: isTransient(answer.error) ? 'pending' : 'rejected' };
    await outboxItem.setValue((await readOutbox()).map((existing) => (existing.id === entry.id ? updated : existing)));
    if (updated.state === 'rejected') {
      result.rejected.push(updated);
      continue;
    }
    // Unreachable: keep the order and stop; everything after waits for the next flush.
    result.waiting = (await readOutbox()).filter((existing) => existing.state === 'pending').length;
    return result;
  }
  return result;
}
