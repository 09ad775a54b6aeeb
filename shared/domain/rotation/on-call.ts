/** Questions about the schedule at a moment: who is on call, who is next, my next shifts, handoffs. */
import { DAY_MS } from "./local-day";
import type { Schedule } from "./schedule";
import type { Shift } from "./shift";

/** Who is on call at `at` and who follows. */
export interface OnCallAnswer {
  at: number;
  /** The shift covering `at`; null only when the schedule has a gap there. */
  shift: Shift | null;
  /** The holiday on the local day of `at`, if any. */
  holiday: string | null;
  /** The shifts after the current one, in time order. */
  next: Shift[];
}

/** When the on-call engineer changes. */
export interface Handoff {
  at: number;
  from: string;
  to: string;
  /** The slot that starts at the handoff. */
  slot: string;
}

/** Who is on call at `at` (epoch ms), until when, and the `nextCount` shifts that follow. */
export function whoIsOnCall(schedule: Schedule, at: number, nextCount = 3): OnCallAnswer {
  // A slot lasts at most a day (plus a DST hour), so this many days always holds enough shifts.
  const shifts = schedule.shifts(at, at + (nextCount + 2) * DAY_MS);
  const index = shifts.findIndex((s) => s.start <= at && at < s.end);
  // Every shift listed ends after `at`, so in a gap they all start after it: the next ones begin at index + 1 (0).
  const after = index + 1;
  return {
    at,
    shift: index >= 0 ? shifts[index]! : null,
    holiday: schedule.holidays.on(schedule.clock.localDay(at))?.name ?? null,
    next: shifts.slice(after, after + nextCount),
  };
}

/** The next `count` shifts of `engineer` that end after `from`, looking at most `horizonDays` ahead. */
export function nextShiftsFor(schedule: Schedule, engineer: string, from: number, count: number, horizonDays = 366): Shift[] {
  const found: Shift[] = [];
  const chunk = 28 * DAY_MS;
  for (let start = from; found.length < count && start < from + horizonDays * DAY_MS; start += chunk) {
    for (const s of schedule.shifts(start, start + chunk)) {
      // A shift straddling two chunks appears in both; keep its first appearance.
      if (s.engineer === engineer && s.end > from && !found.some((f) => f.start === s.start)) found.push(s);
    }
  }
  return found.slice(0, count);
}

/** Every change of on-call engineer within `from`..`to`. */
export function handoffs(schedule: Schedule, from: number, to: number): Handoff[] {
  const out: Handoff[] = [];
  const shifts = schedule.shifts(from, to);
  for (let i = 1; i < shifts.length; i++) {
    const prev = shifts[i - 1]!;
    const next = shifts[i]!;
    if (next.engineer !== prev.engineer && next.start >= from) out.push({ at: next.start, from: prev.engineer, to: next.engineer, slot: next.slot });
  }
  return out;
}
