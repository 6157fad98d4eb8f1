/**
 * Longest stretch of highlighting work in one task before it lets the page run again: well under
 * the 50 ms at which a browser counts a task as long (and the page as unresponsive).
 */
export const SLICE_MS = 12;

/** Runs a piece of work in time slices; see `createSliceRunner`. */
export interface SliceRunner {
  /** Schedules a slice in a later task, unless one is waiting already. */
  request(): void;
  /** Cancels what is scheduled; nothing runs afterwards. */
  stop(): void;
}

/**
 * Spreads work over tasks: `slice` does what fits before `deadline` (a `performance.now()` time)
 * and says whether work is left; if so, the next slice runs in a new task, after the page's own.
 */
export function createSliceRunner(slice: (deadline: number) => boolean): SliceRunner {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;
  const run = () => {
    timer = undefined;
    if (stopped) return;
    if (slice(performance.now() + SLICE_MS)) request();
  };
  const request = () => {
    if (!stopped && timer === undefined) timer = setTimeout(run, 0);
  };
  return {
    request,
    stop() {
      stopped = true;
      clearTimeout(timer);
      timer = undefined;
    },
  };
}
