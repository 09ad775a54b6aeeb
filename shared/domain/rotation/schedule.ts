/**
 * The schedule of a workspace: the plain rotation, then holidays, then time off, then overrides
 * (each step in its own file). Compile once per workspace, then ask for any range.
 */
import { applyOverrides, overrideSpans, type OverrideSpan } from "./apply-overrides";
import { assignHolidays } from "./assign-holidays";
import type { WorkShift } from "./cover-choice";
import { coverTimeOff } from "./cover-time-off";
import { createHolidayCalendar, type HolidayCalendar } from "./holiday-calendar";
import { blockOfDay, firstDayOfBlock, planRotation, rotationShifts, type RotationPlan } from "./rotation-plan";
import type { ScheduleSource, Shift } from "./shift";
import { indexTimeOff, type AwayIndex } from "./time-off-index";
import { createZoneClock, type ZoneClock } from "./zone-clock";

// Every unit a step settles (a holiday of at most 14 days, plus the neighbours its rest check
// reads) lies within this many days of the blocks asked for, so those come out the same
// whatever range was requested.
const MARGIN_DAYS = 16;

/** A compiled workspace rotation. */
export interface Schedule {
  readonly source: ScheduleSource;
  readonly clock: ZoneClock;
  readonly plan: RotationPlan;
  readonly holidays: HolidayCalendar;
  readonly away: AwayIndex;
  readonly overrides: readonly OverrideSpan[];
  /** Every shift overlapping `from`..`to` (epoch ms), whole and in time order. */
  shifts(from: number, to: number): Shift[];
}

/** Compiles a workspace's rotation, holidays, time off and overrides. */
export function compileSchedule(source: ScheduleSource): Schedule {
  const clock = createZoneClock(source.timezone);
  const plan = planRotation(source.rotation);
  const holidays = createHolidayCalendar(source.holidays);
  const away = indexTimeOff(source.time_off, clock);
  const overrides = overrideSpans(source.overrides, clock);

  function shifts(from: number, to: number): Shift[] {
    if (!(to > from)) return [];
    // A shift day's slots run into the next calendar day, hence the day before `from`.
    const firstBlock = blockOfDay(plan, clock.localDay(from) - 1);
    const lastBlock = blockOfDay(plan, clock.localDay(to));
    const firstDay = firstDayOfBlock(plan, firstBlock) - MARGIN_DAYS;
    const lastDay = firstDayOfBlock(plan, lastBlock + 1) - 1 + MARGIN_DAYS;
    // Built field by field: an object spread here costs more than the rest of the expansion.
    const work: WorkShift[] = rotationShifts(plan, clock, firstDay, lastDay).map((s) => ({
      start: s.start,
      end: s.end,
      slot: s.slot,
      block: s.block,
      engineer: s.engineer,
      rotation: s.engineer,
      reason: "rotation",
      holiday: holidays.on(clock.localDay(s.start)) ?? null,
      covers: null,
    }));
    assignHolidays(work, source.team, plan.order, away);
    coverTimeOff(work, plan.order, away);
    const settled: Shift[] = [];
    for (const w of work) {
      if (w.end <= from || w.start >= to) continue;
      settled.push({ start: w.start, end: w.end, engineer: w.engineer, slot: w.slot, block: w.block + 1, reason: w.reason, holiday: w.holiday?.name ?? null, covers: w.covers });
    }
    return applyOverrides(settled, overrides).filter((s) => s.end > from && s.start < to);
  }

  return { source, clock, plan, holidays, away, overrides, shifts };
}

/** The shifts of a workspace overlapping `from`..`to`: compileSchedule(source).shifts(from, to). */
export function expandShifts(source: ScheduleSource, from: number, to: number): Shift[] {
  return compileSchedule(source).shifts(from, to);
}
