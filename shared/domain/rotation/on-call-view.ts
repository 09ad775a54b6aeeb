/** Who is on call, as people read it: names and contacts instead of ids, instants in the workspace zone. */
import type { Contact, WorkspaceFile } from "../workspace-schema";
import { whoIsOnCall } from "./on-call";
import type { Schedule } from "./schedule";
import type { Shift, ShiftJson } from "./shift";
import { shiftToJson } from "./shift-json";

/** A shift with the engineer's name and contacts. */
export interface ShiftView extends ShiftJson {
  name: string;
  contact: Contact;
  /** Name of whom the engineer stands in for, when the shift was reassigned. */
  covers: string | null;
  /** The holiday the shift starts on, if any. */
  holiday: string | null;
}

/** The answer of `whoIsOnCall` for people. */
export interface OnCallView {
  /** ISO with the workspace offset. */
  at: string;
  /** The workspace zone, e.g. `America/New_York`. */
  zone: string;
  shift: ShiftView | null;
  holiday: string | null;
  next: ShiftView[];
}

/** The parts of a workspace the view reads. */
export type OnCallViewSource = Pick<WorkspaceFile, "team">;

/** A shift with names and contacts; engineers missing from the team keep their id as name. */
export function shiftView(ws: OnCallViewSource, schedule: Schedule, shift: Shift): ShiftView {
  const person = ws.team.find((e) => e.id === shift.engineer);
  // No team id is null, so a shift covering nobody finds nobody and keeps covers null.
  const covers = ws.team.find((e) => e.id === shift.covers)?.name ?? shift.covers;
  return { ...shiftToJson(shift, schedule.clock), name: person?.name ?? shift.engineer, contact: person?.contact ?? {}, covers, holiday: shift.holiday };
}

/** Who is on call at `at` (epoch ms), until when, and the `nextCount` shifts after. */
export function onCallView(ws: OnCallViewSource, schedule: Schedule, at: number, nextCount = 3): OnCallView {
  const answer = whoIsOnCall(schedule, at, nextCount);
  return {
    at: schedule.clock.format(answer.at),
    zone: schedule.clock.zone,
    shift: answer.shift && shiftView(ws, schedule, answer.shift),
    holiday: answer.holiday,
    next: answer.next.map((s) => shiftView(ws, schedule, s)),
  };
}

/** `Alex Chen (day, until 17:00)`: the local wall time is read straight off the zoned ISO end. */
export function onCallLabel(shift: ShiftView): string {
  return `${shift.name} (${shift.slot}, until ${shift.end.slice(11, 16)})`;
}
