/** The renderer's clock for what ticks on screen (countdowns, "pause for 1 hour"): one shared timer, not one per row. */
import { useSyncExternalStore } from "react";

/** How often countdowns move: they show minutes, so twice a minute keeps them within half a minute of the truth. */
const TICK_MS = 30_000;

const listeners = new Set<() => void>();
let now = Date.now();
let timer: ReturnType<typeof setInterval> | undefined;

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  if (!timer) {
    now = Date.now();
    timer = setInterval(() => {
      now = Date.now();
      for (const l of listeners) l();
    }, TICK_MS);
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0 && timer) {
      clearInterval(timer);
      timer = undefined;
    }
  };
}

/** Epoch ms, refreshed every 30 s while any component shows it (tests freeze the page's clock). */
export function useNow(): number {
  return useSyncExternalStore(subscribe, () => now);
}
