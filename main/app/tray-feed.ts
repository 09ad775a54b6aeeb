/** Keeps the tray in step with a desk: on every status change, at every hand-over that matters, and when asked to re-arm. */
import { DateTime } from "luxon";
import { nextShiftsFor } from "../../shared/domain/rotation/on-call";
import { onCallView } from "../../shared/domain/rotation/on-call-view";
import { trayState } from "../../shared/domain/tray-state";
import { createDeadlineTimer } from "../services/alerts/deadline-timer";
import type { Clock } from "../services/clock";
import { alertNotice } from "./alert-notifications";
import type { Desk, DeskAttachment } from "./live-desk";
import type { Signal } from "./signal";
import type { TrayDesk } from "./tray";

/** What the tray shows while no valid workspace runs. */
export const UNKNOWN_TRAY: TrayDesk = { ...trayState([], undefined), alerts: [] };

/** How far ahead the user's next shift is looked for. */
const MY_SHIFT_HORIZON_DAYS = 28;

/** What the feed works with. */
export interface TrayFeedOptions {
  clock: Clock;
  /** TrayService.update. */
  update: (desk: TrayDesk) => void;
  /** The engineer this machine belongs to, or null. */
  me: () => string | null;
  /** Fired when the tray must be shown afresh: after sleep, after "who am I" changed. */
  rearm: Signal;
}

/** The user's own shift as the menu says it, and when that text changes by time alone. */
function myShift(desk: Desk, me: string, now: number): { text: string; changesAt: number | null } {
  if (!desk.workspace.team.some((e) => e.id === me)) return { text: `You ("${me}") are not in this workspace's team`, changesAt: null };
  const [shift] = nextShiftsFor(desk.schedule, me, now, 1, MY_SHIFT_HORIZON_DAYS);
  if (!shift) return { text: `Your next shift: none in the next ${MY_SHIFT_HORIZON_DAYS} days`, changesAt: null };
  const zone = desk.schedule.clock.zone;
  const local = (ms: number, format: string) => DateTime.fromMillis(ms, { zone }).toFormat(format);
  if (shift.start <= now) return { text: `You are on call until ${local(shift.end, "HH:mm")}`, changesAt: shift.end };
  return { text: `Your next shift: ${local(shift.start, "ccc d LLL, HH:mm")}–${local(shift.end, "HH:mm")} (${shift.slot})`, changesAt: shift.start };
}

/** The tray's view of `desk` at `now`, and when it next changes by time alone. */
function trayDesk(desk: Desk, me: string | null, now: number): { view: TrayDesk; changesAt: number | null } {
  const onCall = onCallView(desk.workspace, desk.schedule, now, 1);
  const { pipelines, alerts } = desk.monitor.status.snapshot();
  const next = onCall.next[0];
  const mine = me === null ? undefined : myShift(desk, me, now);
  const view: TrayDesk = {
    ...trayState(
      pipelines.map((p) => p.state),
      onCall,
      pipelines.some((p) => p.demo),
    ),
    next: next && `${next.name} (${next.slot}, from ${next.start.slice(11, 16)})`,
    mine: mine?.text,
    alerts: alerts
      .filter((a) => a.state === "open" || a.state === "snoozed")
      .map((a) => ({ id: a.id, pipelineId: a.pipelineId, kind: a.kind, title: alertNotice(desk, a, new Date(now)).title, snoozed: a.state === "snoozed" })),
  };
  // The label names the shift and its end, so it changes when the shift ends (or, in a gap, when the next begins).
  const wakes = [onCall.shift ? Date.parse(onCall.shift.end) : next && Date.parse(next.start), mine?.changesAt].filter((t): t is number => typeof t === "number" && t > now);
  return { view, changesAt: wakes.length ? Math.min(...wakes) : null };
}

/** A desk attachment that calls `update` (TrayService.update) with each new tray view. */
export function trayFeed(options: TrayFeedOptions): DeskAttachment {
  const { clock, update } = options;
  return (desk) => {
    const handoff = createDeadlineTimer(clock, show);
    function show(): void {
      const { view, changesAt } = trayDesk(desk, options.me(), clock.now().getTime());
      update(view);
      handoff.arm(changesAt === null ? null : new Date(changesAt));
    }
    const unsubscribe = desk.monitor.status.subscribe(show);
    const unsubscribeRearm = options.rearm.subscribe(show);
    show();
    return () => {
      unsubscribe();
      unsubscribeRearm();
      handoff.stop();
      update(UNKNOWN_TRAY);
    };
  };
}
