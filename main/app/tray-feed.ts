/** Keeps the tray in step with a desk: on every status change and at every shift handoff. */
import { onCallView } from "../../shared/domain/rotation/on-call-view";
import { trayState, type TrayState } from "../../shared/domain/tray-state";
import { createDeadlineTimer } from "../services/alerts/deadline-timer";
import type { Clock } from "../services/clock";
import type { DeskAttachment } from "./live-desk";

/** What the tray shows while no valid workspace runs. */
export const UNKNOWN_TRAY: TrayState = trayState([], undefined);

/** A desk attachment that calls `update` (TrayService.update) with each new tray state. */
export function trayFeed(clock: Clock, update: (state: TrayState) => void): DeskAttachment {
  return (desk) => {
    const handoff = createDeadlineTimer(clock, show);
    function show(): void {
      const onCall = onCallView(desk.workspace, desk.schedule, clock.now().getTime(), 1);
      const { pipelines } = desk.monitor.status.snapshot();
      update(trayState(pipelines.map((p) => p.state), onCall, pipelines.some((p) => p.demo)));
      // The label names the shift and its end, so it changes when the shift ends (or, in a gap, when the next begins).
      const wake = onCall.shift?.end ?? onCall.next[0]?.start;
      handoff.arm(wake ? new Date(wake) : null);
    }
    const unsubscribe = desk.monitor.status.subscribe(show);
    show();
    return () => {
      unsubscribe();
      handoff.stop();
      update(UNKNOWN_TRAY);
    };
  };
}
