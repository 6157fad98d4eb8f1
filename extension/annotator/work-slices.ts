// The two ways Kantlijn's long work (reading a PDF's text, anchoring and drawing highlights) lets
// the page run: an async loop awaits `yieldToEventLoop`, a synchronous one is cut into slices by
// `createSliceRunner`.

/**
 * Longest stretch of work in one task before it lets the page run again: well under the 50 ms at
 * which a browser counts a task as long (and the page as unresponsive).
 */
export const SLICE_MS = 12;

/**
 * Lets the page paint and handle input. `scheduler.yield` keeps our place in the queue where the
 * browser has it; a message-channel round trip is the fallback (timeouts get clamped to 4 ms).
 */
export function yieldToEventLoop(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  if (typeof MessageChannel === 'function') {
    return new Promise((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        channel.port1.close();
        resolve();
      };
      channel.port2.postMessage(null);
    });
  }
  return new Promise((resolve) => setTimeout(resolve, 0));
}


/** Runs a piece of work in time slices; see `createSliceRunner`. */
export interface SliceRunner {
  /** Schedules a slice in a later task, unless one is waiting already. */
  request(): void;
  /** Cancels what is scheduled; nothing runs afterwards. */
  stop(): void;
}

interface Scheduler {
  postTask?(task: () => void): Promise<unknown>;
}

/**
 * Runs `task` in a task of its own, after what the page has waiting: through the Scheduler API
 * where there is one (a chain of zero timeouts is slowed to 4 ms a step), else a zero timeout.
 */
function inNextTask(task: () => void): void {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  if (scheduler?.postTask) void scheduler.postTask(task);
  else setTimeout(task, 0);
}

/**
 * Spreads work over tasks: `slice` does what fits before `deadline` (a `performance.now()` time)
 * and says whether work is left; if so, the next slice runs in a new task, after the page's own.
 */
export function createSliceRunner(slice: (deadline: number) => boolean): SliceRunner {
  let waiting = false;
  let stopped = false;
  const run = () => {
    waiting = false;
    if (stopped) return;
    if (slice(performance.now() + SLICE_MS)) request();
  };
  const request = () => {
    if (stopped || waiting) return;
    waiting = true;
    inNextTask(run);
  };
  return {
    request,
    stop() {
      stopped = true;
    },
  };
}
