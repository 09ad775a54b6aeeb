/**
 * Notifications about the user's own shifts: 15 minutes before one starts, and at its hand-over.
 * Each is told once (keys persist), even when the app sleeps or restarts close to it: an instant
 * missed by less than a grace period is still told when the app notices, one missed by more is not.
 */
import { DAY_MS } from "../../shared/domain/rotation/local-day";
import type { Shift } from "../../shared/domain/rotation/shift";
import { routes } from "../../shared/ipc/routes";
import type { Desk, DeskAttachment } from "./live-desk";
import { personalNotices, type PersonalNoticeOptions } from "./personal-notices";

/** How long before a shift its reminder comes. */
export const SHIFT_LEAD_MS = 15 * 60_000;
/** An instant missed by at most this much (the machine slept, the app restarted) is still told. */
export const MISSED_GRACE_MS = 15 * 60_000;
/** How far ahead shifts are looked at; the timer looks again before the end of it. */
const HORIZON_MS = 8 * DAY_MS;

/** One notification due at an instant. */
interface ShiftEvent {
  key: string;
  at: number;
  request: (now: number) => { title: string; body: string };
}

/** `HH:MM` in the workspace's zone. */
const hhmm = (desk: Desk, ms: number) => desk.schedule.clock.format(ms).slice(11, 16);
const nameOf = (desk: Desk, id: string) => desk.workspace.team.find((e) => e.id === id)?.name ?? id;
const openAlerts = (desk: Desk) => {
  const count = desk.monitor.book.active().filter((a) => a.state === "open").length;
  return count === 0 ? "No open alerts." : `${count} open alert${count === 1 ? "" : "s"}.`;
};

/** The start reminders and hand-overs of `me` among `shifts` (in time order). */
function shiftEvents(desk: Desk, me: string, shifts: readonly Shift[]): ShiftEvent[] {
  const events: ShiftEvent[] = [];
  const zone = desk.schedule.clock.zone;
  shifts.forEach((shift, i) => {
    if (shift.engineer !== me) return;
    const before = shifts[i - 1];
    const after = shifts[i + 1];
    // Only the first of back-to-back shifts starts anything, and only the last hands over; the edges of the list are not known.
    if (before && !(before.engineer === me && before.end === shift.start)) {
      events.push({
        key: `shift-start/${me}/${shift.start}`,
        at: shift.start - SHIFT_LEAD_MS,
        request: (now) => {
          const minutes = Math.round((shift.start - now) / 60_000);
          return {
            title: minutes > 0 ? `Your shift starts in ${minutes} minute${minutes === 1 ? "" : "s"}` : "Your shift starts now",
            body: `${shift.slot} shift from ${hhmm(desk, shift.start)} (${zone}), taking over from ${nameOf(desk, before.engineer)}.\n${openAlerts(desk)}`,
          };
        },
      });
    }
    if (after && !(after.engineer === me && after.start === shift.end)) {
      const gap = after.start > shift.end;
      events.push({
        key: `handover/${me}/${shift.end}`,
        at: shift.end,
        request: () => ({
          title: "Hand-over: your shift ends now",
          body: `${gap ? `Nobody is on call until ${hhmm(desk, after.start)}, then ${nameOf(desk, after.engineer)}` : `${nameOf(desk, after.engineer)} takes over (${after.slot}, until ${hhmm(desk, after.end)})`}.\n${openAlerts(desk)}`,
        }),
      });
    }
  });
  return events.sort((a, b) => a.at - b.at);
}

/** A desk attachment that tells the user about their own shifts. */
export function shiftNotifications(options: PersonalNoticeOptions): DeskAttachment {
  const { notified } = options;
  return personalNotices(options, (desk, me, now) => {
    // A day before the grace period, so the shift before each one in reach is known.
    const shifts = desk.schedule.shifts(now - MISSED_GRACE_MS - DAY_MS, now + HORIZON_MS);
    const events = shiftEvents(desk, me, shifts);
    for (const event of events) {
      if (event.at > now || now - event.at > MISSED_GRACE_MS || notified.has(event.key)) continue;
      notified.add(event.key);
      options.notify({ ...event.request(now), onClick: () => options.open(routes.handoff()) });
    }
    return events.find((e) => e.at > now)?.at ?? now + HORIZON_MS / 2;
  });
}
