/**
 * The holiday step: a shift that starts on a holiday goes to an engineer the rule makes eligible.
 * A shift belongs to the holiday whose local day it starts on (so the evening of Dec 26 is
 * Christmas's, the night that starts at 01:00 on Dec 27 is not). Hours are balanced among the
 * eligible within each occurrence; an eligible holder who is not away keeps the shift.
 */
import type { Engineer } from "../workspace-schema";
import { chooseCover, reassign, type WorkShift } from "./cover-choice";
import { eligibleEngineers, type HolidayOccurrence } from "./holiday-calendar";
import type { AwayIndex } from "./time-off-index";

/** Engineers eligible for a holiday, rotation members first (in rotation order), then the rest of the team. */
export function holidayCandidates(occurrence: HolidayOccurrence, team: readonly Engineer[], order: readonly string[]): string[] {
  const rank = (id: string) => (order.includes(id) ? order.indexOf(id) : order.length);
  return eligibleEngineers(occurrence.rule, team).sort((a, b) => rank(a) - rank(b));
}

/** Applies the holiday rules to `shifts` (time order, `holiday` already set) in place. */
export function assignHolidays(shifts: WorkShift[], team: readonly Engineer[], order: readonly string[], away: AwayIndex): void {
  const groups = new Map<HolidayOccurrence, number[]>();
  shifts.forEach((shift, i) => {
    if (!shift.holiday) return;
    const group = groups.get(shift.holiday) ?? [];
    group.push(i);
    groups.set(shift.holiday, group);
  });
  for (const [occurrence, indices] of groups) {
    const eligible = holidayCandidates(occurrence, team, order);
    if (eligible.length === 0) continue; // nobody to give it to: the lint says so
    const inOccurrence = new Set(indices);
    // Outside the occurrence only the plain rotation is read, so the result does not depend on
    // how much of the calendar around it was expanded.
    const holderOf = (j: number) => (inOccurrence.has(j) ? shifts[j]!.engineer : shifts[j]!.rotation);
    const hours = new Map(eligible.map((id) => [id, 0]));
    for (const i of indices) {
      const shift = shifts[i]!;
      const length = shift.end - shift.start;
      if (hours.has(shift.engineer) && !away.awayDuring(shift.engineer, shift.start, shift.end)) {
        hours.set(shift.engineer, hours.get(shift.engineer)! + length);
        continue;
      }
      const available = eligible.filter((id) => !away.awayDuring(id, shift.start, shift.end));
      const pick = chooseCover(shifts, i, available, (id) => hours.get(id)!, holderOf);
      if (!pick) continue; // the time-off step or the lint deals with it
      reassign(shift, pick, "holiday");
      hours.set(pick, hours.get(pick)! + length);
    }
  }
}
