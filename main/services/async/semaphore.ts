/** A FIFO counting semaphore: bounded concurrency where waiters are served in arrival order. */

/** Gives out up to `limit` slots; `acquire` resolves with the function that gives the slot back. */
export interface Semaphore {
  /** Waits for a slot (in arrival order, so no caller starves); rejects with the signal's reason on abort. */
  acquire(signal?: AbortSignal): Promise<() => void>;
  /** Slots in use right now. */
  readonly active: number;
}

/** A semaphore with `limit` slots (at least 1). */
export function createSemaphore(limit: number): Semaphore {
  const max = Math.max(1, Math.floor(limit));
  let active = 0;
  const waiting: Array<() => void> = [];

  function releaser(): () => void {
    let released = false;
    return () => {
      if (released) return; // a double release must not hand out a slot that is still in use
      released = true;
      const next = waiting.shift();
      if (next) next();
      else active -= 1;
    };
  }

  return {
    get active() {
      return active;
    },
    acquire(signal) {
      if (signal?.aborted) return Promise.reject(signal.reason);
      if (active < max) {
        active += 1;
        return Promise.resolve(releaser());
      }
      return new Promise((resolve, reject) => {
        const grant = () => {
          signal?.removeEventListener("abort", onAbort);
          resolve(releaser());
        };
        const onAbort = () => {
          const index = waiting.indexOf(grant);
          if (index >= 0) waiting.splice(index, 1);
          reject(signal?.reason);
        };
        signal?.addEventListener("abort", onAbort, { once: true });
        waiting.push(grant);
      });
    },
  };
}
