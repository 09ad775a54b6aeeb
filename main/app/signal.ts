/** A plain "it happened" signal: the machine woke up, the user changed who they are. Listeners re-arm their timers. */

/** Fires to every subscriber. */
export interface Signal {
  fire(): void;
  /** Returns the unsubscribe function. */
  subscribe(listener: () => void): () => void;
}

/** A new signal with no subscribers. */
export function createSignal(): Signal {
  const listeners = new Set<() => void>();
  return {
    fire: () => [...listeners].forEach((listener) => listener()),
    subscribe(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
  };
}
