/**
 * The rotation rule, and the plain rotation it produces before holidays, time off and overrides.
 *
 * Block b (0-based, negative before `rotation.start`) starts on the local day `rotation.start` +
 * b × `block` days at the first slot's start time, so a 09:00 handoff stays 09:00 across DST.
 * Slot s (0-based, in `shifts` order) of block b goes to `order[(b + s) mod n]`: with 4 engineers
 * and 3 slots, three different engineers per block and one resting, and over n blocks everyone
 * carries every slot once. A shift day runs from the first slot's start to the next day's; a slot
 * whose clock time is earlier than the first slot's (a 01:00 night) falls on the next calendar day.
 * Each shift ends at the instant the next one starts, so shifts are contiguous by construction and
 * a night across a DST change lasts 7 or 9 hours; a slot's written `end` only feeds the lint.
 */
import { durationMs } from "../duration";
import type { RotationConfig } from "../workspace-schema";
import { DAY_MS, dayOfIso, minutesOfClock } from "./local-day";
import type { ZoneClock } from "./zone-clock";

/** A slot placed on the shift day. */
export interface PlannedSlot {
  name: string;
  /** Position in `rotation.shifts`, which drives the assignment. */
  index: number;
  /** Wall-clock start, minutes after midnight. */
  minute: number;
  /** 0 when the slot starts on the shift day's date, 1 when on the next date. */
  dayOffset: number;
}

/** The rotation compiled for expansion. */
export interface RotationPlan {
  startDay: number;
  blockDays: number;
  order: readonly string[];
  /** Slots in chronological order within a shift day. */
  slots: readonly PlannedSlot[];
}

/** A shift of the plain rotation. */
export interface RotationShift {
  start: number;
  end: number;
  slot: string;
  /** 0-based block. */
  block: number;
  engineer: string;
}

/** Compiles the rotation; throws a RangeError when `block` is not a whole number of days. */
export function planRotation(rotation: RotationConfig): RotationPlan {
  const blockDays = durationMs(rotation.block) / DAY_MS;
  if (!Number.isInteger(blockDays)) throw new RangeError(`rotation.block "${rotation.block}" must be a whole number of days (e.g. 1w, 2w, 7d)`);
  const first = minutesOfClock(rotation.shifts[0]!.start);
  const slots = rotation.shifts
    .map((s, index) => {
      const minute = minutesOfClock(s.start);
      return { name: s.name, index, minute, dayOffset: minute < first ? 1 : 0 };
    })
    // sort is stable, so slots that start together keep their listed order (the first one yields the shift).
    .sort((a, b) => a.dayOffset - b.dayOffset || a.minute - b.minute);
  return { startDay: dayOfIso(rotation.start), blockDays, order: rotation.order, slots };
}

/** The 0-based block of a shift day. */
export function blockOfDay(plan: RotationPlan, day: number): number {
  return Math.floor((day - plan.startDay) / plan.blockDays);
}

/** The first shift day of a 0-based block. */
export function firstDayOfBlock(plan: RotationPlan, block: number): number {
  return plan.startDay + block * plan.blockDays;
}

/** Who holds slot `slotIndex` in 0-based `block`. */
export function rotationEngineer(plan: RotationPlan, block: number, slotIndex: number): string {
  const n = plan.order.length;
  return plan.order[(((block + slotIndex) % n) + n) % n]!;
}

/** The plain rotation for shift days `firstDay`..`lastDay`, in time order. Of slots that start together only the first yields a shift. */
export function rotationShifts(plan: RotationPlan, clock: ZoneClock, firstDay: number, lastDay: number): RotationShift[] {
  const out: RotationShift[] = [];
  let pending: { start: number; day: number; slot: PlannedSlot } | undefined;
  for (let day = firstDay; day <= lastDay + 1; day++) {
    for (const slot of plan.slots) {
      const start = clock.wallToInstant(day + slot.dayOffset, slot.minute);
      if (pending && start <= pending.start) continue;
      if (pending) {
        const block = blockOfDay(plan, pending.day);
        out.push({ start: pending.start, end: start, slot: pending.slot.name, block, engineer: rotationEngineer(plan, block, pending.slot.index) });
      }
      if (day > lastDay) return out; // the next day's first slot only supplies the last shift's end
      pending = { start, day, slot };
    }
  }
  return out;
}
