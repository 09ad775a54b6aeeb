/**
 * After the machine sleeps (timers stop) or its screen is unlocked, the desk catches up at once:
 * it evaluates now, which announces deadlines that passed during sleep and re-arms the deadline
 * timer, and polls every source instead of waiting for the next interval.
 */
import type { DeskAttachment } from "./live-desk";
import type { Signal } from "./signal";

/** A desk attachment that refreshes and polls the desk each time `woke` fires. */
export function pollOnWake(woke: Signal, onProblem: (message: string) => void): DeskAttachment {
  return (desk) =>
    woke.subscribe(() => {
      desk.monitor.status.refresh();
      desk.monitor.pollNow().catch((error: unknown) => onProblem(`polling after wake-up: ${error instanceof Error ? error.message : String(error)}`));
    });
}
