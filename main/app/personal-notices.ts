/** What the notifications about the user's own business (their shifts, their unacknowledged alerts) work with. */
import type { RoutePath } from "../../shared/ipc/routes";
import { createDeadlineTimer } from "../services/alerts/deadline-timer";
import type { Clock } from "../services/clock";
import type { Desk, DeskAttachment } from "./live-desk";
import type { NotifiedKeys } from "./notified-keys";
import type { NotifyRequest } from "./notifier";
import type { Signal } from "./signal";

/** The clock, who the user is, what was told already, and how to tell and to open a view. */
export interface PersonalNoticeOptions {
  clock: Clock;
  /** The engineer this machine belongs to ("who am I"), or null for a watcher or an unanswered question: nothing is told then. */
  me: () => string | null;
  notified: NotifiedKeys;
  notify: (request: NotifyRequest) => void;
  /** Fired when timers must be armed again: after sleep, after "who am I" changed. */
  rearm: Signal;
  /** Opens the window on a view (a notification was clicked). */
  open: (path: RoutePath) => void;
}

/**
 * A desk attachment that runs `check` for the user now, whenever `rearm` fires or `changes` says the
 * desk changed, and at the instant `check` returns (null: nothing is due). Nothing runs for a watcher.
 */
export function personalNotices(
  options: PersonalNoticeOptions,
  check: (desk: Desk, me: string, now: number) => number | null,
  changes?: (desk: Desk, listener: () => void) => () => void,
): DeskAttachment {
  return (desk) => {
    const timer = createDeadlineTimer(options.clock, run);
    function run(): void {
      const me = options.me();
      const next = me === null ? null : check(desk, me, options.clock.now().getTime());
      timer.arm(next === null ? null : new Date(next));
    }
    const stops = [options.rearm.subscribe(run), ...(changes ? [changes(desk, run)] : [])];
    run();
    return () => {
      for (const stop of stops) stop();
      timer.stop();
    };
  };
}
