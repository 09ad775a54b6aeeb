/** One re-armable timer for "the next instant something changes by time alone" (DESIGN.md rule 5: deadlines get their own timer). */
import type { Clock } from "../clock";

/** A timer that fires `onDue` at the instant last armed. */
export interface DeadlineTimer {
  /** Fires `onDue` at `at` (cancelling any earlier arming); null disarms. */
  arm(at: Date | null): void;
  stop(): void;
}

// setTimeout fires at once for delays beyond 2^31-1 ms, so long waits are taken in hops.
const MAX_HOP_MS = 86_400_000;

/** A deadline timer on `clock`. */
export function createDeadlineTimer(clock: Clock, onDue: () => void): DeadlineTimer {
  let cancel: (() => void) | undefined;
  function arm(at: Date | null): void {
    cancel?.();
    cancel = undefined;
    if (at === null) return;
    const wait = at.getTime() - clock.now().getTime();
    cancel = clock.setTimer(() => {
      cancel = undefined;
      // A hop, or a timer that fired early: wait again for the rest.
      if (clock.now().getTime() < at.getTime()) arm(at);
      else onDue();
    }, Math.min(Math.max(0, wait), MAX_HOP_MS));
  }
  return { arm, stop: () => arm(null) };
}
