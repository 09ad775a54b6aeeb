/**
 * Choosing who takes a shift its holder cannot keep, shared by the holiday and time-off steps so
 * both follow one rule: prefer someone who keeps 8 hours' rest either side, then the lightest load,
 * then the earlier candidate — so the same workspace always yields the same schedule.
 */
import type { HolidayOccurrence } from "./holiday-calendar";
import { HOUR_MS } from "./local-day";
import type { RotationShift } from "./rotation-plan";
import type { ShiftReason } from "./shift";

/** Less rest than this between two shifts of one engineer is a lint warning, and covers avoid it. */
export const MIN_REST_MS = 8 * HOUR_MS;

/** A shift while the schedule is being settled: the plain rotation plus what the steps changed. */
export interface WorkShift extends RotationShift {
  /** Who the plain rotation gave the shift to. */
  rotation: string;
  reason: ShiftReason;
  holiday: HolidayOccurrence | null;
  covers: string | null;
}

/**
 * True when giving shift `i` to `engineer` would put one of their other shifts closer than
 * MIN_REST_MS (or on top of it). `holderOf` says who holds a neighbour as the calling step sees it,
 * which keeps each step's decisions independent of work done outside its own unit.
 */
export function breaksRest(shifts: readonly WorkShift[], i: number, engineer: string, holderOf: (j: number) => string): boolean {
  const { start, end } = shifts[i]!;
  for (let j = i - 1; j >= 0 && shifts[j]!.end > start - MIN_REST_MS; j--) if (holderOf(j) === engineer) return true;
  for (let j = i + 1; j < shifts.length && shifts[j]!.start < end + MIN_REST_MS; j++) if (holderOf(j) === engineer) return true;
  return false;
}

/** The candidate (in preference order) with the lowest [breaks rest, load]; undefined when there are none. */
export function chooseCover(
  shifts: readonly WorkShift[],
  i: number,
  candidates: readonly string[],
  load: (engineer: string) => number,
  holderOf: (j: number) => string,
): string | undefined {
  let best: string | undefined;
  let bestRest = Infinity;
  let bestLoad = Infinity;
  for (const candidate of candidates) {
    const rest = breaksRest(shifts, i, candidate, holderOf) ? 1 : 0;
    const candidateLoad = load(candidate);
    if (rest < bestRest || (rest === bestRest && candidateLoad < bestLoad)) {
      best = candidate;
      bestRest = rest;
      bestLoad = candidateLoad;
    }
  }
  return best;
}

/** Hands a shift to `engineer`, remembering whom they cover. */
export function reassign(shift: WorkShift, engineer: string, reason: ShiftReason): void {
  shift.covers = shift.engineer;
  shift.engineer = engineer;
  shift.reason = reason;
}
