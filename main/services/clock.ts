/** Time as the services see it: passed in, so tests drive it with a fake clock. */

/** Reads the time and sets timers. */
export interface Clock {
  /** The current instant. */
  now(): Date;
  /** Calls `fn` after `ms` milliseconds; returns the function that cancels it. */
  setTimer(fn: () => void, ms: number): () => void;
}

/** The real clock. Timers are unref'd so a pending poll never keeps a CLI process alive by itself. */
export function systemClock(): Clock {
  return {
    now: () => new Date(),
    setTimer(fn, ms) {
      const handle = setTimeout(fn, Math.max(0, ms));
      handle.unref?.();
      return () => clearTimeout(handle);
    },
  };
}
