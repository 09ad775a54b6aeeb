/**
 * Who carries what over a range: total, night (22:00–06:00 local), weekend and holiday hours and
 * shift counts per engineer, the spread between the most and least loaded, and a running balance
 * per block so an unfair stretch shows until later blocks even it out.
 */
import { nightMs, weekendMs } from "./local-windows";
import { blockOfDay, firstDayOfBlock } from "./rotation-plan";
import type { Schedule } from "./schedule";
import { hoursOf } from "./shift";

/** One engineer's load over the range. Shifts are clipped to the range. */
export interface EngineerLoad {
  engineer: string;
  hours: number;
  nightHours: number;
  weekendHours: number;
  holidayHours: number;
  shifts: number;
}

/** Max/min of a measure across the rotation's engineers; null when someone has none of it. */
export interface Spread {
  hours: number | null;
  nightHours: number | null;
  weekendHours: number | null;
  holidayHours: number | null;
}

/** Hours per engineer in one block and the running balance: hours so far minus the team's mean so far. */
export interface BlockLoad {
  /** 1-based block. */
  block: number;
  start: number;
  end: number;
  hours: Record<string, number>;
  balance: Record<string, number>;
}

/** The fairness report of a range. */
export interface FairnessReport {
  from: number;
  to: number;
  engineers: EngineerLoad[];
  spread: Spread;
  blocks: BlockLoad[];
}

/** Fairness of the schedule over `from`..`to` (epoch ms). */
export function fairnessReport(schedule: Schedule, from: number, to: number): FairnessReport {
  const { clock } = schedule;
  const members = [...new Set(schedule.plan.order)];
  const loads = new Map<string, EngineerLoad>();
  const loadOf = (engineer: string) => {
    let load = loads.get(engineer);
    if (!load) {
      load = { engineer, hours: 0, nightHours: 0, weekendHours: 0, holidayHours: 0, shifts: 0 };
      loads.set(engineer, load);
    }
    return load;
  };
  members.forEach(loadOf);

  const blocks: BlockLoad[] = [];
  const cumulative = new Map<string, number>();
  for (const shift of schedule.shifts(from, to)) {
    const start = Math.max(shift.start, from);
    const end = Math.min(shift.end, to);
    const hours = hoursOf(end - start);
    const load = loadOf(shift.engineer);
    load.hours += hours;
    load.nightHours += hoursOf(nightMs(clock, start, end));
    load.weekendHours += hoursOf(weekendMs(clock, start, end));
    if (shift.holiday) load.holidayHours += hours;
    load.shifts += 1;

    let block = blocks.at(-1);
    if (!block || block.block !== shift.block) {
      block = { block: shift.block, start, end, hours: Object.fromEntries(members.map((m) => [m, 0])), balance: {} };
      blocks.push(block);
    }
    block.end = end;
    block.hours[shift.engineer] = (block.hours[shift.engineer] ?? 0) + hours;
  }
  for (const block of blocks) {
    for (const [engineer, hours] of Object.entries(block.hours)) cumulative.set(engineer, (cumulative.get(engineer) ?? 0) + hours);
    const mean = members.reduce((sum, m) => sum + (cumulative.get(m) ?? 0), 0) / members.length;
    for (const [engineer, total] of cumulative) block.balance[engineer] = total - mean;
  }

  const engineers = [...loads.values()];
  const spreadOf = (pick: (l: EngineerLoad) => number): number | null => {
    const values = members.map((m) => pick(loads.get(m)!));
    const min = Math.min(...values);
    return min > 0 ? Math.max(...values) / min : null;
  };
  return {
    from,
    to,
    engineers,
    spread: {
      hours: spreadOf((l) => l.hours),
      nightHours: spreadOf((l) => l.nightHours),
      weekendHours: spreadOf((l) => l.weekendHours),
      holidayHours: spreadOf((l) => l.holidayHours),
    },
    blocks,
  };
}

/**
 * The rotation cycle around `at` (epoch ms): as many blocks as engineers in `order`, the span over
 * which the plain rotation gives everyone the same hours of every slot, so fairness is read over it.
 */
export function cycleAt(schedule: Schedule, at: number): { from: number; to: number } {
  const { plan, clock } = schedule;
  const handoff = plan.slots[0]!.minute;
  const today = clock.localDay(at);
  // Before the first slot's start the shift day is still yesterday's.
  const day = at < clock.wallToInstant(today, handoff) ? today - 1 : today;
  const n = plan.order.length;
  const first = Math.floor(blockOfDay(plan, day) / n) * n;
  return { from: clock.wallToInstant(firstDayOfBlock(plan, first), handoff), to: clock.wallToInstant(firstDayOfBlock(plan, first + n), handoff) };
}
