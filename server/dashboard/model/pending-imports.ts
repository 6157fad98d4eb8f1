import { randomUUID } from 'node:crypto';

/** How long a checked file waits for its "Importeren". */
const PENDING_IMPORT_TTL_MS = 30 * 60 * 1000;
/** Most checked files kept at once (each at most the upload cap), the oldest dropped first. */
const MAX_PENDING = 20;

/** A file the secretariat checked, kept until it confirms (or it expires). */
export interface PendingImport {
  userId: string;
  text: string;
  roundId: string | undefined;
  expiresAt: number;
}

/**
 * Checked import files between the dry run and the go-ahead, in memory: the confirm form carries
 * only an unguessable id, and a file is found only by the person who checked it, and only once.
 */
export function createPendingImports(now: () => number) {
  const pending = new Map<string, PendingImport>();
  const dropExpired = () => {
    for (const [id, entry] of pending) if (entry.expiresAt <= now()) pending.delete(id);
  };
  return {
    /** Keeps a checked file; returns the id the confirm form carries. */
    add(userId: string, text: string, roundId: string | undefined): string {
      dropExpired();
      while (pending.size >= MAX_PENDING) pending.delete(pending.keys().next().value!);
      const id = randomUUID();
      pending.set(id, { userId, text, roundId, expiresAt: now() + PENDING_IMPORT_TTL_MS });
      return id;
    },
    /** The checked file `id` of `userId`, taken out (it is used once), or null when gone or someone else's. */
    take(id: string, userId: string): PendingImport | null {
      dropExpired();
      const entry = pending.get(id);
      if (!entry || entry.userId !== userId) return null;
      pending.delete(id);
      return entry;
    },
  };
}
