/** Open live streams one person may hold at once (tabs and devices together). */
export const MAX_STREAMS_PER_USER = 20;
/** Open live streams the whole server holds at once when not configured (`EVENT_STREAMS_MAX`). */
export const DEFAULT_MAX_STREAMS = 2000;

/** Whose access a stream was opened with. */
export interface StreamOwner {
  userId: string;
  tokenHash: string;
}

/** A place among the open streams; `release` gives it back (idempotent). */
export interface StreamSlot {
  release(): void;
}

/** Why a stream could not open: its owner holds too many, or the server does. */
export type StreamRefusal = 'per-user' | 'total';

/** The registry of open live streams: caps them, and ends them when their access goes. */
export interface LiveStreams {
  /** Takes a place for a stream of `owner`; `end` is called when the server must end it. */
  open(owner: StreamOwner, end: () => void): StreamSlot | StreamRefusal;
  /** Ends every stream of `userId` (tokens revoked, account deleted, role or organisation changed). */
  endForUser(userId: string): void;
  /** Ends the streams opened with one token (that token was signed out). */
  endForToken(tokenHash: string): void;
  /** Ends every stream (the server is stopping). */
  endAll(): void;
  count(): number;
}

interface Entry extends StreamOwner {
  end: () => void;
}

/**
 * Creates the registry. Entries are kept per user so both caps are checked without a scan, and a
 * released stream leaves no map entry behind: memory comes back when streams close.
 */
export function createLiveStreams(maxTotal = DEFAULT_MAX_STREAMS, maxPerUser = MAX_STREAMS_PER_USER): LiveStreams {
  const byUser = new Map<string, Set<Entry>>();
  let total = 0;
  const remove = (entry: Entry) => {
    const own = byUser.get(entry.userId);
    if (!own?.delete(entry)) return;
    total -= 1;
    if (own.size === 0) byUser.delete(entry.userId);
  };
  // Ending takes the stream out first: `end` may release it again, or throw, without harm.
  const endEach = (entries: Iterable<Entry>) => {
    for (const entry of [...entries]) {
      remove(entry);
      try {
        entry.end();
      } catch {
        // One stream failing to end must not keep the others open.
      }
    }
  };
  return {
    open(owner, end) {
      const own = byUser.get(owner.userId);
      if ((own?.size ?? 0) >= maxPerUser) return 'per-user';
      if (total >= maxTotal) return 'total';
      const entry: Entry = { ...owner, end };
      const set = own ?? new Set<Entry>();
      set.add(entry);
      byUser.set(owner.userId, set);
      total += 1;
      return { release: () => remove(entry) };
    },
    endForUser: (userId) => endEach(byUser.get(userId) ?? []),
    endForToken(tokenHash) {
      const matching: Entry[] = [];
      for (const own of byUser.values()) for (const entry of own) if (entry.tokenHash === tokenHash) matching.push(entry);
      endEach(matching);
    },
    endAll: () => endEach([...byUser.values()].flatMap((own) => [...own])),
    count: () => total,
  };
}
