/** A Clock for tests: time moves only when the test says, and timers fire in due order. */
import type { Clock } from "../../main/services/clock";

/** The fake clock and its controls. */
export interface FakeClock extends Clock {
  /** Moves time forward by `ms`, firing every timer due on the way (in due order), flushing promises after each. */
  advance(ms: number): Promise<void>;
  /** Lets pending promise chains settle without moving time. */
  flush(): Promise<void>;
  /**
   * The machine sleeps for `ms`: the wall clock moves on, but no timer fires and every pending
   * timer comes due `ms` later, as timers on a monotonic clock do after a suspend.
   */
  sleep(ms: number): Promise<void>;
  /** Timers not yet fired or cancelled. */
  pendingTimers(): number;
}

interface Timer {
  due: number;
  seq: number;
  fn: () => void;
}

/** Several macrotask turns: a microtask chain settles within one, and real sockets are not involved here. */
const FLUSH_TURNS = 5;

/** A fake clock starting at `start`. */
export function createFakeClock(start: Date = new Date("2024-06-03T12:00:00Z")): FakeClock {
  let now = start.getTime();
  let seq = 0;
  const timers = new Set<Timer>();

  async function flush(): Promise<void> {
    for (let i = 0; i < FLUSH_TURNS; i += 1) await new Promise<void>((resolve) => setImmediate(resolve));
  }

  function nextDue(limit: number): Timer | undefined {
    let next: Timer | undefined;
    for (const t of timers) {
      if (t.due <= limit && (!next || t.due < next.due || (t.due === next.due && t.seq < next.seq))) next = t;
    }
    return next;
  }

  return {
    now: () => new Date(now),
    setTimer(fn, ms) {
      const timer: Timer = { due: now + Math.max(0, ms), seq: seq++, fn };
      timers.add(timer);
      return () => {
        timers.delete(timer);
      };
    },
    async advance(ms) {
      const target = now + ms;
      await flush();
      for (let timer = nextDue(target); timer; timer = nextDue(target)) {
        timers.delete(timer);
        now = timer.due;
        timer.fn();
        await flush();
      }
      now = target;
      await flush();
    },
    flush,
    async sleep(ms) {
      now += ms;
      for (const timer of timers) timer.due += ms;
      await flush();
    },
    pendingTimers: () => timers.size,
  };
}
