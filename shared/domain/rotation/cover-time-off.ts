/**
 * The time-off step: a shift whose holder is away (any overlap with their whole days off) goes to
 * an available rotation member, the one with the fewest hours in that block first. The block is
 * the period because it is fixed by the rotation, so the answer never depends on the range asked.
 */
import { chooseCover, reassign, type WorkShift } from "./cover-choice";
import type { AwayIndex } from "./time-off-index";

/** Reassigns the shifts of engineers who are away, in place; `shifts` in time order after the holiday step. */
export function coverTimeOff(shifts: WorkShift[], order: readonly string[], away: AwayIndex): void {
  const members = [...new Set(order)];
  // Neighbours in other blocks are read as the holiday step left them: each block settles alone.
  const settled = shifts.map((s) => s.engineer);
  let i = 0;
  while (i < shifts.length) {
    const block = shifts[i]!.block;
    let end = i;
    const hours = new Map(members.map((id) => [id, 0]));
    for (; end < shifts.length && shifts[end]!.block === block; end++) {
      const s = shifts[end]!;
      hours.set(s.engineer, (hours.get(s.engineer) ?? 0) + (s.end - s.start));
    }
    const holderOf = (j: number) => (shifts[j]!.block === block ? shifts[j]!.engineer : settled[j]!);
    for (let k = i; k < end; k++) {
      const shift = shifts[k]!;
      if (!away.awayDuring(shift.engineer, shift.start, shift.end)) continue;
      // The holder is away during the shift, so this filter already leaves them out.
      const available = members.filter((id) => !away.awayDuring(id, shift.start, shift.end));
      const pick = chooseCover(shifts, k, available, (id) => hours.get(id)!, holderOf);
      if (!pick) continue; // nobody left: the lint reports the shift given to someone away
      const length = shift.end - shift.start;
      hours.set(shift.engineer, hours.get(shift.engineer)! - length);
      reassign(shift, pick, "time-off cover");
      hours.set(pick, hours.get(pick)! + length);
    }
    i = end;
  }
}
