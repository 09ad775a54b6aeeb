/** Helpers for the lint tests: findings of one kind, and the plain rotation's shifts edited by hand. */
import type { Finding } from "../../../shared/domain/rotation/lint-schedule";
import { compileSchedule } from "../../../shared/domain/rotation/schedule";
import type { Shift } from "../../../shared/domain/rotation/shift";
import { at, defaultWorkspace, plain } from "./fixtures";

/** The findings of one kind, in the lint's order. */
export const of = (findings: Finding[], kind: Finding["kind"]) => findings.filter((f) => f.kind === kind);

/** The plain default rotation's shifts from `from` to `to` (local times), with `edit` applied. */
export async function shiftsWith(from: string, to: string, edit: (shifts: Shift[]) => Shift[]) {
  const ws = plain(await defaultWorkspace());
  const schedule = compileSchedule(ws);
  return { ws, schedule, shifts: edit(schedule.shifts(at(from), at(to))) };
}

/** Gives the shift starting at local `start` to `engineer`. */
export const reassign = (start: string, engineer: string) => (s: Shift) => (s.start === at(start) ? { ...s, engineer } : s);
